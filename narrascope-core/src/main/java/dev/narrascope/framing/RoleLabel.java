package dev.narrascope.framing;

import java.util.List;
import java.util.Objects;

/**
 * A main role with its fine roles (gold or predicted).
 *
 * @param mainRole  Protagonist, Antagonist or Innocent
 * @param fineRoles fine roles of {@code mainRole}; gold sets may hold several
 */
public record RoleLabel(String mainRole, List<String> fineRoles) {
  public RoleLabel {
    Objects.requireNonNull(mainRole, "mainRole");
    fineRoles = fineRoles == null ? List.of() : List.copyOf(fineRoles);
  }
}
