package dev.narrascope.app.cli;

import dev.narrascope.app.analysis.StoryRefresh;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.app.report.ReportFormat;
import dev.narrascope.app.report.ReportWriter;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code narrascope analyze PATH…}: ingest, clean, analyse, store, and print the report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse files, folders or archives of articles, store the results and print a report.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files, folders (recursive) or archives to analyse; none: the bundled sample corpus.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "table", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Mixin StoreOption store;

  @Mixin ModelOption model;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Findings findings = Findings.tracking(10_000);
    // Reposts and stories are found once, by StoryRefresh, over this batch and the stored articles.
    Pipeline pipeline = model.pipelineWithoutStories();
    ArticleExtractor extractor = ArticleExtractor.defaults();
    Progress reading = new Progress(err, !quiet, "read");
    // Keyed by id: the same article found twice in one run is one article.
    Map<String, Article> articles = new LinkedHashMap<>();
    if (paths == null || paths.isEmpty()) {
      paths = List.of(SampleCorpus.extract());
      err.println("No PATH given: analysing the bundled sample corpus (" + paths.get(0) + ")");
    }
    Ingestor.defaults().read(paths, doc -> {
      Article a = extractor.extract(doc, findings);
      if (a != null) articles.putIfAbsent(a.id(), a);
      reading.step();
    }, findings);
    reading.done();
    Progress analysing = new Progress(err, !quiet, "analysed");
    List<Article> done = pipeline.run(new ArrayList<>(articles.values()), findings, a -> analysing.step());
    analysing.done();
    int added;
    try (ArticleStore st = store.open()) {
      // Reposts and stories span runs: cluster the batch together with what the store holds.
      StoryRefresh.Stored stored = StoryRefresh.store(st, done, findings);
      done = stored.batch();
      added = stored.added();
      st.addFindings(findings.list());
    }
    if (out == null) {
      ReportWriter.write(format, done, findings.list(), spec.commandLine().getOut());
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        ReportWriter.write(format, done, findings.list(), new PrintWriter(w));
      }
    }
    for (var f : findings.list()) err.println("warning: " + f);
    err.printf("%d articles analysed (%d new in %s), %d inputs failed%n", done.size(), added, store.spec, findings.count());
    err.flush();
    return 0;
  }
}
