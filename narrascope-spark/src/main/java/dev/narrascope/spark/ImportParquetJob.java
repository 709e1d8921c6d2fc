package dev.narrascope.spark;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope import parquet DIR --db URL}: loads the tables of an {@link AnalyzeJob} run into a
 * store, so {@code stories}, {@code serve} and the dashboard show them. The articles are replayed in
 * the run's order and batches through the same stateful tail ({@link CorpusTail}): it finds the reposts
 * again and records the run's stories ({@code StoryClusterer.given}), so the store holds the same
 * reposts and stories as a run with {@code --db}, with its story index ready for new articles.
 */
@Command(name = "narrascope import parquet", mixinStandardHelpOptions = true,
    description = "Load the Parquet tables written by 'narrascope spark analyze --out DIR' into a store.")
public final class ImportParquetJob implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The --out folder of a spark analyze run (any Hadoop file system).")
  String dir;

  @Option(names = "--db", paramLabel = "URL", required = true, description = "The store: sqlite:PATH or postgresql://…")
  String db;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
      description = "The run's --batch-size (default: ${DEFAULT-VALUE}); the same value gives the same stories.")
  int batchSize;

  @Option(names = "--master", paramLabel = "M", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ImportParquetJob()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean shared = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
    SparkSession spark = SparkSessions.configure(SparkSession.builder().appName("narrascope import parquet").master(master)).getOrCreate();
    try (ArticleStore store = Stores.open(db)) {
      long perBatch = batchSize;
      Dataset<Row> articles = spark.read().parquet(new Path(dir, OutputTables.ARTICLES).toString()).select("seq", "article_json");
      Iterator<Row> rows = InOrder.fetch(articles, "seq", articles.count());
      CorpusTail tail = new CorpusTail(store);
      CorpusTail.Counts counts = tail.run(new Iterator<>() {
        @Override public boolean hasNext() { return rows.hasNext(); }
        @Override public CorpusTail.Analysed next() {
          Row r = rows.next();
          Article a = Rows.article(r.getString(1));
          // Replayed as analysed: the tail finds the reposts again and records the run's stories, with the store's index.
          String story = a.analysis().storyId();
          return new CorpusTail.Analysed(r.getLong(0) / perBatch, a.withAnalysis(a.analysis().withStory(null, null)), null, story);
        }
      }, batch -> {});
      store.addFindings(spark.read().parquet(new Path(dir, OutputTables.FINDINGS).toString()).limit(10_000).collectAsList().stream()
          .map(OutputTables::finding).toList());
      err.printf("imported %d articles (%d already stored) into %s%n", counts.added(), counts.known(), db);
      err.flush();
      return 0;
    } finally {
      if (!shared) spark.stop();
    }
  }
}
