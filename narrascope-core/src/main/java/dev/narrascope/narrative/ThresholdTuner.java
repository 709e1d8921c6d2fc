package dev.narrascope.narrative;

/**
 * Chooses decision thresholds on held-out (out-of-fold) probabilities so as to maximise the mean
 * of fine and coarse samples-F1 after decoding: first one global threshold, then, for labels with
 * enough positives, each label's own by coordinate ascent. Rare labels keep the global one, since
 * a threshold fitted on two examples is noise. Stateless.
 */
final class ThresholdTuner {
  private static final int MIN_POSITIVES = 6;

  private ThresholdTuner() {}

  /**
   * @param probs  out-of-fold probabilities, document × label (narratives, then sub-narratives)
   * @param gold   gold labels, same shape; a document with no gold label is {@code Other}
   * @param coarse number of narrative labels
   */
  static double[] tune(NarrativeDecoder decoder, double[][] probs, boolean[][] gold, int coarse, boolean perLabel) {
    int labels = probs.length == 0 ? decoder.thresholds().length : probs[0].length;
    double[] t = new double[labels];
    double best = -1;
    double bestGlobal = 0.5;
    for (double g = 0.05; g <= 0.801; g += 0.025) {
      java.util.Arrays.fill(t, g);
      double f = objective(decoder.withThresholds(t), probs, gold, coarse);
      if (f > best + 1e-9) {
        best = f;
        bestGlobal = g;
      }
    }
    java.util.Arrays.fill(t, bestGlobal);
    if (!perLabel) return t;
    for (int pass = 0; pass < 2; pass++) {
      for (int l = 0; l < labels; l++) {
        int pos = 0;
        for (boolean[] g : gold) if (g[l]) pos++;
        if (pos < MIN_POSITIVES) continue;
        double keep = t[l];
        double bestHere = best;
        for (double c = 0.05; c <= 0.901; c += 0.05) {
          t[l] = c;
          double f = objective(decoder.withThresholds(t), probs, gold, coarse);
          if (f > bestHere + 1e-4) {
            bestHere = f;
            keep = c;
          }
        }
        t[l] = keep;
        best = bestHere;
      }
    }
    return t;
  }

  /**
   * Chooses {@code {otherBelow, narrativeScale, subNarrativeScale}} of the expected-F1 rule by grid
   * search on out-of-fold probabilities; returns the decoder using them.
   */
  static NarrativeDecoder tuneSetRule(NarrativeDecoder decoder, double[][] probs, boolean[][] gold, int coarse) {
    NarrativeDecoder best = decoder.withSetRule(0, 1, 1);
    double bestF = -1;
    for (double other = 0; other <= 0.601; other += 0.05) {
      for (double scale = 0.4; scale <= 2.001; scale += 0.2) {
        NarrativeDecoder d = decoder.withSetRule(other, scale, scale);
        double f = objective(d, probs, gold, coarse);
        if (f > bestF + 1e-9) {
          bestF = f;
          best = d;
        }
      }
    }
    // Then each level's scale on its own: sets of narratives and of sub-narratives differ in size.
    for (int level = 1; level <= 2; level++) {
      double[] r = best.setRule();
      for (double scale = 0.4; scale <= 2.001; scale += 0.2) {
        NarrativeDecoder d = level == 1 ? decoder.withSetRule(r[0], scale, r[2]) : decoder.withSetRule(r[0], r[1], scale);
        double f = objective(d, probs, gold, coarse);
        if (f > bestF + 1e-9) {
          bestF = f;
          best = d;
        }
      }
    }
    return best;
  }

  /** Mean over documents of (fine F1 + coarse F1) / 2. */
  static double objective(NarrativeDecoder decoder, double[][] probs, boolean[][] gold, int coarse) {
    double sum = 0;
    boolean[] on = new boolean[probs.length == 0 ? 0 : probs[0].length];
    for (int d = 0; d < probs.length; d++) {
      boolean predictedOther = !decoder.decode(probs[d], on);
      sum += (f1(on, gold[d], 0, coarse, predictedOther) + f1(on, gold[d], coarse, on.length, predictedOther)) / 2;
    }
    return probs.length == 0 ? 0 : sum / probs.length;
  }

  private static double f1(boolean[] pred, boolean[] gold, int from, int to, boolean predictedOther) {
    int tp = 0, np = 0, ng = 0;
    for (int i = from; i < to; i++) {
      if (pred[i]) np++;
      if (gold[i]) ng++;
      if (pred[i] && gold[i]) tp++;
    }
    boolean goldOther = ng == 0;
    if (predictedOther) np++;
    if (goldOther) ng++;
    if (predictedOther && goldOther) tp++;
    return np + ng == 0 ? 0 : 2.0 * tp / (np + ng);
  }
}
