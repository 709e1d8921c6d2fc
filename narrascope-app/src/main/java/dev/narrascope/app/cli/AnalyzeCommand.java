package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.CoreShare;
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
import dev.narrascope.app.analysis.BatchIngest.Stored;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
      try (Run run = new Run(new BatchIngest(model.pipeline(llm), st), report, err)) {
        ArticleExtractor extractor = ArticleExtractor.defaults();
        Ingestor.defaults().read(paths, doc -> {
          Article a = CoreShare.MACHINE.analysing(() -> extractor.extract(doc, run.findings));
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
  }

  /**
   * One run's batches, counts and report. A batch's stateful tail (reposts, stories, the store's
   * transaction) runs on one background thread while the next batch goes through the per-article
   * stages, so the tail's single thread and the stages' parallel ones overlap instead of taking
   * turns; batches are still stored one at a time, in input order, with the same results.
   */
  private final class Run implements AutoCloseable {
    final BatchIngest ingest;
    final PrintWriter report;
    final PrintWriter err;
    final ExecutorService tail = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "analyze-tail");
      t.setDaemon(true);
      return t;
    });
    List<Article> pending = new ArrayList<>();
    final List<Article> reported = new ArrayList<>();
    final List<Finding> allFindings = new ArrayList<>();
    Findings findings = Findings.tracking(10_000);
    long seen, added, known, failed;
    int batches;
    /** The batch being stored, if any: at most one, so memory stays bounded by two batches. */
    Storing storing;

    /** A batch handed to the tail thread, with what its report needs. */
    private record Storing(int number, Findings findings, boolean lineForBatch, Set<String> ids, Future<Stored> result) {}

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
      awaitStoring();
      if (format != ReportFormat.jsonl && format != ReportFormat.none) ReportWriter.write(format, reported, allFindings, report);
    }

    private void flush() {
      int number = ++batches;
      Findings batchFindings = findings;
      // A line per batch once there is more than one (a full batch may be followed by others).
      boolean lineForBatch = !quiet && (number > 1 || pending.size() >= batchSize);
      Progress analysing = new Progress(err, !quiet, "batch " + number + ": analysed");
      BatchIngest.Analysed analysed = ingest.analyse(pending, batchFindings, a -> analysing.step(),
          storing == null ? Set.of() : storing.ids());
      analysing.done();
      awaitStoring();
      storing = new Storing(number, batchFindings, lineForBatch, analysed.ids(), tail.submit(() -> ingest.store(analysed)));
      pending = new ArrayList<>();
      findings = Findings.tracking(10_000);
    }

    /**
     * Lets a batch still being stored finish before the store closes (when the run ends early, on
     * an error): it is committed whole, as it would have been before the error without the overlap.
     */
    @Override
    public void close() {
      if (storing != null) {
        try {
          storing.result().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          // The run is already ending with the error that brought it here, which is what gets reported.
        }
      }
      tail.shutdown();
    }

    /** Waits for the batch being stored and reports it; a failed store ends the run with its error. */
    private void awaitStoring() {
      if (storing == null) return;
      Storing batch = storing;
      storing = null;
      Stored stored;
      try {
        stored = batch.result().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while storing batch " + batch.number(), e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error error) throw error;
        throw new IllegalStateException(e.getCause());
      }
      seen += stored.articles().size();
      added += stored.added();
      known += stored.known();
      failed += batch.findings().count();
      if (allFindings.size() < 10_000) allFindings.addAll(batch.findings().list());
      if (format == ReportFormat.jsonl) ReportWriter.write(format, stored.articles(), List.of(), report);
      else if (format != ReportFormat.none) reported.addAll(stored.articles());
      if (batch.lineForBatch()) {
        err.printf("batch %d: %s new, %s already stored (%s so far)%n", batch.number(), stored.added(), stored.known(),
            Messages.count(seen, "article"));
        err.flush();
      }
    }

    String summary(String db) {
      if (seen == 0) return "nothing analysed: " + (failed == 0 ? "no articles found in the input" : Messages.count(failed, "input") + " failed");
      return Messages.count(seen, "article") + ": " + added + " new, " + known + " already stored, in " + db + "; "
          + Messages.count(failed, "input") + " failed";
    }
  }
}
