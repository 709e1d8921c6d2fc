package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.app.analysis.BatchIngest;
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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope analyze PATH…}: ingest, clean, analyse, store, and print the report. The input is
 * streamed in batches; each batch skips what the store already holds, is analysed, and is stored
 * with its reposts, stories and findings in one transaction, so memory is bounded by the batch and a
 * re-run after a crash only does the missing work.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse files, folders or archives of articles, store the results and print a report.")
public final class AnalyzeCommand implements Callable<Integer> {
  static final int DEFAULT_BATCH = 1000;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files, folders (recursive) or archives to analyse; none: the bundled sample corpus.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "table",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl is written batch by batch;"
          + " the others hold the run's articles until the end; none prints no report.")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + DEFAULT_BATCH,
      description = "Articles per batch: each is analysed and stored in one transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Mixin StoreOption store;

  @Mixin ModelOption model;

  @Mixin LlmOptions llm;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (batchSize < 1) throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1: " + batchSize);
    if (paths == null || paths.isEmpty()) {
      paths = List.of(SampleCorpus.extract());
      err.println("No PATH given: analysing the bundled sample corpus (" + paths.get(0) + ")");
    }
    // Options first: a bad --db or --model fails before any input is read.
    try (ArticleStore st = store.open();
         Writer file = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (st.hasUnindexedStories()) err.println(StoreOption.UNINDEXED);
      PrintWriter report = file == null ? spec.commandLine().getOut() : new PrintWriter(file);
      if (!quiet) llm.reportProgress(err);
      Run run = new Run(new BatchIngest(model.pipeline(llm), st), report, err);
      ArticleExtractor extractor = ArticleExtractor.defaults();
      Ingestor.defaults().read(paths, doc -> {
        Article a = extractor.extract(doc, run.findings);
        if (a != null) run.add(a);
      }, run.findings);
      run.finish();
      report.flush();
      for (Finding f : run.allFindings) err.println("warning: " + f);
      err.println(run.summary(store.spec));
      llm.summary().ifPresent(err::println);
      err.flush();
      return run.seen == 0 ? 1 : 0;
    }
  }

  /** One run's batches, counts and report. */
  private final class Run {
    final BatchIngest ingest;
    final PrintWriter report;
    final PrintWriter err;
    final List<Article> pending = new ArrayList<>();
    final List<Article> reported = new ArrayList<>();
    final List<Finding> allFindings = new ArrayList<>();
    Findings findings = Findings.tracking(10_000);
    long seen, added, known, failed;
    int batches;

    Run(BatchIngest ingest, PrintWriter report, PrintWriter err) {
      this.ingest = ingest;
      this.report = report;
      this.err = err;
    }

    void add(Article a) {
      pending.add(a);
      if (pending.size() >= batchSize) flush();
    }

    void finish() {
      if (!pending.isEmpty() || findings.count() > 0) flush();
      if (format != ReportFormat.jsonl && format != ReportFormat.none) ReportWriter.write(format, reported, allFindings, report);
    }

    private void flush() {
      batches++;
      Progress analysing = new Progress(err, !quiet, "batch " + batches + ": analysed");
      BatchIngest.Stored stored = ingest.ingest(pending, findings, a -> analysing.step());
      analysing.done();
      seen += stored.articles().size();
      added += stored.added();
      known += stored.known();
      failed += findings.count();
      if (allFindings.size() < 10_000) allFindings.addAll(findings.list());
      if (format == ReportFormat.jsonl) ReportWriter.write(format, stored.articles(), List.of(), report);
      else if (format != ReportFormat.none) reported.addAll(stored.articles());
      // A line per batch once there is more than one (a full batch may be followed by others).
      if (!quiet && (batches > 1 || pending.size() >= batchSize)) {
        err.printf("batch %d: %s new, %s already stored (%s so far)%n", batches, stored.added(), stored.known(),
            Messages.count(seen, "article"));
        err.flush();
      }
      pending.clear();
      findings = Findings.tracking(10_000);
    }

    String summary(String db) {
      if (seen == 0) return "nothing analysed: " + (failed == 0 ? "no articles found in the input" : Messages.count(failed, "input") + " failed");
      return Messages.count(seen, "article") + ": " + added + " new, " + known + " already stored, in " + db + "; "
          + Messages.count(failed, "input") + " failed";
    }
  }
}
