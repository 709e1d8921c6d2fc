package dev.narrascope.llm;

import dev.narrascope.narrative.Taxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Annotators' definitions of a taxonomy's labels, for the prompt. The bundled taxonomy ships names
 * only (the task's definitions may not be redistributed); a user who has the task's folder passes it
 * to {@link #read}. Immutable.
 */
public final class Definitions {
  static final String NARRATIVES_FILE = "narrative-definitions.csv";
  static final String SUB_NARRATIVES_FILE = "subnarrative-definitions.csv";
  private static final Definitions NONE = new Definitions(Map.of());

  private final Map<String, String> byLabel;

  private Definitions(Map<String, String> byLabel) {
    this.byLabel = Map.copyOf(byLabel);
  }

  /** No definitions: the prompt lists label names only. */
  public static Definitions none() {
    return NONE;
  }

  /**
   * Reads {@code narrative-definitions.csv} and {@code subnarrative-definitions.csv} (first column the
   * name without its domain or narrative, second the definition) from {@code dir}, the task's layout.
   * Rows name labels without their domain, so a name used in two domains is matched by order: its
   * n-th row defines its n-th label in taxonomy order. Names the taxonomy lacks are ignored.
   *
   * @throws IOException when a file cannot be read
   */
  public static Definitions read(Path dir, Taxonomy taxonomy) throws IOException {
    Map<String, String> out = new HashMap<>();
    match(rows(dir.resolve(NARRATIVES_FILE)), taxonomy.narratives(), label -> label.substring(label.indexOf(": ") + 2), out);
    match(rows(dir.resolve(SUB_NARRATIVES_FILE)), taxonomy.subNarratives(), label -> label.substring(label.lastIndexOf(": ") + 2), out);
    return new Definitions(out);
  }

  /** The definition of a label, or {@code null}. */
  public String of(String label) {
    return byLabel.get(label);
  }

  public int size() {
    return byLabel.size();
  }

  private static void match(List<List<String>> rows, List<String> labels, java.util.function.UnaryOperator<String> nameOf,
                            Map<String, String> out) {
    Map<String, Deque<String>> byName = new HashMap<>();
    for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) { // the first row is the header
      if (row.size() < 2 || row.get(1).isBlank()) continue;
      byName.computeIfAbsent(row.get(0).strip(), k -> new ArrayDeque<>()).add(row.get(1).replaceAll("\\s+", " ").strip());
    }
    for (String label : labels) {
      Deque<String> defs = byName.get(nameOf.apply(label));
      if (defs != null && !defs.isEmpty()) out.put(label, defs.poll());
    }
  }

  /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> rows(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) s = s.substring(1);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c != '"') field.append(c);
        else if (i + 1 < s.length() && s.charAt(i + 1) == '"') field.append(s.charAt(++i));
        else quoted = false;
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else field.append(c);
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
