package dev.narrascope;

/** A taxonomy label (e.g. {@code "URW: Discrediting Ukraine"}) with a calibrated confidence in [0,1]. */
public record LabelScore(String label, double confidence) {
  /**
   * Whether {@code label} is one of the taxonomy's "Other" labels: the global {@code "Other"} (no
   * narrative) or a narrative's {@code "…: Other"} (no specific sub-narrative). They are kept where
   * the SemEval formats need them, but are never shown or ranked as narratives.
   */
  public static boolean isOther(String label) {
    return label.equals("Other") || label.endsWith(": Other");
  }
}
