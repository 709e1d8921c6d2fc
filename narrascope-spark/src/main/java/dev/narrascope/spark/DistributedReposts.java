package dev.narrascope.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import dev.narrascope.dedup.MinHashNearDuplicates;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The reposts' evidence computed on the executors, for the driver's tail to apply the CLI's rule on
 * ({@link MinHashNearDuplicates#given}): each analysed article's band keys come from its batch
 * ({@link AnalyseBatches}); exploded and grouped by key they give the candidates from earlier batches
 * ({@link EarlierInBands}); each batch with its candidates' texts then gets its verified
 * {@link MinHashNearDuplicates.Links} ({@link BatchLinks}). The candidates are those a store holding
 * the earlier batches answers, so this equals {@code analyze} only when the store held nothing before
 * the run: otherwise the job looks reposts up in the store as {@code analyze} does.
 */
final class DistributedReposts {
  private DistributedReposts() {}

  static final StructType PAIR = new StructType()
      .add("batch", DataTypes.LongType, false).add("id", DataTypes.StringType, false)
      .add("candidate", DataTypes.StringType, false);
  /** A batch's own article (kind 0) or the text of one of its stored candidates (kind 1). */
  static final StructType BATCH_INPUT = new StructType()
      .add("batch", DataTypes.LongType, false).add("kind", DataTypes.IntegerType, false)
      .add("index", DataTypes.LongType, true).add("id", DataTypes.StringType, false)
      .add("article", DataTypes.StringType, false).add("bands", Rows.BANDS, true)
      .add("sharing", DataTypes.createArrayType(DataTypes.StringType, false), true);
  static final StructType LINKS = new StructType()
      .add("id", DataTypes.StringType, false).add("group", DataTypes.IntegerType, false)
      .add("stored_copies", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /**
   * @param done       the analysed articles ({@link Rows#INDEXED}, band keys set)
   * @param partitions how many partitions the batches spread over
   * @return a {@link #LINKS} row per article
   */
  static Dataset<Row> links(Dataset<Row> done, int partitions) {
    Dataset<Row> pairs = done.filter(col("bands").isNotNull())
        .select(explode(col("bands")).as("key"), col("batch"), col("id"))
        .groupBy("key").agg(collect_list(struct("batch", "id")).as("members"))
        .filter(size(col("members")).gt(1))
        .flatMap(new EarlierInBands(), Encoders.row(PAIR))
        .distinct();
    Dataset<Row> sharing = pairs.groupBy("id").agg(collect_set("candidate").as("sharing"));
    Dataset<Row> own = done.join(sharing, new String[] {"id"}, "left")
        .select(col("batch"), lit(0).as("kind"), col("index"), col("id"), col("article"), col("bands"), col("sharing"));
    Dataset<Row> candidates = pairs.select("batch", "candidate").distinct()
        .join(done.select(col("id").as("candidate"), col("article")), "candidate")
        .select(col("batch"), lit(1).as("kind"), lit(null).cast("long").as("index"), col("candidate").as("id"),
            col("article"), lit(null).cast(Rows.BANDS).as("bands"), lit(null).cast(BATCH_INPUT.apply("sharing").dataType()).as("sharing"));
    return own.union(candidates).repartition(partitions, col("batch")).sortWithinPartitions("batch", "kind", "index", "id")
        .mapPartitions(new BatchLinks(), Encoders.row(LINKS));
  }
}
