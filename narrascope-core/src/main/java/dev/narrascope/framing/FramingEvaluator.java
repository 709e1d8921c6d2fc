package dev.narrascope.framing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-validates the framing model: documents are split into folds (a document's mentions stay
 * together), a model is trained on the other folds with {@link FramingTrainer} and scored on the
 * held-out fold. Immutable; thread-safe.
 *
 * <pre>{@code
 * FramingEvaluation e = FramingEvaluator.crossValidate(Path.of("../shared/data/semeval2025-task10/train"),
 *     List.of("EN", "PT"), 5, 42);
 * System.out.print(e.table());
 * }</pre>
 */
public final class FramingEvaluator {
  private FramingEvaluator() {}

  /** Cross-validates the default trainer on the given languages of a task-layout data dir (empty: all). */
  public static FramingEvaluation crossValidate(Path dataDir, Collection<String> languages, int folds, long seed) {
    return crossValidate(FramingTrainer.defaults(), SemevalRoleData.readLabelled(dataDir, languages), folds, seed);
  }

  static FramingEvaluation crossValidate(FramingTrainer trainer, List<LabelledMention> data, int folds, long seed) {
    if (folds < 2) throw new IllegalArgumentException("folds must be >= 2: " + folds);
    if (data.isEmpty()) throw new IllegalArgumentException("No labelled mentions to evaluate");
    List<Map<String, Double>> features = FramingTrainer.featurise(data, trainer.options());
    List<RoleLabel> gold = data.stream().map(LabelledMention::gold).toList();
    int[] groups = FramingTrainer.documentGroups(data);
    RoleLabel[] predicted = new RoleLabel[data.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) (Folds.of(groups[i], folds, seed) == fold ? test : train).add(i);
      if (test.isEmpty() || train.isEmpty()) continue;
      FramingModel model = trainer.fit(train.stream().map(features::get).toList(), train.stream().map(gold::get).toList());
      for (int i : test) predicted[i] = model.predict(features.get(i)).label();
    }
    Map<String, List<RoleLabel>> goldBy = new TreeMap<>();
    Map<String, List<RoleLabel>> predBy = new TreeMap<>();
    List<RoleLabel> allGold = new ArrayList<>();
    List<RoleLabel> allPred = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      if (predicted[i] == null) continue;
      goldBy.computeIfAbsent(data.get(i).language(), k -> new ArrayList<>()).add(gold.get(i));
      predBy.computeIfAbsent(data.get(i).language(), k -> new ArrayList<>()).add(predicted[i]);
      allGold.add(gold.get(i));
      allPred.add(predicted[i]);
    }
    Map<String, FramingMetrics> byLanguage = new TreeMap<>();
    goldBy.forEach((l, g) -> byLanguage.put(l, FramingMetrics.of(g, predBy.get(l))));
    return new FramingEvaluation(byLanguage, FramingMetrics.of(allGold, allPred), folds, seed);
  }
}
