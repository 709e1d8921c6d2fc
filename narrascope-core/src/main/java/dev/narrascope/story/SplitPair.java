package dev.narrascope.story;

import java.util.List;

/**
 * Finds, within one story, the member that an article fits better than either of the two fits the
 * rest of the story, by sentence embedding: such a pair is the seed of an event of its own that the
 * story took in (ECB+: Peter Capaldi's casting as Doctor Who in the story of Matt Smith's, five years
 * earlier). Two articles of one event are close (same-event pairs on ECB+ dev: median cosine 0.86),
 * and a story that holds one event is closer still to each of its members than any one member is
 * (a sum of tellings averages their differences out); so a pair closer to each other than to their
 * story's rest by a margin marks a story made of two events.
 */
final class SplitPair {
  private SplitPair() {}

  /**
   * The index in {@code rest} of the article's mate, or -1 when none qualifies.
   *
   * @param article the article's embedding (unit length)
   * @param rest the embeddings (unit length) of the story's other members, the article left out
   * @param margin how much closer the pair must be to each other than each is to the story's rest
   */
  static int mate(float[] article, List<float[]> rest, double margin) {
    if (rest.isEmpty()) return -1;
    double[] sum = new double[article.length];
    for (float[] e : rest) for (int k = 0; k < sum.length; k++) sum[k] += e[k];
    int best = -1;
    double bestCos = -1;
    for (int j = 0; j < rest.size(); j++) {
      double c = dot(rest.get(j), article);
      if (c > bestCos) {
        bestCos = c;
        best = j;
      }
    }
    double[] withoutMate = sum.clone();
    float[] mate = rest.get(best);
    for (int k = 0; k < withoutMate.length; k++) withoutMate[k] -= mate[k];
    return bestCos >= cosine(sum, article) + margin && bestCos >= cosine(withoutMate, mate) + margin ? best : -1;
  }

  private static double dot(float[] x, float[] y) {
    double d = 0;
    for (int k = 0; k < x.length; k++) d += x[k] * y[k];
    return d;
  }

  private static double cosine(double[] sum, float[] unit) {
    double d = 0, n = 0;
    for (int k = 0; k < sum.length; k++) {
      d += sum[k] * unit[k];
      n += sum[k] * sum[k];
    }
    return n > 0 ? d / Math.sqrt(n) : 0;
  }
}
