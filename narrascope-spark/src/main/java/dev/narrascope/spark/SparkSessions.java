package dev.narrascope.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The session settings the job relies on, shared by the job, the Parquet import and the tests. */
final class SparkSessions {
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  private static final int SMALL_SHUFFLE_PARTITIONS = 8;
  /** Analysed articles per shuffle partition at most: about 50 MB of JSON rows for one task to sort or join. */
  static final long ARTICLES_PER_SHUFFLE_PARTITION = 10_000;

  private SparkSessions() {}

  /** Whether spark-submit (or the caller) already chose a master. */
  static boolean hasMaster() {
    return new SparkConf().contains("spark.master");
  }

  static SparkSession.Builder configure(SparkSession.Builder builder) {
    // Small corpora on small machines: Spark's default of 200 shuffle partitions would mostly schedule empty tasks;
    // adaptive execution coalesces them on a cluster anyway.
    String partitions = new SparkConf().get(SHUFFLE_PARTITIONS, String.valueOf(SMALL_SHUFFLE_PARTITIONS));
    return builder.config(SHUFFLE_PARTITIONS, partitions)
        .config("spark.ui.enabled", new SparkConf().get("spark.ui.enabled", "false"));
  }

  /**
   * How many partitions the analysis spreads whole batches of {@code batchSize} over: every core four
   * times, and at least one per {@link #ARTICLES_PER_SHUFFLE_PARTITION} articles, never more than
   * there are batches. The analysed rows stay persisted in these partitions for every later step;
   * with four per core whatever the input, a 1,000,000-article run on {@code local[2]} had 8 of
   * 125,000 articles (~700 MB of JSON each), and reading one back from disk into a 3 GB heap beside
   * the band keys' aggregation ran it out of memory.
   */
  static int analysisPartitions(long articles, int batchSize, int parallelism) {
    long batches = Math.max(1, (articles + batchSize - 1) / batchSize);
    return (int) Math.min(batches, Math.max(4L * parallelism, bySize(articles)));
  }

  /**
   * Raises the shuffle partitions to one per {@link #ARTICLES_PER_SHUFFLE_PARTITION} articles once
   * a run knows how many it has, unless the user chose a number. With 8 partitions whatever the
   * input, a 1,000,000-article run joined and sorted 125,000 analysed articles per task, and a 3 GB
   * local run could not get the memory for it ({@code UNABLE_TO_ACQUIRE_MEMORY}).
   */
  static void fitShuffles(SparkSession spark, long articles) {
    if (new SparkConf().contains(SHUFFLE_PARTITIONS)) return;
    spark.conf().set(SHUFFLE_PARTITIONS, String.valueOf(Math.max(SMALL_SHUFFLE_PARTITIONS, bySize(articles))));
  }

  /** Partitions of at most {@link #ARTICLES_PER_SHUFFLE_PARTITION} articles that {@code articles} need. */
  private static long bySize(long articles) {
    return (articles + ARTICLES_PER_SHUFFLE_PARTITION - 1) / ARTICLES_PER_SHUFFLE_PARTITION;
  }
}
