package dev.narrascope.dedup;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * Inverse-frequency weights of shingles, so that text repeated across many unrelated articles
 * (an outlet's "Ads Blocker Detected" or "Subscribe to our newsletter" paragraphs) cannot make two
 * articles look like copies of each other. A shingle found in {@code df} articles weighs
 * {@code 1 / (1 + ln(df / }{@value #COMMON}{@code ))} once {@code df} exceeds {@value #COMMON}, else 1:
 * a repost group's own text keeps full weight, text in 50 articles weighs 0.35, in 1000 0.17.
 * (Weighting every shingle by its frequency would instead favour the few words a copy changed, which
 * are unique, over the text it shares.) Document frequency is
 * counted exactly on up to {@link #SAMPLE} articles (an even sample beyond that, scaled up), which
 * bounds memory on huge corpora: boilerplate is frequent by definition, so a sample finds it.
 * Immutable after construction; thread-safe to read.
 */
final class ShingleWeights {
  static final int SAMPLE = 5_000;
  /** Up to this many articles, text counts fully: more than most repost groups. */
  static final int COMMON = 8;

  /** Unboxed: every shingle of a batch is counted and looked up (0: not seen). */
  private final Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
  private final double scale;

  ShingleWeights(long[][] shingles) {
    int step = Math.max(1, (shingles.length + SAMPLE - 1) / SAMPLE);
    int sampled = 0;
    for (int i = 0; i < shingles.length; i += step, sampled++) {
      for (long s : shingles[i]) counts.addTo(s, 1);
    }
    scale = sampled == 0 ? 1 : shingles.length / (double) sampled;
  }

  double weight(long shingle) {
    int c = counts.get(shingle);
    double df = c == 0 ? 1 : c * scale;
    return df <= COMMON ? 1 : 1 / (1 + Math.log(df / COMMON));
  }

  /**
   * The shingles not frequent enough to be boilerplate (weight at least 0.5), for the MinHash
   * signature, so that a short article wrapped in long boilerplate still resembles its original; all
   * shingles when fewer than {@code min} remain (a widely copied text is frequent throughout).
   */
  long[] distinctive(long[] shingles, int min) {
    long[] out = new long[shingles.length];
    int n = 0;
    for (long s : shingles) if (weight(s) >= 0.5) out[n++] = s;
    return n < min ? shingles : Arrays.copyOf(out, n);
  }

  double total(long[] shingles) {
    double t = 0;
    for (long s : shingles) t += weight(s);
    return t;
  }

  /** Total weight of the shingles two sorted distinct arrays share. */
  double common(long[] a, long[] b) {
    int i = 0, j = 0;
    double w = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) { w += weight(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return w;
  }
}
