package dev.narrascope.framing;

import java.util.List;

/**
 * The model's framing of one entity: a main role with its confidence and at least one fine role of
 * that main role, best first.
 *
 * @param mainRole       Protagonist, Antagonist or Innocent
 * @param mainConfidence probability of {@code mainRole} in [0,1]
 * @param fineRoles      fine roles of {@code mainRole}, best first, never empty
 */
public record RolePrediction(String mainRole, double mainConfidence, List<String> fineRoles) {
  public RolePrediction {
    fineRoles = List.copyOf(fineRoles);
  }

  public RoleLabel label() {
    return new RoleLabel(mainRole, fineRoles);
  }
}
