package dev.narrascope.framing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role taxonomy of SemEval-2025 Task 10 subtask 1: three main roles, each with its own fine roles.
 * Constants only; thread-safe.
 *
 * <pre>{@code
 * Roles.mainOf("Victim");                  // "Innocent"
 * Roles.fineRoles(Roles.PROTAGONIST);       // [Guardian, Martyr, …]
 * }</pre>
 */
public final class Roles {
  public static final String PROTAGONIST = "Protagonist";
  public static final String ANTAGONIST = "Antagonist";
  public static final String INNOCENT = "Innocent";
  /** The main roles in a fixed order (also the order of scores in the model). */
  public static final List<String> MAIN = List.of(PROTAGONIST, ANTAGONIST, INNOCENT);

  private static final Map<String, List<String>> FINE = new LinkedHashMap<>();
  static {
    FINE.put(PROTAGONIST, List.of("Guardian", "Martyr", "Peacemaker", "Rebel", "Underdog", "Virtuous"));
    FINE.put(ANTAGONIST, List.of("Instigator", "Conspirator", "Tyrant", "Foreign Adversary", "Traitor", "Spy",
        "Saboteur", "Corrupt", "Incompetent", "Terrorist", "Deceiver", "Bigot"));
    FINE.put(INNOCENT, List.of("Forgotten", "Exploited", "Victim", "Scapegoat"));
  }

  private Roles() {}

  /** The fine roles of a main role, in the task's order; empty for an unknown main role. */
  public static List<String> fineRoles(String mainRole) {
    return FINE.getOrDefault(mainRole, List.of());
  }

  /** All 22 fine roles, grouped by main role. */
  public static List<String> allFineRoles() {
    return FINE.values().stream().flatMap(List::stream).toList();
  }

  /** The main role a fine role belongs to, or {@code null} when it is not a fine role. */
  public static String mainOf(String fineRole) {
    for (Map.Entry<String, List<String>> e : FINE.entrySet()) if (e.getValue().contains(fineRole)) return e.getKey();
    return null;
  }

  public static boolean isMain(String role) {
    return FINE.containsKey(role);
  }
}
