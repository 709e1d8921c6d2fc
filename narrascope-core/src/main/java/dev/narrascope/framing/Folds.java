package dev.narrascope.framing;

/** Deterministic assignment of groups (documents) to cross-validation folds from a seed. Stateless. */
final class Folds {
  private Folds() {}

  /** The fold in {@code [0, folds)} of a group id, fixed for a given seed. */
  static int of(int group, int folds, long seed) {
    long z = seed * 0x9E3779B97F4A7C15L + group * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (int) Math.floorMod(z, (long) folds);
  }
}
