package dev.narrascope.framing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Measures the "is this actor framed?" decision against the annotated entities of the task data:
 * by cross-validation over the training part (folds by article; each fold's model chooses its
 * thresholds by its own inner cross-validation), or by training on the training part and scoring
 * the held-out part. The held-out part is a fixed fifth of the annotated articles (by a hash of the
 * file name), since the task data has no labelled dev set. Stateless; thread-safe.
 *
 * <pre>{@code
 * FramedEvaluation cv = SalienceEvaluator.crossValidate(Path.of("../shared/data/semeval2025-task10/train"), List.of(), 5, 7);
 * System.out.print(cv.table());
 * }</pre>
 */
public final class SalienceEvaluator {
  private static final int HELD_OUT_PARTS = 5;
  private static final long HELD_OUT_SEED = 2025;

  private SalienceEvaluator() {}

  /** Cross-validation over the training part of the given languages (empty: all). */
  public static FramedEvaluation crossValidate(Path dataDir, Collection<String> languages, int folds, long seed) {
    if (folds < 2) throw new IllegalArgumentException("folds must be >= 2: " + folds);
    List<SalienceDocument> docs = part(dataDir, languages, false);
    Map<String, FramedFigures> byLanguage = new TreeMap<>();
    FramedFigures all = FramedFigures.NONE;
    double[][] outOfFold = new double[docs.size()][];
    for (int fold = 0; fold < folds; fold++) {
      List<SalienceDocument> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        if (Folds.of(d, folds, seed) == fold) test.add(d);
        else train.add(docs.get(d));
      }
      SalienceModel model = SalienceTrainer.train(train, FramingStage.DEFAULT_MAX_ACTORS);
      for (int d : test) outOfFold[d] = model.probabilities(docs.get(d).features());
      all = all.plus(score(model, test.stream().map(docs::get).toList(), byLanguage));
    }
    return new FramedEvaluation(byLanguage, all, rankingPrecision(docs, List.of(outOfFold)),
        folds + "-fold cross-validation by article of the training part, seed " + seed);
  }

  /** Trained on the training part, scored on the held-out part. */
  public static FramedEvaluation heldOut(Path dataDir, Collection<String> languages) {
    SalienceModel model = SalienceTrainer.train(part(dataDir, languages, false), FramingStage.DEFAULT_MAX_ACTORS);
    Map<String, FramedFigures> byLanguage = new TreeMap<>();
    FramedFigures all = score(model, part(dataDir, languages, true), byLanguage);
    return new FramedEvaluation(byLanguage, all, Map.of(), "trained on the training part, scored on the held-out fifth");
  }

  /** Per language, P at {@link FramedEvaluation#RANKING_KEEP} with the threshold chosen on these probabilities. */
  static Map<String, Double> rankingPrecision(List<SalienceDocument> docs, List<double[]> p) {
    Map<String, Double> out = new TreeMap<>();
    for (String lang : docs.stream().map(SalienceDocument::language).distinct().toList()) {
      List<Integer> rows = IntStream.range(0, docs.size()).filter(d -> docs.get(d).language().equals(lang)).boxed().toList();
      List<SalienceDocument> langDocs = rows.stream().map(docs::get).toList();
      List<double[]> langP = rows.stream().map(p::get).toList();
      double t = SalienceTrainer.threshold(langDocs, langP, FramingStage.DEFAULT_MAX_ACTORS, FramedEvaluation.RANKING_KEEP);
      out.put(lang, SalienceTrainer.figures(langDocs, langP, t, FramingStage.DEFAULT_MAX_ACTORS).precision());
    }
    return out;
  }

  /** Whether an article ({@code language/documentId}) belongs to the held-out part. */
  static boolean heldOut(String key) {
    return Folds.of(key.hashCode(), HELD_OUT_PARTS, HELD_OUT_SEED) == 0;
  }

  private static List<SalienceDocument> part(Path dataDir, Collection<String> languages, boolean heldOut) {
    List<LabelledMention> data = SemevalRoleData.readLabelled(dataDir, languages).stream()
        .filter(m -> heldOut(m.language() + "/" + m.mention().documentId()) == heldOut).toList();
    if (data.isEmpty()) throw new IllegalArgumentException("No annotated articles in " + dataDir);
    return SalienceDocument.of(data);
  }

  private static FramedFigures score(SalienceModel model, List<SalienceDocument> docs, Map<String, FramedFigures> byLanguage) {
    FramedFigures all = FramedFigures.NONE;
    for (SalienceDocument d : docs) {
      boolean[] framed = SalienceModel.decide(model.probabilities(d.features()), model.threshold(d.language()),
          FramingStage.DEFAULT_MAX_ACTORS);
      FramedFigures f = FramedFigures.of(d, framed, FramingStage.DEFAULT_MAX_ACTORS);
      byLanguage.merge(d.language(), f, FramedFigures::plus);
      all = all.plus(f);
    }
    return all;
  }
}
