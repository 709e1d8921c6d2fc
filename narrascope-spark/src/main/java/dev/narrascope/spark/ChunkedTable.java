package dev.narrascope.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A Parquet table written from the driver in chunks, so rows produced there (story memberships,
 * stories) never sit in the driver's memory all at once and the executors can read them on any
 * cluster file system.
 */
final class ChunkedTable implements AutoCloseable {
  private static final int CHUNK = 50_000;

  private final SparkSession spark;
  private final StructType schema;
  private final String path;
  private final List<Row> rows = new ArrayList<>();
  private boolean written;

  ChunkedTable(SparkSession spark, StructType schema, String path) {
    this.spark = spark;
    this.schema = schema;
    this.path = path;
  }

  void add(Row row) {
    rows.add(row);
    if (rows.size() >= CHUNK) flush();
  }

  private void flush() {
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(written ? SaveMode.Append : SaveMode.Overwrite).parquet(path);
    written = true;
    rows.clear();
  }

  /** Writes the last chunk (an empty table when there were no rows). */
  @Override
  public void close() {
    if (!rows.isEmpty() || !written) flush();
  }
}
