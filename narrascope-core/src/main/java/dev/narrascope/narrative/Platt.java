package dev.narrascope.narrative;

/**
 * Platt scaling: fits {@code p = 1 / (1 + exp(a·s + b))} to held-out scores {@code s} and 0/1
 * targets, with Platt's smoothed targets so that rare labels do not get 0/1 probabilities.
 * Stateless.
 */
final class Platt {
  private Platt() {}

  static double probability(double score, double a, double b) {
    double z = a * score + b;
    return z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
  }

  /** Returns {a, b} fitted by Newton's method with backtracking (Lin, Lin &amp; Weng 2007). */
  static double[] fit(double[] scores, boolean[] positive) {
    int pos = 0;
    for (boolean p : positive) if (p) pos++;
    int neg = scores.length - pos;
    double hi = (pos + 1.0) / (pos + 2.0);
    double lo = 1.0 / (neg + 2.0);
    double[] t = new double[scores.length];
    for (int i = 0; i < t.length; i++) t[i] = positive[i] ? hi : lo;
    double a = 0;
    double b = Math.log((neg + 1.0) / (pos + 1.0));
    double f = objective(scores, t, a, b);
    for (int iter = 0; iter < 100; iter++) {
      double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
      for (int i = 0; i < scores.length; i++) {
        double p = probability(scores[i], a, b);
        double d2 = p * (1 - p);
        h11 += scores[i] * scores[i] * d2;
        h22 += d2;
        h21 += scores[i] * d2;
        double d1 = t[i] - p;
        g1 += scores[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) break;
      double det = h11 * h22 - h21 * h21;
      double da = -(h22 * g1 - h21 * g2) / det;
      double db = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * da + g2 * db;
      double step = 1;
      while (step >= 1e-10) {
        double na = a + step * da, nb = b + step * db;
        double nf = objective(scores, t, na, nb);
        if (nf < f + 1e-4 * step * gd) {
          a = na;
          b = nb;
          f = nf;
          break;
        }
        step /= 2;
      }
      if (step < 1e-10) break;
    }
    return new double[] {a, b};
  }

  private static double objective(double[] s, double[] t, double a, double b) {
    double f = 0;
    for (int i = 0; i < s.length; i++) {
      double z = a * s[i] + b;
      f += z >= 0 ? t[i] * z + Math.log1p(Math.exp(-z)) : (t[i] - 1) * z + Math.log1p(Math.exp(z));
    }
    return f;
  }
}
