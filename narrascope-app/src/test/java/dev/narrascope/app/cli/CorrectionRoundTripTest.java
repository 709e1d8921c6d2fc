package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.eval.SamplesF1;
import dev.narrascope.narrative.CorrectionMemory;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativePrediction;
import dev.narrascope.narrative.NarrativeStage;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The correction round trip on real data: English SemEval training documents are split into a
 * training set and held-out articles; a model trained on the training set analyses the held-out ones
 * into a store, 20 it got wrong are corrected to their annotated labels with {@code narrascope label},
 * {@code train --corrections} trains a narrative model on the training set plus the store's
 * corrections, and re-analysing the 20 articles with it gives the corrected labels: all of them, since the
 * retrained model remembers the corrected articles ({@link CorrectionMemory}); its scorers alone (real
 * training, LIBLINEAR on the text) must also have moved to most of them. Skips without ../shared/data.
 */
final class CorrectionRoundTripTest {
  static final int CORRECTED = 20;
  /** Every HOLD_OUT-th English document (by name) is held out of training and analysed instead. */
  static final int HOLD_OUT = 7;
  /**
   * Of the 20 corrected articles, at least this many get exactly their corrected narratives from the
   * retrained scorers alone, without the model's memory of the corrected articles (measured: 16 to 18).
   */
  static final int MIN_SCORERS_RIGHT = 15;

  @TempDir Path dir;

  private record Gold(Set<String> narratives, Set<String> subNarratives) {}

  @Test
  void correct20Articles_trainWithCorrections_reanalysisGivesTheCorrectedLabels() throws Exception {
    Path train = SharedData.require("data/semeval2025-task10/train");
    Map<String, Gold> gold = new LinkedHashMap<>();
    for (String line : Files.readAllLines(train.resolve("labels/EN/subtask-2-annotations.txt"))) {
      String[] f = line.split("\t");
      if (f.length == 3) gold.put(f[0], new Gold(split(f[1]), split(f[2])));
    }
    List<String> names;
    try (Stream<Path> s = Files.list(train.resolve("raw-documents/EN"))) {
      names = s.map(p -> p.getFileName().toString()).filter(gold::containsKey).sorted().toList();
    }
    Path data = dir.resolve("data");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(data.resolve("raw-documents/EN"));
    Files.createDirectories(data.resolve("labels/EN"));
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      Path source = train.resolve("raw-documents/EN").resolve(n);
      if (i % HOLD_OUT == 0) {
        Files.copy(source, corpus.resolve(n));
      } else {
        Files.copy(source, data.resolve("raw-documents/EN").resolve(n));
        Gold g = gold.get(n);
        labels.add(n + "\t" + String.join(";", g.narratives()) + "\t" + String.join(";", g.subNarratives()));
      }
    }
    Files.write(data.resolve("labels/EN/subtask-2-annotations.txt"), labels);

    // 1. A model that has not seen the held-out articles (the bundled one was trained on them) analyses them.
    Path before = dir.resolve("before");
    assertOk(CliRun.run("train", "-q", "--data", data.toString(), "--lang", "EN", "--out", before.toString()));
    String db = "sqlite:" + dir.resolve("store.db");
    assertOk(CliRun.run("analyze", "-q", "--format", "none", "--db", db, "--model", before.toString(), corpus.toString()));

    // 2. Correct 20 articles it got wrong to their annotated labels.
    Map<String, String> fileOf = new LinkedHashMap<>();
    Map<String, Set<String>> firstSubs = new LinkedHashMap<>();
    List<String> wrongFirst = new ArrayList<>();
    try (ArticleStore st = Stores.open(db)) {
      for (Article a : st.find(ArticleQuery.all().page(0, 1000))) {
        String file = Path.of(a.origin()).getFileName().toString();
        fileOf.put(a.id(), file);
        firstSubs.put(a.id(), labels(a.analysis().subNarratives()));
        if (!narratives(a).equals(gold.get(file).narratives())) wrongFirst.add(a.id());
      }
    }
    assertThat(wrongFirst.size()).as("held-out articles the first model got wrong").isGreaterThanOrEqualTo(CORRECTED);
    List<String> chosen = wrongFirst.stream().sorted().limit(CORRECTED).toList();
    for (String id : chosen) {
      Gold g = gold.get(fileOf.get(id));
      List<String> args = new ArrayList<>(List.of("label", id, "--db", db, "--author", "test", "--narratives"));
      args.addAll(g.narratives());
      List<String> subs = g.subNarratives().stream().filter(s -> !s.equals("Other")).toList();
      if (!subs.isEmpty()) {
        args.add("--sub-narratives");
        args.addAll(subs);
      }
      assertOk(CliRun.run(args));
    }

    // 3. Retrain the narrative model with the corrections.
    Path model = dir.resolve("model");
    CliRun trained = assertOk(CliRun.run("train", "-q", "--data", data.toString(), "--lang", "EN", "--corrections", db, "--out",
        model.toString()));
    assertThat(trained.out()).contains("narratives: 20 corrected articles");
    NarrativeModel retrained = NarrativeModel.load(model);
    assertThat(retrained.corrections().size()).isEqualTo(CORRECTED);
    NarrativeModel scorersOnly = retrained.withCorrections(CorrectionMemory.empty());

    // 4. Re-analyse the held-out articles with the new model into a fresh store: the corrected labels come out.
    String fresh = "sqlite:" + dir.resolve("fresh.db");
    assertOk(CliRun.run("analyze", "-q", "--format", "none", "--db", fresh, "--model", model.toString(), corpus.toString()));
    int narrativesRight = 0;
    int subNarrativesRight = 0;
    int scorersRight = 0;
    List<String> misses = new ArrayList<>();
    // The other held-out articles show what the corrections cost or bring elsewhere (printed, not asserted).
    SamplesF1 othersBefore = new SamplesF1(l -> true);
    SamplesF1 othersAfter = new SamplesF1(l -> true);
    SamplesF1 correctedBefore = new SamplesF1(l -> true);
    SamplesF1 correctedAfter = new SamplesF1(l -> true);
    try (ArticleStore st = Stores.open(fresh)) {
      for (String id : fileOf.keySet()) {
        Article a = st.get(id).orElseThrow();
        Gold g = gold.get(fileOf.get(id));
        if (!chosen.contains(id)) {
          othersBefore.add(firstSubs.get(id), g.subNarratives());
          othersAfter.add(labels(a.analysis().subNarratives()), g.subNarratives());
          continue;
        }
        correctedBefore.add(firstSubs.get(id), g.subNarratives());
        correctedAfter.add(labels(a.analysis().subNarratives()), g.subNarratives());
        if (narratives(a).equals(g.narratives())) narrativesRight++;
        else misses.add(id + ": " + narratives(a) + " instead of " + g.narratives());
        if (labels(a.analysis().subNarratives()).equals(g.subNarratives())) subNarrativesRight++;
        NarrativePrediction learned = scorersOnly.predict(NarrativeStage.modelText(a), a.language());
        if (new TreeSet<>(learned.narrativeLabels()).equals(g.narratives())) scorersRight++;
      }
    }
    System.out.printf(Locale.ROOT, "correction round trip: %d/%d narratives and %d/%d sub-narratives exactly as corrected"
            + " (the retrained scorers alone: %d/%d narratives), fine samples-F1 against the corrections %.3f before, %.3f after (the first model had %d of %d held-out"
            + " articles' narratives wrong); the %d other held-out articles: fine samples-F1 %.3f before, %.3f after%n",
        narrativesRight, CORRECTED, subNarrativesRight, CORRECTED, scorersRight, CORRECTED, correctedBefore.mean(), correctedAfter.mean(),
        wrongFirst.size(), fileOf.size(), othersAfter.documents(), othersBefore.mean(), othersAfter.mean());
    // All 20 had their narratives wrong before; the retrained model gives every corrected label.
    assertThat(narrativesRight).as("narratives exactly as corrected; misses: " + misses).isEqualTo(CORRECTED);
    assertThat(subNarrativesRight).as("sub-narratives exactly as corrected").isEqualTo(CORRECTED);
    // The corrections were learned, not only remembered: the scorers alone moved to them. Their decoder
    // still leaves out a label now and then on an article with many (its probabilities are calibrated
    // on unseen articles), hence 15, not 20.
    assertThat(scorersRight).as("narratives from the retrained scorers alone").isGreaterThanOrEqualTo(MIN_SCORERS_RIGHT);
    assertThat(correctedAfter.mean()).isGreaterThan(correctedBefore.mean() + 0.2);
  }

  private static CliRun assertOk(CliRun run) {
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    return run;
  }

  private static Set<String> split(String labels) {
    return Stream.of(labels.split(";")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> narratives(Article a) {
    return labels(a.analysis().narratives());
  }

  private static Set<String> labels(List<LabelScore> labels) {
    return labels.stream().map(LabelScore::label).collect(Collectors.toCollection(TreeSet::new));
  }
}
