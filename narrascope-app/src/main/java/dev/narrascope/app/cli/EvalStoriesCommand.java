package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.story.ClusterMetrics;
import dev.narrascope.story.LabelledStories;
import dev.narrascope.story.StoryClusterer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Override
  public Integer call() throws IOException {
    Findings findings = Findings.tracking(1000);
    LabelledStories.Data data;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      data = LabelledStories.read(r, file.toString(), findings);
    }
    // Entities first: their canonical names are the clusterer's cross-lingual features, as in analyze.
    EntityStage entities = new EntityStage();
    List<Article> withEntities = data.articles().parallelStream().map(a -> entities.apply(a, findings)).toList();
    List<Article> marked = new MinHashNearDuplicates().apply(withEntities, findings);
    StoryClusterer.Result result = new StoryClusterer(threshold).cluster(marked);
    Map<String, String> predicted = new HashMap<>();
    result.articles().forEach(a -> predicted.put(a.id(), a.analysis().storyId()));
    List<Map<String, Object>> rows = List.of(
        row("bcubed", ClusterMetrics.bcubed(predicted, data.gold())),
        row("pairwise", ClusterMetrics.pairwise(predicted, data.gold())));
    var out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("metrics", rows);
      view.put("articles", data.articles().size());
      view.put("goldClusters", data.gold().values().stream().distinct().count());
      view.put("predictedClusters", result.stories().size());
      Tabular.json(out, view);
    } else {
      Tabular.print(format, out, "metrics", List.of("metric", "precision", "recall", "f1"), rows);
      if (format == OutputFormat.table) {
        out.printf("%s, %s, %d predicted (threshold %s)%n", Messages.count(data.articles().size(), "article"),
            Messages.count(data.gold().values().stream().distinct().count(), "gold cluster"), result.stories().size(),
            Messages.figure(threshold));
      }
    }
    out.flush();
    var err = spec.commandLine().getErr();
    for (var f : findings.list()) err.println("warning: " + f);
    err.flush();
    return 0;
  }

  private static Map<String, Object> row(String metric, ClusterMetrics.Scores s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("metric", metric);
    r.put("precision", round(s.precision()));
    r.put("recall", round(s.recall()));
    r.put("f1", round(s.f1()));
    return r;
  }

  /** Figures to three decimals, as every eval and bench report gives them. */
  static Double round(double v) {
    return Messages.rounded(v);
  }
}
