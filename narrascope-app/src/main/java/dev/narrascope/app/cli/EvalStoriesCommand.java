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

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "0",
      description = "Also cluster the set as news arriving in batches of N (in --orders random orders) and score that"
          + " (row bcubed-incremental: mean over the orders, with the lowest and highest F1); 0: one batch only.")
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
    StoryClusterer.Result result = new StoryClusterer(threshold).cluster(marked);
    Map<String, String> predicted = new HashMap<>();
    result.articles().forEach(a -> predicted.put(a.id(), a.analysis().storyId()));
    List<Map<String, Object>> rows = new ArrayList<>(List.of(
        row("bcubed", ClusterMetrics.bcubed(predicted, data.gold())),
        row("pairwise", ClusterMetrics.pairwise(predicted, data.gold()))));
    if (batchSize > 0) rows.add(incremental(withEntities, data.gold()));
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
        if (batchSize > 0) out.printf("bcubed-incremental: batches of %d in %d random orders (seed %d)%n", batchSize, orders, seed);
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
    ArticleExtractor extractor = ArticleExtractor.defaults();
    LanguageStage language = LanguageStage.defaults();
    List<Article> raw = new ArrayList<>();
    Ingestor.defaults().read(mix, doc -> {
      Article a = extractor.extract(doc, findings);
      if (a != null && !labelled.contains(a.id())) raw.add(a);
    }, findings);
    return raw.parallelStream().map(a -> language.apply(a, findings)).toList();
  }

  /**
   * B-cubed over {@link #orders} random arrival orders, each fed in batches of {@link #batchSize}
   * through reposts and stories against one in-memory corpus state, as {@code analyze} feeds a store.
   */
  private Map<String, Object> incremental(List<Article> articles, Map<String, String> gold) {
    if (orders < 1) throw new IllegalArgumentException("--orders must be >= 1: " + orders);
    Pipeline tail = Pipeline.builder().given(Keys.LANGUAGE, Keys.ENTITIES)
        .add(new MinHashNearDuplicates()).add(new StoryClusterer(threshold)).build();
    Random random = new Random(seed);
    double p = 0, r = 0, f = 0, min = 1, max = 0;
    for (int k = 0; k < orders; k++) {
      List<Article> order = new ArrayList<>(articles);
      Collections.shuffle(order, random);
      InMemoryCorpusState state = new InMemoryCorpusState();
      for (int from = 0; from < order.size(); from += batchSize) {
        tail.index(order.subList(from, Math.min(order.size(), from + batchSize)), state, Findings.none());
      }
      Map<String, String> predicted = new HashMap<>();
      state.allArticles().forEach(a -> predicted.put(a.id(), a.analysis().storyId()));
      ClusterMetrics.Scores s = ClusterMetrics.bcubed(predicted, gold);
      p += s.precision() / orders;
      r += s.recall() / orders;
      f += s.f1() / orders;
      min = Math.min(min, s.f1());
      max = Math.max(max, s.f1());
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("metric", "bcubed-incremental");
    row.put("precision", Messages.rounded(p));
    row.put("recall", Messages.rounded(r));
    row.put("f1", Messages.rounded(f));
    row.put("f1Min", Messages.rounded(min));
    row.put("f1Max", Messages.rounded(max));
    return row;
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
