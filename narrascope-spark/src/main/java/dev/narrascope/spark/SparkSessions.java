package dev.narrascope.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The session settings the job relies on, shared by the job, the Parquet import and the tests. */
final class SparkSessions {
  private SparkSessions() {}

  /** Whether spark-submit (or the caller) already chose a master. */
  static boolean hasMaster() {
    return new SparkConf().contains("spark.master");
  }

  static SparkSession.Builder configure(SparkSession.Builder builder) {
    // Small corpora on small machines: Spark's default of 200 shuffle partitions would mostly schedule empty tasks;
    // adaptive execution coalesces them on a cluster anyway.
    return builder.config("spark.sql.shuffle.partitions", new SparkConf().get("spark.sql.shuffle.partitions", "8"))
        .config("spark.ui.enabled", new SparkConf().get("spark.ui.enabled", "false"));
  }
}
