package dev.narrascope.framing;

import de.bwaldvogel.liblinear.Linear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the {@link SalienceModel}: L2 logistic regression (LIBLINEAR) on every candidate actor of the
 * annotated articles, positive when it stands for an annotated entity. Each language's threshold is
 * chosen on out-of-fold probabilities of an inner cross-validation over the same articles (folds by
 * article): the highest threshold that still frames {@link #KEEP_TARGET} of the annotated entities
 * the product framed before (its most mentioned actors), i.e. as few actors the annotators left
 * unframed as that allows. Stateless; deterministic.
 */
final class SalienceTrainer {
  /**
   * Share of the formerly framed annotated entities the thresholds keep on out-of-fold data: 0.70 asked,
   * plus a margin that held it at 0.711 or more in every language on two cross-validation seeds (0.70
   * itself fell to 0.699 in English on one).
   */
  static final double KEEP_TARGET = 0.71;
  private static final double C = 1.0;
  private static final int INNER_FOLDS = 4;
  private static final long INNER_SEED = 17;
  private static final int MIN_COUNT = 2;

  private SalienceTrainer() {}

  /** A model trained on all the articles, with thresholds from an inner cross-validation over them. */
  static SalienceModel train(List<SalienceDocument> docs, int cap) {
    List<double[]> oof = outOfFold(docs, INNER_FOLDS, INNER_SEED);
    Map<String, Double> thresholds = new TreeMap<>();
    for (String lang : docs.stream().map(SalienceDocument::language).distinct().sorted().toList()) {
      List<Integer> rows = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) if (docs.get(d).language().equals(lang)) rows.add(d);
      thresholds.put(lang, threshold(rows.stream().map(docs::get).toList(), rows.stream().map(oof::get).toList(), cap));
    }
    double fallback = threshold(docs, oof, cap);
    return fit(docs, thresholds, fallback);
  }

  /** Out-of-fold probabilities per article (folds by article), from models fitted on the other folds. */
  static List<double[]> outOfFold(List<SalienceDocument> docs, int folds, long seed) {
    double[][] out = new double[docs.size()][];
    for (int fold = 0; fold < folds; fold++) {
      List<SalienceDocument> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        if (Folds.of(d, folds, seed) == fold) test.add(d);
        else train.add(docs.get(d));
      }
      SalienceModel m = fit(train, Map.of(), 0.5);
      for (int d : test) out[d] = m.probabilities(docs.get(d).features());
    }
    return List.of(out);
  }

  /** The highest threshold (steps of 0.01) that keeps {@link #KEEP_TARGET} of the formerly framed annotated entities. */
  static double threshold(List<SalienceDocument> docs, List<double[]> p, int cap) {
    return threshold(docs, p, cap, KEEP_TARGET);
  }

  /** The highest threshold (steps of 0.01) that keeps {@code keep} of the formerly framed annotated entities. */
  static double threshold(List<SalienceDocument> docs, List<double[]> p, int cap, double keep) {
    for (int step = 99; step >= 1; step--) {
      double t = step / 100.0;
      if (figures(docs, p, t, cap).kept() >= keep) return t;
    }
    return 0.01;
  }

  /** The figures of framing the articles at threshold {@code t}, given each one's probabilities. */
  static FramedFigures figures(List<SalienceDocument> docs, List<double[]> p, double t, int cap) {
    FramedFigures f = FramedFigures.NONE;
    for (int d = 0; d < docs.size(); d++) f = f.plus(FramedFigures.of(docs.get(d), SalienceModel.decide(p.get(d), t, cap), cap));
    return f;
  }

  static SalienceModel fit(List<SalienceDocument> docs, Map<String, Double> thresholds, double fallback) {
    List<Map<String, Double>> features = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    for (SalienceDocument d : docs) {
      for (int i = 0; i < d.candidates(); i++) {
        features.add(d.features().get(i));
        labels.add(d.positive()[i] ? 1.0 : 0.0);
      }
    }
    if (labels.stream().distinct().count() < 2) return SalienceModel.FRAMES_ALL;
    Linear.disableDebugOutput();
    FeatureSpace space = FeatureSpace.build(features, MIN_COUNT);
    List<SparseVector> x = features.stream().map(space::vectorise).toList();
    double[] y = labels.stream().mapToDouble(Double::doubleValue).toArray();
    LinearScorer scorer = LinearScorer.of(Linear.train(FramingTrainer.problem(x, y, space.size()), FramingTrainer.parameter(C)));
    return new SalienceModel(space, scorer, thresholds, fallback);
  }
}
