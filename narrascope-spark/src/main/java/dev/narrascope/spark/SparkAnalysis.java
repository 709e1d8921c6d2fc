package dev.narrascope.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the job: read and extract on the executors, number the articles in the CLI's reading
 * order and drop repeated ids (first wins, as in {@code analyze}), analyse them on the executors in the
 * CLI's batches; where {@code store} held nothing before, find the reposts' evidence
 * ({@link DistributedReposts}) and the stories ({@link DistributedStories}) on the executors; run the
 * stateful tail on the driver against {@code store} (recording what was decided, else deciding it there
 * as {@code analyze} does), and write the tables.
 */
final class SparkAnalysis {
  /** What a run did, for the summary line. */
  record Summary(long articles, long added, long known, long stories, long findings) {}

  private static final StructType MEMBER = new StructType()
      .add("id", DataTypes.StringType, false).add("story_id", DataTypes.StringType, false);
  private static final StructType REPOST = new StructType()
      .add("id", DataTypes.StringType, false).add("repost_of", DataTypes.StringType, false);

  private final SparkSession spark;
  private final int batchSize;
  private final StorySegments segments;
  private final PrintWriter err;
  private final long started = System.nanoTime();

  SparkAnalysis(SparkSession spark, int batchSize, StorySegments segments, PrintWriter err) {
    this.spark = spark;
    this.batchSize = batchSize;
    this.segments = segments;
    this.err = err;
  }

  Summary run(List<String> inputs, String out, ArticleStore store) {
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    InputFiles.Listing listing = InputFiles.list(inputs, conf.get());
    progress("%d input files", listing.files().size());
    Dataset<Row> read = read(listing.files(), conf).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> unique = numbered(read);
    long articles = unique.count();
    SparkSessions.fitShuffles(spark, articles);
    progress("%d articles extracted; analysing", articles);
    int partitions = SparkSessions.analysisPartitions(articles, batchSize, spark.sparkContext().defaultParallelism());
    Dataset<Row> analysed = analysed(unique, partitions).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> done = analysed.filter(col("article").isNotNull());
    // Repost candidates from the run's own earlier batches are all an empty store would answer.
    Dataset<Row> links = store.count(ArticleQuery.all()) == 0 ? DistributedReposts.links(done, partitions) : null;
    if (links == null) progress("the store holds articles: reposts and stories are looked up in it on the driver");

    String tmp = new Path(out, "_narrascope_tmp").toString();
    Dataset<Row> decided = links == null ? null
        : DistributedStories.stories(spark, done, links, segments, partitions, tmp, line -> progress("%s", line));
    CorpusTail tail = new CorpusTail(store);
    CorpusTail.Counts counts = indexOnDriver(done, articles, links, decided, tail, tmp);
    storiesToTmp(store, tmp);
    progress("reposts and stories found: %d new articles, %d already stored", counts.added(), counts.known());

    Dataset<Row> finished = finished(done, tmp).persist(StorageLevel.MEMORY_AND_DISK());
    long stories = writeTables(finished, tmp, out);
    progress("articles, stories, narratives, actors and quotes written");
    List<Finding> driverFindings = new ArrayList<>(listing.findings());
    driverFindings.addAll(tail.findings());
    long findings = writeFindings(read, analysed, driverFindings, out, store);

    finished.unpersist();
    analysed.unpersist();
    read.unpersist();
    deleteTmp(tmp);
    return new Summary(articles, counts.added(), counts.known(), stories, findings);
  }

  /**
   * The articles numbered in the CLI's reading order ({@link Rows#INDEXED}), with the CLI's batch
   * numbers; the first occurrence of an id wins, as when analyze finds it already stored.
   */
  private Dataset<Row> numbered(Dataset<Row> read) {
    long perBatch = batchSize;
    JavaRDD<Row> indexed = read.filter(col("article").isNotNull()).orderBy("file", "seq").javaRDD().zipWithIndex()
        .map(t -> RowFactory.create(t._2(), t._2() / perBatch, t._1().getString(2), t._1().getString(3), null, null));
    return spark.createDataFrame(indexed, Rows.INDEXED)
        .groupBy("id").agg(min(struct("index", "batch", "article")).as("first"))
        .select(col("first.index").as("index"), col("first.batch").as("batch"), col("id"), col("first.article").as("article"),
            lit(null).cast("string").as("finding"), lit(null).cast(Rows.BANDS).as("bands"));
  }

  /** The per-article and batch stages on the executors, whole batches per partition. */
  private Dataset<Row> analysed(Dataset<Row> unique, int partitions) {
    return unique.repartition(partitions, col("batch")).sortWithinPartitions("batch", "index")
        .mapPartitions(new AnalyseBatches(), Encoders.row(Rows.INDEXED));
  }

  /**
   * The stateful tail on the driver in the CLI's order, with each article's repost links and story
   * when {@code links} and {@code stories} hold them (else looked up in the store); the reposts it
   * finds go to {@code tmp/reposts}.
   */
  private CorpusTail.Counts indexOnDriver(Dataset<Row> done, long articles, Dataset<Row> links, Dataset<Row> stories,
                                          CorpusTail tail, String tmp) {
    long[] indexed = {0};
    try (ChunkedTable reposts = new ChunkedTable(spark, REPOST, tmp + "/reposts")) {
      Dataset<Row> withLinks = links == null
          ? done.select(col("index"), col("batch"), col("article"), col("bands"), lit(null).cast("int").as("group"),
              lit(null).cast(DistributedReposts.LINKS.apply("stored_copies").dataType()).as("stored_copies"),
              lit(null).cast("string").as("story_id"))
          : done.join(links, "id").join(stories, "id")
              .select("index", "batch", "article", "bands", "group", "stored_copies", "story_id");
      Iterator<Row> ordered = InOrder.fetch(withLinks, "index", articles);
      return tail.run(new Iterator<>() {
        @Override public boolean hasNext() { return ordered.hasNext(); }
        @Override public CorpusTail.Analysed next() {
          Row r = ordered.next();
          MinHashNearDuplicates.Links l = r.isNullAt(4) ? null
              : new MinHashNearDuplicates.Links(Rows.bands(r.isNullAt(3) ? null : r.<Long>getList(3)), r.getInt(4), r.getList(5));
          return new CorpusTail.Analysed(r.getLong(1), Rows.article(r.getString(2)), l, r.isNullAt(6) ? null : r.getString(6));
        }
      }, batch -> {
        for (Article a : batch) if (a.analysis().repostOf() != null) reposts.add(RowFactory.create(a.id(), a.analysis().repostOf()));
        long before = indexed[0];
        indexed[0] += batch.size();
        if (indexed[0] / 10_000 > before / 10_000) progress("reposts and stories: %d articles", indexed[0]);
      });
    }
  }

  /** The store's stories ({@code tmp/stories}) and their members ({@code tmp/members}), a chunk at a time. */
  private void storiesToTmp(ArticleStore store, String tmp) {
    try (ChunkedTable members = new ChunkedTable(spark, MEMBER, tmp + "/members");
         ChunkedTable stories = new ChunkedTable(spark, OutputTables.STORY_SCHEMA, tmp + "/stories")) {
      store.forEachStory(s -> {
        stories.add(OutputTables.story(s));
        for (String id : s.articleIds()) members.add(RowFactory.create(id, s.id()));
      });
    }
  }

  /**
   * The analysed articles with their final story (stories merge as later batches bridge them, so it
   * comes from the store's stories, written to {@code tmp}) and repost, as {@link OutputTables#ARTICLE_SCHEMA} rows.
   */
  private Dataset<Row> finished(Dataset<Row> done, String tmp) {
    return done.join(spark.read().parquet(tmp + "/members"), "id", "left")
        .join(spark.read().parquet(tmp + "/reposts"), "id", "left")
        .map((MapFunction<Row, Row>) r -> {
          Article a = Rows.article(r.getAs("article"));
          a = a.withAnalysis(a.analysis().withStory(r.getAs("story_id"), r.getAs("repost_of")));
          return OutputTables.article(r.<Long>getAs("index"), a);
        }, Encoders.row(OutputTables.ARTICLE_SCHEMA));
  }

  /** Writes every table but the findings; returns the number of stories. */
  private long writeTables(Dataset<Row> finished, String tmp, String out) {
    write(finished, OutputTables.ARTICLES, out);
    Dataset<Row> json = finished.select("article_json");
    write(json.flatMap(OutputTables.NARRATIVE_ROWS, Encoders.row(OutputTables.NARRATIVE_SCHEMA)), OutputTables.NARRATIVES, out);
    write(json.flatMap(OutputTables.ACTOR_ROWS, Encoders.row(OutputTables.ACTOR_SCHEMA)), OutputTables.ACTORS, out);
    write(json.flatMap(OutputTables.QUOTE_ROWS, Encoders.row(OutputTables.QUOTE_SCHEMA)), OutputTables.QUOTES, out);
    // The store's stories that hold this run's articles (a --db store may hold others).
    Dataset<Row> stories = spark.read().parquet(tmp + "/stories")
        .join(finished.select(col("story_id").as("id")).distinct(), "id", "left_semi");
    write(stories, OutputTables.STORIES, out);
    return spark.read().parquet(new Path(out, OutputTables.STORIES).toString()).count();
  }

  /** Writes the findings of every step as one table and hands them to the store; returns how many there are. */
  private long writeFindings(Dataset<Row> read, Dataset<Row> analysed, List<Finding> driverFindings, String out,
                             ArticleStore store) {
    Dataset<Row> findings = read.filter(col("finding").isNotNull()).select("finding")
        .union(analysed.filter(col("finding").isNotNull()).select("finding"))
        .map((MapFunction<Row, Row>) r -> OutputTables.finding(Rows.finding(r.getString(0))),
            Encoders.row(OutputTables.FINDING_SCHEMA))
        .union(spark.createDataFrame(driverFindings.stream().map(OutputTables::finding).toList(), OutputTables.FINDING_SCHEMA));
    write(findings, OutputTables.FINDINGS, out);
    Dataset<Row> written = spark.read().parquet(new Path(out, OutputTables.FINDINGS).toString());
    // The store gets them too (the dashboard lists them); as analyze keeps, at most 10,000 per run.
    store.addFindings(written.limit(10_000).collectAsList().stream().map(OutputTables::finding).toList());
    return written.count();
  }

  private Dataset<Row> read(List<InputFiles.File> files, HadoopConf conf) {
    List<InputFiles.File> plain = files.stream().filter(f -> !f.isParquet()).toList();
    List<InputFiles.File> parquet = files.stream().filter(InputFiles.File::isParquet).toList();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(plain.size(), 4 * jsc.defaultParallelism()));
    Dataset<Row> read = spark.createDataFrame(jsc.parallelize(plain, slices).mapPartitions(new ReadFiles(conf)), Rows.READ);
    if (parquet.isEmpty()) return read;
    Dataset<Row> rows = spark.read().option("mergeSchema", "true")
        .parquet(parquet.stream().map(InputFiles.File::uri).toArray(String[]::new))
        .select(col("*"), col("_metadata.file_path").as(ReadParquet.FILE), col("_metadata.row_index").as(ReadParquet.ROW));
    return read.union(rows.mapPartitions(new ReadParquet(parquet), Encoders.row(Rows.READ)));
  }

  private static void write(Dataset<Row> table, String name, String out) {
    table.write().mode(SaveMode.Overwrite).parquet(new Path(out, name).toString());
  }

  private void deleteTmp(String tmp) {
    try {
      Path p = new Path(tmp);
      p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (IOException e) {
      err.println("warning: could not delete " + tmp + ": " + e.getMessage());
    }
  }

  private void progress(String format, Object... args) {
    err.printf("[%.1f s] %s%n", (System.nanoTime() - started) / 1e9, String.format(format, args));
    err.flush();
  }
}
