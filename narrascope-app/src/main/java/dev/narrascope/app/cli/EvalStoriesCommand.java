package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Keys;
import dev.narrascope.Pipeline;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.language.LanguageStage;
import dev.narrascope.story.ClusterMetrics;
import dev.narrascope.story.LabelledStories;
import dev.narrascope.story.StoryClusterer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrascope eval stories FILE}: story clustering quality on a labelled JSON Lines set. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Cluster a labelled set and score it against its labels with B-cubed and pairwise precision/recall/F1.",
        "FILE: JSON Lines, one {\"id\",\"lang\",\"title\",\"text\",\"date\",\"source\",\"cluster\"} per line.",
        "JSON: {\"metrics\": [{metric, precision, recall, f1}], \"articles\": n, \"goldClusters\": n, \"predictedClusters\": n}."})
public final class EvalStoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Labelled JSON Lines file.")
  Path file;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "" + StoryClusterer.DEFAULT_THRESHOLD,
      description = "Similarity threshold for joining a story (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--no-embeddings", negatable = false,
      description = "Words alone: no sentence embeddings for English articles (what they add, and what they cost).")
  boolean noEmbeddings;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "0",
      description = "Also cluster the set as news arriving in batches of N (in --orders random orders) and score that"
          + " (row bcubed-incremental: mean over the orders, with the lowest and highest F1), and each same order in one"
          + " batch (row bcubed-one-batch-orders: what the order alone costs); 0: one batch only.")
  int batchSize;

  @Option(names = "--orders", paramLabel = "K", defaultValue = "10", description = "Random arrival orders for --batch-size (default: ${DEFAULT-VALUE}).")
  int orders;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the arrival orders (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--mix", paramLabel = "PATH",
      description = "Unlabelled news to cluster together with the set (files or folders in any format analyze reads;"
          + " repeatable): the scores stay over the labelled articles, so they show what a bigger corpus costs.")
  List<Path> mix = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Findings findings = Findings.tracking(1000);
    LabelledStories.Data data;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      data = LabelledStories.read(r, file.toString(), findings);
    }
    List<Article> input = new ArrayList<>(data.articles());
    input.addAll(unlabelled(data.gold().keySet(), findings));
    // Entities first: their canonical names are the clusterer's cross-lingual features, as in analyze.
    EntityStage entities = new EntityStage();
    List<Article> withEntities = input.parallelStream().map(a -> entities.apply(a, findings)).toList();
    List<Article> marked = new MinHashNearDuplicates().apply(withEntities, findings);
    StoryClusterer.Result result = new StoryClusterer(threshold, !noEmbeddings).cluster(marked);
    Map<String, String> predicted = new HashMap<>();
    result.articles().forEach(a -> predicted.put(a.id(), a.analysis().storyId()));
    List<Map<String, Object>> rows = new ArrayList<>(List.of(
        row("bcubed", ClusterMetrics.bcubed(predicted, data.gold())),
        row("pairwise", ClusterMetrics.pairwise(predicted, data.gold()))));
    if (batchSize > 0) rows.addAll(incremental(withEntities, data.gold()));
    var out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("metrics", rows);
      view.put("articles", data.articles().size());
      if (!mix.isEmpty()) view.put("unlabelledArticles", input.size() - data.articles().size());
      view.put("goldClusters", data.gold().values().stream().distinct().count());
      view.put("predictedClusters", result.stories().size());
      Tabular.json(out, view);
    } else {
      List<String> columns = new ArrayList<>(List.of("metric", "precision", "recall", "f1"));
      if (batchSize > 0) columns.addAll(List.of("f1Min", "f1Max"));
      Tabular.print(format, out, "metrics", columns, rows);
      if (format == OutputFormat.table) {
        if (input.size() > data.articles().size()) {
          out.printf("clustered with %s from --mix (scores over the labelled articles only)%n",
              Messages.count(input.size() - data.articles().size(), "unlabelled article"));
        }
        out.printf("%s, %s, %d predicted (threshold %s)%n", Messages.count(data.articles().size(), "article"),
            Messages.count(data.gold().values().stream().distinct().count(), "gold cluster"), result.stories().size(),
            Messages.figure(threshold));
        if (batchSize > 0) {
          out.printf("bcubed-incremental: batches of %d in %d random orders (seed %d); bcubed-one-batch-orders: the same"
              + " orders in one batch%n", batchSize, orders, seed);
        }
      }
    }
    out.flush();
    var err = spec.commandLine().getErr();
    for (var f : findings.list()) err.println("warning: " + f);
    err.flush();
    return 0;
  }

  /** The --mix articles, read and extracted as analyze does, with their language; ids of the set are left out. */
  private List<Article> unlabelled(Set<String> labelled, Findings findings) {
    if (mix.isEmpty()) return List.of();
    LanguageStage language = LanguageStage.defaults();
    return ArticleExtractor.defaults().extractAll(Ingestor.defaults(), mix, findings).parallelStream()
        .filter(a -> !labelled.contains(a.id())).map(a -> language.apply(a, findings)).toList();
  }

  /**
   * B-cubed over {@link #orders} random arrival orders, each fed in batches of {@link #batchSize}
   * through reposts and stories against one in-memory corpus state, as {@code analyze} feeds a store
   * (row bcubed-incremental); and each same order clustered in one batch (row bcubed-one-batch-orders).
   * Single-pass clustering depends on the order it visits articles in (earliest first, then by id), so
   * only the second row tells what batching itself costs: undated articles in id order are one order
   * among many, and not a typical one.
   */
  private List<Map<String, Object>> incremental(List<Article> articles, Map<String, String> gold) {
    if (orders < 1) throw new IllegalArgumentException("--orders must be >= 1: " + orders);
    Pipeline tail = Pipeline.builder().given(Keys.LANGUAGE, Keys.ENTITIES)
        .add(new MinHashNearDuplicates()).add(new StoryClusterer(threshold, !noEmbeddings)).build();
    Random random = new Random(seed);
    Spread batched = new Spread(), whole = new Spread();
    for (int k = 0; k < orders; k++) {
      List<Article> order = new ArrayList<>(articles);
      Collections.shuffle(order, random);
      batched.add(ClusterMetrics.bcubed(indexed(tail, order, batchSize), gold));
      // The same order in one batch: ids prefixed with the arrival position, so that the clusterer's
      // earliest-first (then by id) visit follows it among articles of one date.
      List<Article> rekeyed = new ArrayList<>(order.size());
      Map<String, String> rekeyedGold = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        Article a = order.get(i);
        String id = String.format(java.util.Locale.ROOT, "%06d:%s", i, a.id());
        rekeyed.add(new Article(id, a.origin(), a.url(), a.title(), a.outlet(), a.published(), a.language(),
            a.languageConfidence(), a.text(), a.metadata(), a.analysis()));
        if (gold.containsKey(a.id())) rekeyedGold.put(id, gold.get(a.id()));
      }
      whole.add(ClusterMetrics.bcubed(indexed(tail, rekeyed, rekeyed.size()), rekeyedGold));
    }
    return List.of(batched.row("bcubed-incremental"), whole.row("bcubed-one-batch-orders"));
  }

  /** Each article's story after feeding {@code order} through {@code tail} in batches of {@code size}. */
  private static Map<String, String> indexed(Pipeline tail, List<Article> order, int size) {
    InMemoryCorpusState state = new InMemoryCorpusState();
    for (int from = 0; from < order.size(); from += size) {
      tail.index(order.subList(from, Math.min(order.size(), from + size)), state, Findings.none());
    }
    Map<String, String> predicted = new HashMap<>();
    state.allArticles().forEach(a -> predicted.put(a.id(), a.analysis().storyId()));
    return predicted;
  }

  /** Mean precision, recall and F1 over orders, with the lowest and highest F1. */
  private static final class Spread {
    private double p, r, f, min = 1, max;
    private int n;

    void add(ClusterMetrics.Scores s) {
      p += s.precision();
      r += s.recall();
      f += s.f1();
      min = Math.min(min, s.f1());
      max = Math.max(max, s.f1());
      n++;
    }

    Map<String, Object> row(String metric) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("metric", metric);
      row.put("precision", Messages.rounded(p / n));
      row.put("recall", Messages.rounded(r / n));
      row.put("f1", Messages.rounded(f / n));
      row.put("f1Min", Messages.rounded(min));
      row.put("f1Max", Messages.rounded(max));
      return row;
    }
  }

  private static Map<String, Object> row(String metric, ClusterMetrics.Scores s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("metric", metric);
    r.put("precision", Messages.rounded(s.precision()));
    r.put("recall", Messages.rounded(s.recall()));
    r.put("f1", Messages.rounded(s.f1()));
    return r;
  }

  /** Figures to three decimals, as every eval and bench report gives them. */}
