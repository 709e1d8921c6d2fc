package dev.narrascope.framing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Decides which candidate actors an article frames at all: a logistic regression over
 * {@link SalienceFeatures} gives each candidate a probability, and a candidate is framed when that
 * probability reaches its language's threshold and it is among the {@code cap} most probable ones.
 * The thresholds were chosen by cross-validation on the training articles (see {@link SalienceTrainer}).
 * Immutable; thread-safe.
 */
final class SalienceModel {
  /** Frames every candidate (up to the cap): for a model trained without articles to learn from. */
  static final SalienceModel FRAMES_ALL = new SalienceModel(null, null, Map.of(), 0);

  private final FeatureSpace space;
  private final LinearScorer scorer;
  private final Map<String, Double> thresholds;
  private final double fallback;

  /**
   * @param scorer     binary scorer whose label 1 is "framed", or {@code null} to frame everything
   * @param thresholds per lower-case language code
   * @param fallback   threshold of the languages without one
   */
  SalienceModel(FeatureSpace space, LinearScorer scorer, Map<String, Double> thresholds, double fallback) {
    this.space = space;
    this.scorer = scorer;
    this.thresholds = new TreeMap<>(thresholds);
    this.fallback = fallback;
  }

  /** The probability that the article frames each candidate, in order. */
  double[] probabilities(List<Map<String, Double>> features) {
    double[] p = new double[features.size()];
    for (int i = 0; i < p.length; i++) p[i] = scorer == null ? 1 : scorer.probabilities(space.vectorise(features.get(i)), 2)[1];
    return p;
  }

  double threshold(String language) {
    return thresholds.getOrDefault(language == null ? "" : language.toLowerCase(Locale.ROOT), fallback);
  }

  Map<String, Double> thresholds() {
    return thresholds;
  }

  /** Which candidates are framed: probability at least {@code threshold}, and among the {@code cap} most probable. */
  static boolean[] decide(double[] p, double threshold, int cap) {
    boolean[] framed = new boolean[p.length];
    int[] order = IntStream.range(0, p.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i)).mapToInt(Integer::intValue).toArray();
    for (int k = 0; k < Math.min(cap, order.length); k++) framed[order[k]] = p[order[k]] >= threshold;
    return framed;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeBoolean(scorer != null);
    if (scorer == null) return;
    space.write(out);
    scorer.write(out);
    out.writeInt(thresholds.size());
    for (Map.Entry<String, Double> t : thresholds.entrySet()) {
      out.writeUTF(t.getKey());
      out.writeDouble(t.getValue());
    }
    out.writeDouble(fallback);
  }

  static SalienceModel read(DataInputStream in) throws IOException {
    if (!in.readBoolean()) return FRAMES_ALL;
    FeatureSpace space = FeatureSpace.read(in);
    LinearScorer scorer = LinearScorer.read(in);
    Map<String, Double> thresholds = new TreeMap<>();
    int n = in.readInt();
    for (int i = 0; i < n; i++) thresholds.put(in.readUTF(), in.readDouble());
    return new SalienceModel(space, scorer, thresholds, in.readDouble());
  }
}
