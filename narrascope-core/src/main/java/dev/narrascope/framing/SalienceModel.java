package dev.narrascope.framing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which candidate actors an article frames at all: a logistic regression over
 * {@link SalienceFeatures} gives each candidate a probability, and a candidate is framed when that
 * probability reaches its language's threshold and it is one of the {@code cap} most mentioned
 * candidates (the ones the product framed before it decided this at all, and the ones the framing
 * stage lists). Less mentioned candidates with a high probability were annotated less often than what
 * they displaced: leaving them out raised the share of framed actors that are annotated by about 0.025
 * on cross-validation (two seeds) at the same share of formerly framed annotated entities kept
 * (MODELS.md). The thresholds were chosen by cross-validation on the training articles (see
 * {@link SalienceTrainer}).
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

  /**
   * Which candidates are framed: probability at least {@code threshold}, and among the {@code cap} most
   * mentioned, i.e. the first {@code cap} ({@link ActorCandidates} orders them most mentioned first).
   */
  static boolean[] decide(double[] p, double threshold, int cap) {
    boolean[] framed = new boolean[p.length];
    for (int i = 0; i < Math.min(cap, p.length); i++) framed[i] = p[i] >= threshold;
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
