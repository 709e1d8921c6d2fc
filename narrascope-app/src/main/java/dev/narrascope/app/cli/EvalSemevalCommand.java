package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Evidence;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.Explanation;
import dev.narrascope.LabelScore;
import dev.narrascope.eval.Folds;
import dev.narrascope.eval.Reliability;
import dev.narrascope.eval.SamplesF1;
import dev.narrascope.eval.TextSimilarity;
import dev.narrascope.explain.EvidenceExplainer;
import dev.narrascope.framing.FramingEvaluation;
import dev.narrascope.framing.FramingEvaluator;
import dev.narrascope.llm.LlmLabeller;
import dev.narrascope.llm.LlmLabels;
import dev.narrascope.narrative.LabeledDocument;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativePrediction;
import dev.narrascope.narrative.NarrativeTrainer;
import dev.narrascope.narrative.SemevalDataset;
import dev.narrascope.narrative.Taxonomy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code narrascope eval semeval}: k-fold cross-validation on SemEval-2025 Task 10 training data.
 * Each fold trains on the other folds only (thresholds and calibration come from an inner
 * cross-validation of those), then scores the held-out fold: subtask 2 samples-F1 (fine and
 * coarse) and subtask 3 proxies (ROUGE-L, chrF, evidence overlap with the gold explanation). With
 * {@code --llm} the language model labels and explains every document instead (it needs no
 * training, so the folds do not matter to it), and each fold's model stands in wherever it fails;
 * subtask 1 stays the bundled framing's cross-validation.
 */
@Command(name = "semeval", mixinStandardHelpOptions = true,
    description = "Cross-validate on SemEval-2025 Task 10 data and print the task's metrics per language.")
public final class EvalSemevalCommand implements Callable<Integer> {
  /** Evidence overlaps a gold explanation when they share this many content words. */
  static final int MIN_SHARED_WORDS = 2;

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder in the task's layout (raw-documents/, labels/).")
  Path data;

  @Option(names = "--folds", defaultValue = "5", description = "Number of folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--lang", arity = "1..*", paramLabel = "L", description = "Languages to use (default: all present).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "42", description = "Fold shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  /** How documents are kept together in folds. */
  enum FoldsBy { document, story }

  @Option(names = "--folds-by", defaultValue = "document", paramLabel = "UNIT",
      description = "Folds of subtasks 2 and 3. document: each document on its own (stratified by language); story:"
          + " the documents of one story (as analyze clusters them) in one fold, so a fold is scored on stories its"
          + " model never saw, as on news of another time (default: ${DEFAULT-VALUE}).")
  FoldsBy foldsBy;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Option(names = "--skip-roles", description = "Leave out subtask 1 (actor framing); subtasks 2 and 3 only.")
  boolean skipRoles;

  @Option(names = "--predictions", paramLabel = "DIR",
      description = "Also write the out-of-fold predictions there, per language, in the task's formats: "
          + "subtask-2-<LANG>.txt (id, narratives, sub-narratives) and subtask-3-<LANG>.txt (id, dominant narrative, "
          + "dominant sub-narrative, explanation), for the official scorers or error analysis.")
  Path predictions;

  @Option(names = "--reliability",
      description = "Also print, per language, how often the narratives and sub-narratives shown at each confidence"
          + " (ten bins) were right, out of fold, with the expected calibration error.")
  boolean reliability;

  @Mixin TrainerOptions trainer;

  @Mixin LlmOptions llm;

  /** Running sums of one language's (or all languages') scores. */
  static final class Scores {
    SamplesF1 fine;
    SamplesF1 coarse;
    int explained;
    double rouge;
    double chrf;
    int overlapping;
    int dominantNarrative;
    final Reliability fineReliability = new Reliability();
    final Reliability coarseReliability = new Reliability();

    Scores(Taxonomy taxonomy) {
      fine = new SamplesF1(taxonomy::contains);
      coarse = new SamplesF1(taxonomy::contains);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Taxonomy taxonomy = trainer.taxonomy();
    List<LabeledDocument> docs = SemevalDataset.read(data, languages);
    if (docs.size() < folds) throw new IllegalArgumentException("too few labelled documents under " + data + ": " + docs.size());
    int[] fold = folds(docs, err);
    Map<String, Scores> byLanguage = new LinkedHashMap<>();
    Scores all = new Scores(taxonomy);
    String[] narrativeLines = new String[docs.size()];
    String[] explanationLines = new String[docs.size()];
    long start = System.nanoTime();
    List<Optional<LlmLabels>> byLlm = llmLabels(docs, taxonomy, err);
    for (int f = 0; f < folds; f++) {
      List<LabeledDocument> train = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) if (fold[i] != f) train.add(docs.get(i));
      int ff = f;
      NarrativeModel model = new NarrativeTrainer(taxonomy, trainer.options(seed))
          .train(train, line -> { if (!quiet) err.println("fold " + (ff + 1) + "/" + folds + ": " + line); });
      EvidenceExplainer explainer = new EvidenceExplainer(model);
      for (int i = 0; i < docs.size(); i++) {
        if (fold[i] != f) continue;
        LabeledDocument d = docs.get(i);
        Scores s = byLanguage.computeIfAbsent(d.language(), l -> new Scores(taxonomy));
        Optional<LlmLabels> answer = byLlm.get(i);
        NarrativePrediction p = answer.isPresent() ? answer.get().prediction() : model.predict(d.text(), d.language());
        narrativeLines[i] = SemevalNarrativesCommand.line(d.id(), p);
        Set<String> fine = new HashSet<>(p.subNarrativeLabels());
        Set<String> coarse = new HashSet<>(p.narrativeLabels());
        for (Scores t : List.of(s, all)) {
          t.fine.add(fine, d.subNarratives());
          t.coarse.add(coarse, d.narratives());
          addShown(t.fineReliability, p.subNarratives(), d.subNarratives());
          addShown(t.coarseReliability, p.narratives(), d.narratives());
        }
        // As `semeval explain` does: subtask-3 documents all push a narrative, so explain the likeliest one.
        Explanation e = answer.isPresent() && !Taxonomy.OTHER.equals(answer.get().explanation().narrative())
            ? answer.get().explanation()
            : explainer.explain(d.text(), d.language(), model.predictSomeNarrative(d.text(), d.language()));
        explanationLines[i] = SemevalExplainCommand.line(d.id(), e);
        if (d.explanation() != null) {
          String evidence = e.evidence().stream().map(Evidence::text).collect(Collectors.joining(" "));
          for (Scores t : List.of(s, all)) {
            t.explained++;
            t.rouge += TextSimilarity.rougeL(e.text(), d.explanation().text());
            t.chrf += TextSimilarity.chrF(e.text(), d.explanation().text());
            if (TextSimilarity.overlaps(evidence, d.explanation().text(), MIN_SHARED_WORDS)) t.overlapping++;
            if (e.narrative().equals(d.explanation().narrative())) t.dominantNarrative++;
          }
        }
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    out.printf("SemEval-2025 Task 10, %d-fold cross-validation (seed %d, %s), %s, %.0f s%n",
        folds, seed, foldsBy == FoldsBy.story ? "one story per fold" : "stratified by language", Messages.count(docs.size(), "document"), secs);
    out.println("subtask 2: samples-F1; subtask 3: ROUGE-L F, chrF, share whose evidence shares >= "
        + MIN_SHARED_WORDS + " content words with the gold explanation, share with the gold dominant narrative");
    out.printf("%-5s %5s %8s %8s | %5s %7s %6s %8s %8s%n", "lang", "docs", "fine", "coarse", "expl", "rougeL", "chrF", "overlap", "dominant");
    double fineSum = 0, coarseSum = 0;
    for (var e : byLanguage.entrySet()) {
      row(out, e.getKey().toUpperCase(java.util.Locale.ROOT), e.getValue());
      fineSum += e.getValue().fine.mean();
      coarseSum += e.getValue().coarse.mean();
    }
    row(out, "ALL", all);
    out.printf("%-5s %5s %8.3f %8.3f   (mean over languages)%n", "MEAN", "", fineSum / byLanguage.size(), coarseSum / byLanguage.size());
    if (reliability) reliabilityTables(out, byLanguage, all);
    if (llm.enabled()) {
      long answered = byLlm.stream().filter(Optional::isPresent).count();
      out.printf("labels and explanations from the LLM %s for %d of %d documents, the fold's model for the rest%n",
          llm.model, answered, docs.size());
      llm.summary().ifPresent(err::println);
    }
    out.flush();
    if (predictions != null) writePredictions(docs, narrativeLines, explanationLines, err);
    if (!skipRoles) subtask1(out, err);
    return 0;
  }

  /** Each document's fold: by document, stratified by language, or by story (see {@link #foldsBy}). */
  private int[] folds(List<LabeledDocument> docs, PrintWriter err) {
    if (foldsBy == FoldsBy.document) return Folds.assign(docs, folds, seed, LabeledDocument::language);
    Map<String, String> story = DocumentStories.of(docs, quiet ? null : err);
    int[] fold = Folds.assignGrouped(docs, folds, seed, LabeledDocument::language, d -> story.get(d.id()));
    if (!quiet) {
      err.println("documents per fold: " + java.util.Arrays.toString(java.util.stream.IntStream.range(0, folds)
          .map(f -> (int) java.util.Arrays.stream(fold).filter(x -> x == f).count()).toArray()));
    }
    return fold;
  }

  /** Per document, the language model's labels, or empty where it failed or without {@code --llm}. */
  private List<Optional<LlmLabels>> llmLabels(List<LabeledDocument> docs, Taxonomy taxonomy, PrintWriter err) throws java.io.IOException {
    LlmLabeller labeller = llm.labeller(taxonomy);
    if (labeller == null) return java.util.Collections.nCopies(docs.size(), Optional.empty());
    if (!quiet) err.println("asking the LLM " + labeller.model() + " about " + Messages.count(docs.size(), "document") + "…");
    List<Article> articles = docs.stream().map(LabeledDocument::asArticle).toList();
    Findings findings = Findings.tracking(1000);
    List<Optional<LlmLabels>> out = labeller.labelAll(articles, findings);
    if (!quiet) for (Finding f : findings.list()) err.println("warning: " + f);
    return out;
  }

  /** The out-of-fold lines, one file per language and subtask, in the data's document order. */
  private void writePredictions(List<LabeledDocument> docs, String[] narrativeLines, String[] explanationLines, PrintWriter err)
      throws java.io.IOException {
    Files.createDirectories(predictions);
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) byLanguage.computeIfAbsent(docs.get(i).language(), l -> new ArrayList<>()).add(i);
    for (var e : byLanguage.entrySet()) {
      String lang = e.getKey().toUpperCase(java.util.Locale.ROOT);
      Files.write(predictions.resolve("subtask-2-" + lang + ".txt"), e.getValue().stream().map(i -> narrativeLines[i]).toList());
      Files.write(predictions.resolve("subtask-3-" + lang + ".txt"), e.getValue().stream().map(i -> explanationLines[i]).toList());
    }
    if (!quiet) err.println("out-of-fold predictions written to " + predictions);
  }

  /**
   * The shown labels' confidences against the gold: those the reports and the dashboard list, so neither
   * "Other" (no narrative) nor a narrative's "…: Other" ({@link LabelScore#isOther}), which are not shown.
   */
  private static void addShown(Reliability r, List<LabelScore> shown, java.util.Collection<String> gold) {
    for (LabelScore l : shown) if (!LabelScore.isOther(l.label())) r.add(l.confidence(), gold.contains(l.label()));
  }

  private static void reliabilityTables(PrintWriter out, Map<String, Scores> byLanguage, Scores all) {
    out.printf("%nreliability of the shown confidences (out of fold): labels shown, mean confidence, share right; ECE%n");
    out.printf("%-5s %-6s %-9s %6s %6s %6s%n", "lang", "level", "bin", "shown", "conf", "right");
    Map<String, Scores> rows = new LinkedHashMap<>(byLanguage);
    rows.put("ALL", all);
    for (var e : rows.entrySet()) {
      String lang = e.getKey().toUpperCase(java.util.Locale.ROOT);
      for (var level : List.of(Map.entry("narr", e.getValue().coarseReliability), Map.entry("sub", e.getValue().fineReliability))) {
        Reliability r = level.getValue();
        for (Reliability.Bin b : r.bins()) {
          out.printf("%-5s %-6s %.1f-%.1f   %6d %6.3f %6.3f%n", lang, level.getKey(), b.from(), b.to(), b.count(), b.meanConfidence(), b.accuracy());
        }
        out.printf("%-5s %-6s ECE %.3f over %d shown labels%n", lang, level.getKey(), r.expectedCalibrationError(), r.total());
      }
    }
  }

  /** Subtask 1 (actor framing): the same folds setting, over the mentions of subtask-1-annotations.txt. */
  private void subtask1(PrintWriter out, PrintWriter err) {
    if (!quiet) err.println("subtask 1: cross-validating actor framing…");
    long start = System.nanoTime();
    FramingEvaluation e = FramingEvaluator.crossValidate(SemevalDataset.root(data), languages, folds, seed);
    out.printf("%nsubtask 1: EMR over fine-role sets, micro P/R/F1 over fine roles, main-role accuracy (%d-fold, seed %d, %.0f s)%n",
        folds, seed, (System.nanoTime() - start) / 1e9);
    out.print(e.table());
    out.flush();
  }

  private static void row(PrintWriter out, String name, Scores s) {
    int n = Math.max(1, s.explained);
    out.printf("%-5s %5d %8.3f %8.3f | %5d %7.3f %6.3f %8.3f %8.3f%n", name, s.fine.documents(), s.fine.mean(), s.coarse.mean(),
        s.explained, s.rouge / n, s.chrf / n, (double) s.overlapping / n, (double) s.dominantNarrative / n);
  }
}
