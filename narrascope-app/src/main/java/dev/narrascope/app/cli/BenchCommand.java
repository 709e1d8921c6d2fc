package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.language.LanguageStage;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code narrascope bench}: throughput of ingest, clean and language detection on a real corpus,
 * read again and again until {@code --articles} articles have gone through. Ingest and clean run on
 * one thread and the pipeline in parallel, as in {@code analyze}. One untimed pass first loads the
 * language models and warms up the JIT, so the figure is the steady state of a long run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure articles/second of ingest + clean + language on a folder of articles.",
        "Subcommand 'stories' measures reposts and story clustering on generated corpora; 'ingest' the cost of adding news"
            + " to a big store (full pipeline, optionally over HTTP)."},
    subcommands = {BenchStoriesCommand.class, BenchIngestCommand.class})
public final class BenchCommand implements Callable<Integer> {
  static final Path DEFAULT_DATA = Path.of("../shared/data/semeval2025-task10/test/raw-documents");

  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
      description = "Process at least N articles, reading the folder as often as needed (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder of articles (default: " + "${DEFAULT-VALUE}).")
  Path data = DEFAULT_DATA;

  @Override
  public Integer call() {
    if (articles < 1) throw new IllegalArgumentException("--articles must be >= 1: " + articles);
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("data folder not found: " + data.toAbsolutePath().normalize()
          + " (pass --data DIR, e.g. a copy of semeval2025-task10/test/raw-documents)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Ingestor ingestor = Ingestor.defaults();
    ArticleExtractor extractor = ArticleExtractor.defaults();
    Pipeline pipeline = Pipeline.builder().add(LanguageStage.defaults()).build();

    long warmStart = System.nanoTime();
    int perRound = round(ingestor, extractor, pipeline, Findings.none(), new long[2]);
    if (perRound == 0) throw new IllegalArgumentException("no articles in " + data);
    out.printf("warm-up: 1 pass, %s, %.1f s (includes loading the language models)%n",
        Messages.count(perRound, "article"), seconds(System.nanoTime() - warmStart));

    resetPeaks();
    long gcCountBefore = gcCount();
    long gcMillisBefore = gcMillis();
    Findings findings = Findings.none();
    long[] phaseNanos = new long[2];
    long done = 0;
    int rounds = 0;
    long start = System.nanoTime();
    long cpuStart = ProcessCpu.nanos();
    while (done < articles) {
      done += round(ingestor, extractor, pipeline, findings, phaseNanos);
      rounds++;
    }
    double total = seconds(System.nanoTime() - start);
    double cpu = seconds(ProcessCpu.nanos() - cpuStart);

    out.printf("pipeline: ingest -> clean -> %s, %d cores, JDK %s%n", pipeline,
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    out.printf("articles: %d (%s of %d from %s)%n", done, Messages.count(rounds, "round"), perRound, data);
    out.printf("ingest+clean: %.2f s (%.0f articles/s, 1 thread)%n", seconds(phaseNanos[0]), done / seconds(phaseNanos[0]));
    out.printf("language:     %.2f s (%.0f articles/s, parallel)%n", seconds(phaseNanos[1]), done / seconds(phaseNanos[1]));
    out.printf("total:        %.2f s, %.0f articles/s%n", total, done / total);
    if (cpu > 0) {
      // On a shared machine wall time depends on the neighbours; CPU time per article does not.
      out.printf("cpu:          %.2f s of process CPU, %.0f articles per CPU-second%n", cpu, done / cpu);
    }
    out.printf("peak heap:    %d MB (max %d MB); GC: %d collections, %.2f s%n", peakHeapBytes() >> 20,
        Runtime.getRuntime().maxMemory() >> 20, gcCount() - gcCountBefore, (gcMillis() - gcMillisBefore) / 1000.0);
    out.printf("findings:     %d%n", findings.count());
    out.flush();
    return 0;
  }

  /** One pass over the folder; adds the time of ingest+clean and of the pipeline to {@code phaseNanos}. */
  private int round(Ingestor ingestor, ArticleExtractor extractor, Pipeline pipeline, Findings findings, long[] phaseNanos) {
    long t0 = System.nanoTime();
    List<Article> batch = extractor.extractAll(ingestor, List.of(data), findings);
    long t1 = System.nanoTime();
    List<Article> done = pipeline.run(batch, findings);
    phaseNanos[0] += t1 - t0;
    phaseNanos[1] += System.nanoTime() - t1;
    return done.size();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  /** The sum of each heap pool's peak: an upper bound, since the pools peak at different moments. */
  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .filter(c -> c > 0).sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(c -> c > 0).sum();
  }
}
