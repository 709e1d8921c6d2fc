package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.story.ClusterMetrics;
import dev.narrascope.story.StoryClusterer;
import dev.narrascope.story.SyntheticNews;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope bench stories --articles 10000,100000}: time of near-duplicate detection and
 * story clustering on synthetic news, with quality against the generator's truth.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Time reposts and story clustering on seeded synthetic news (generation not timed) and score them against the"
            + " generator's truth. One row per size; run sizes in one call to compare how time grows. The entity stage runs"
            + " first (its names are the clusterer's cross-lingual features), timed apart as entitySeconds. Seconds are"
            + " wall-clock; cpuSeconds is the process CPU time of both stages (all threads; robust on a busy machine).",
        "JSON: {\"runs\": [{articles, entitySeconds, dedupSeconds, storiesSeconds, cpuSeconds, articlesPerSecond, heapMb,"
            + " bcubedF1, pairwiseF1, repostPrecision, repostRecall}]}."})
public final class BenchStoriesCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("articles", "entitySeconds", "dedupSeconds", "storiesSeconds", "cpuSeconds", "articlesPerSecond", "heapMb",
      "bcubedF1", "pairwiseF1", "repostPrecision", "repostRecall");

  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", split = ",", defaultValue = "10000",
      description = "Corpus sizes, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int n : sizes) if (n < 1) throw new IllegalArgumentException("--articles must be >= 1: " + n);
    for (int i = 0; i < sizes.size(); i++) {
      int n = sizes.get(i);
      progress("run %d of %d: %s", i + 1, sizes.size(), Messages.count(n, "article"));
      rows.add(run(n));
    }
    Tabular.print(format, spec.commandLine().getOut(), "runs", COLUMNS, rows);
    return 0;
  }

  private Map<String, Object> run(int n) {
    progress("  generating synthetic news…");
    List<SyntheticNews.Item> items = new SyntheticNews(seed).generate(n);
    progress("  entities…");
    // Entities are the clusterer's input (cross-lingual features), made by an earlier stage: timed apart.
    EntityStage entities = new EntityStage();
    long e0 = System.nanoTime();
    List<Article> batch = items.parallelStream().map(it -> entities.apply(it.article(), Findings.none())).toList();
    long e1 = System.nanoTime();
    progress("  entities: %.1f s; reposts…", (e1 - e0) / 1e9);
    System.gc();
    long c0 = ProcessCpu.nanos();
    long t0 = System.nanoTime();
    List<Article> marked = new MinHashNearDuplicates().apply(batch, Findings.none());
    long t1 = System.nanoTime();
    progress("  reposts: %.1f s; stories…", (t1 - t0) / 1e9);
    StoryClusterer.Result result = new StoryClusterer().cluster(marked);
    long t2 = System.nanoTime();
    long c2 = ProcessCpu.nanos();
    progress("  stories: %.1f s; scoring…", (t2 - t1) / 1e9);
    Runtime rt = Runtime.getRuntime();
    long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    Map<String, String> goldStory = new HashMap<>(), goldCopy = new HashMap<>(), story = new HashMap<>(), copy = new HashMap<>();
    for (SyntheticNews.Item it : items) {
      goldStory.put(it.article().id(), it.story());
      goldCopy.put(it.article().id(), it.original() == null ? it.article().id() : it.original());
    }
    for (Article a : result.articles()) {
      story.put(a.id(), a.analysis().storyId());
      copy.put(a.id(), a.analysis().repostOf() == null ? a.id() : a.analysis().repostOf());
    }
    ClusterMetrics.Scores reposts = ClusterMetrics.pairwise(copy, goldCopy);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("articles", n);
    r.put("entitySeconds", Messages.rounded((e1 - e0) / 1e9));
    r.put("dedupSeconds", Messages.rounded((t1 - t0) / 1e9));
    r.put("storiesSeconds", Messages.rounded((t2 - t1) / 1e9));
    r.put("cpuSeconds", Messages.rounded((c2 - c0) / 1e9));
    r.put("articlesPerSecond", Math.round(n / ((t2 - t0) / 1e9)));
    r.put("heapMb", heapMb);
    r.put("bcubedF1", Messages.rounded(ClusterMetrics.bcubed(story, goldStory).f1()));
    r.put("pairwiseF1", Messages.rounded(ClusterMetrics.pairwise(story, goldStory).f1()));
    r.put("repostPrecision", Messages.rounded(reposts.precision()));
    r.put("repostRecall", Messages.rounded(reposts.recall()));
    return r;
  }

  /** A progress line on standard error (stdout keeps just the report), unless --quiet. */
  private void progress(String format, Object... args) {
    if (quiet) return;
    var err = spec.commandLine().getErr();
    err.println("bench stories: " + String.format(java.util.Locale.ROOT, format, args));
    err.flush();
  }
}
