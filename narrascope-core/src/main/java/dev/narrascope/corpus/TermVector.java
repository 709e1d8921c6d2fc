package dev.narrascope.corpus;

/**
 * A sparse L2-normalised vector: terms heaviest first and their weights. Arrays are not copied:
 * treat them as read-only.
 */
public record TermVector(String[] terms, double[] weights) {
  public static final TermVector EMPTY = new TermVector(new String[0], new double[0]);

  public int size() {
    return terms.length;
  }
}
