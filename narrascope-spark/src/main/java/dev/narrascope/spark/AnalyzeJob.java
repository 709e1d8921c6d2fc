package dev.narrascope.spark;

import dev.narrascope.files.Folders;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job: {@code spark-submit --class dev.narrascope.spark.AnalyzeJob narrascope-spark.jar
 * --input URI… --out URI [--db URL]}, or {@code ./narrascope spark analyze PATH… --out DIR} with an
 * embedded Spark ({@code --master local[2]}). The same pipeline as {@code narrascope analyze}, with the
 * same results on the same input; see docs/spark.md.
 */
@Command(name = "narrascope spark analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyse files, folders, archives or Parquet tables on Apache Spark and write Parquet tables"
        + " (articles, stories, narratives, actors, quotes, findings) under --out; with --db also store them."})
public final class AnalyzeJob implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", arity = "1..*", paramLabel = "URI",
      description = "Files, folders (recursive) or Parquet files on any Hadoop file system (file:, hdfs:, s3a:…).")
  List<String> inputs = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "More inputs, as with --input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "URI", required = true, description = "Folder for the Parquet tables (replaced).")
  String out;

  @Option(names = "--db", paramLabel = "URL",
      description = "Also store the results here (sqlite:PATH or postgresql://…), as narrascope analyze --db does.")
  String db;

  @Option(names = "--master", paramLabel = "M",
      description = "Spark master, e.g. local[2]; default: what spark-submit sets, else local[*].")
  String master;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
      description = "Articles per batch, as in narrascope analyze (default: ${DEFAULT-VALUE}); the same value gives the same results.")
  int batchSize;

  @Option(names = "--segment-batches", paramLabel = "N", defaultValue = "20",
      description = {"Batches per segment when the executors cluster stories (default: ${DEFAULT-VALUE}): each segment is"
          + " clustered on its own after a lead-in of the previous one's last quarter, and the segments' stories are"
          + " joined where they go on. A run of one segment gives analyze's stories; see docs/spark.md."})
  int segmentBatches;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the job in this JVM; returns the exit code (0 ok, 1 failure, 2 usage). */
  public static int run(String... args) {
    return new CommandLine(new AnalyzeJob()).execute(args);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<String> all = new ArrayList<>(inputs);
    all.addAll(paths);
    if (all.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "no input: give PATH… or --input URI…");
    if (batchSize < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--batch-size must be at least 1: " + batchSize);
    if (segmentBatches < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--segment-batches must be at least 1: " + segmentBatches);
    }
    Path scratch = db == null ? Files.createTempDirectory("narrascope-spark") : null;
    // Without --db the stateful tail still needs a corpus state that does not live in the driver's heap.
    String storeSpec = db != null ? db : "sqlite:" + scratch.resolve("state.db");
    SparkSession.Builder builder = SparkSession.builder().appName("narrascope analyze");
    if (master != null) builder.master(master);
    else if (!SparkSessions.hasMaster()) builder.master("local[*]");
    // A session the caller already runs (a test, a notebook) is used and left running.
    boolean shared = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
    SparkSession spark = SparkSessions.configure(builder).getOrCreate();
    try (ArticleStore store = Stores.open(storeSpec)) {
      SparkAnalysis.Summary s = new SparkAnalysis(spark, batchSize, StorySegments.of(segmentBatches), err).run(all, out, store);
      err.printf("%d articles (%d new, %d already stored), %d stories, %d findings; tables in %s%s%n",
          s.articles(), s.added(), s.known(), s.stories(), s.findings(), out, db == null ? "" : "; stored in " + db);
      err.flush();
      return s.articles() == 0 ? 1 : 0;
    } finally {
      if (!shared) spark.stop();
      if (scratch != null) Folders.deleteTree(scratch);
    }
  }

}
