package dev.narrascope.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.max;

import dev.narrascope.Article;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.dedup.MinHashNearDuplicates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The stories decided on the executors, for the driver's tail to record
 * ({@link dev.narrascope.story.StoryClusterer#given}): the run's batches are cut into segments
 * ({@link StorySegments}), each clustered on its own with the CLI's stories stage and rule
 * ({@link ClusterSegments}) after a lead-in of the previous segment's last batches, and the segments'
 * stories are stitched where their lead-in articles say a story goes on ({@link SegmentStitching}).
 * A repost ends in its original's story, as in the CLI.
 *
 * <p>A run of one segment is the CLI's clustering of the same batches, so it gives {@code analyze}'s
 * stories. Beyond one segment it is an approximation: each segment counts its own document
 * frequencies (from its lead-in on) instead of the whole run's so far, and a story reaches back into
 * the previous segment only through its lead-in. Used only for a store that held nothing before the
 * run, as {@link DistributedReposts}.
 */
final class DistributedStories {
  private DistributedStories() {}

  /** An article for {@link ClusterSegments}: its segment, whether it is that segment's lead-in, and its original. */
  static final StructType SEGMENT_INPUT = new StructType()
      .add("segment", DataTypes.LongType, false).add("lead_in", DataTypes.BooleanType, false)
      .add("index", DataTypes.LongType, false).add("batch", DataTypes.LongType, false)
      .add("article", DataTypes.StringType, false).add("repost_of", DataTypes.StringType, true);
  /** Where a segment put an article ({@link SegmentStitching.Placement}). */
  static final StructType PLACEMENT = new StructType()
      .add("segment", DataTypes.LongType, false).add("lead_in", DataTypes.BooleanType, false)
      .add("index", DataTypes.LongType, false).add("id", DataTypes.StringType, false)
      .add("story", DataTypes.StringType, false);
  static final StructType REPOST = new StructType()
      .add("id", DataTypes.StringType, false).add("repost_of", DataTypes.StringType, false);
  static final StructType STORY = new StructType()
      .add("id", DataTypes.StringType, false).add("story_id", DataTypes.StringType, false);

  /**
   * @param done     the analysed articles ({@link Rows#INDEXED})
   * @param links    their {@link DistributedReposts#LINKS}
   * @param tmp      a folder for the driver's intermediate tables
   * @param progress receives a line per step
   * @return a {@link #STORY} row per article
   */
  static Dataset<Row> stories(SparkSession spark, Dataset<Row> done, Dataset<Row> links, StorySegments segments,
                              int partitions, String tmp, Consumer<String> progress) {
    Row last = done.agg(max("batch")).first();
    // Every input failed: no story to decide (the findings table says why).
    if (last.isNullAt(0)) return spark.createDataFrame(List.of(), STORY);
    long lastBatch = last.getLong(0);
    Dataset<Row> reposts = reposts(spark, done, links, tmp + "/story_reposts");
    Dataset<Row> withOriginals = done.join(reposts, new String[] {"id"}, "left");
    long segmentCount = segments.segment(lastBatch) + 1;
    StorySegments s = segments;
    Dataset<Row> input = withOriginals
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          long batch = r.<Long>getAs("batch");
          long segment = s.segment(batch);
          Row own = RowFactory.create(segment, false, r.<Long>getAs("index"), batch, r.<String>getAs("article"), r.<String>getAs("repost_of"));
          if (segment + 1 >= segmentCount || !s.leadsIn(batch)) return List.of(own).iterator();
          return List.of(own, RowFactory.create(segment + 1, true, r.<Long>getAs("index"), batch, r.<String>getAs("article"),
              r.<String>getAs("repost_of"))).iterator();
        }, Encoders.row(SEGMENT_INPUT));
    int spread = (int) Math.max(1, Math.min(segmentCount, partitions));
    Dataset<Row> placements = input.repartition(spread, col("segment")).sortWithinPartitions("segment", "index")
        .mapPartitions(new ClusterSegments(), Encoders.row(PLACEMENT));
    placements.write().mode("overwrite").parquet(tmp + "/story_placements");
    placements = spark.read().parquet(tmp + "/story_placements");
    progress.accept(String.format("stories clustered in %d segment%s of %d batches on the executors", segmentCount,
        segmentCount == 1 ? "" : "s", segments.batches()));

    // The lead-in placements and their articles' own ones: all that stitching reads.
    Dataset<Row> leadIns = placements.filter(col("lead_in"));
    Dataset<Row> needed = leadIns.unionByName(placements.filter(col("lead_in").equalTo(false))
        .join(leadIns.select("id"), new String[] {"id"}, "left_semi"));
    List<SegmentStitching.Placement> stitching = new ArrayList<>();
    for (Iterator<Row> it = needed.toLocalIterator(); it.hasNext(); ) {
      Row r = it.next();
      stitching.add(new SegmentStitching.Placement(r.getLong(0), r.getBoolean(1), r.getLong(2), r.getString(3), r.getString(4)));
    }
    Map<String, String> continued = SegmentStitching.continued(stitching);
    progress.accept(String.format("%d stories continued across segments", continued.size()));
    Broadcast<Map<String, String>> map = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(continued);
    Dataset<Row> own = placements.filter(col("lead_in").equalTo(false))
        .map((MapFunction<Row, Row>) r -> {
          String story = r.getString(4);
          return RowFactory.create(r.getString(3), map.value().getOrDefault(SegmentStitching.key(r.getLong(0), story), story));
        }, Encoders.row(STORY));
    // A repost goes where its original went, as in the CLI (its segment may not have seen the original).
    Dataset<Row> originals = own.select(col("id").as("repost_of"), col("story_id").as("original_story"));
    return own.join(reposts, new String[] {"id"}, "left").join(originals, new String[] {"repost_of"}, "left")
        .select(col("id"), coalesce(col("original_story"), col("story_id")).as("story_id"));
  }

  /**
   * Each repost's original by the CLI's rule ({@link MinHashNearDuplicates#mark}) over the given links,
   * on the driver in the CLI's order: what the rule reads of earlier articles is their date and their
   * own original, so it runs on small stand-ins and keeps only those that later links name. Written to
   * {@code path} as {@link #REPOST} rows.
   */
  private static Dataset<Row> reposts(SparkSession spark, Dataset<Row> done, Dataset<Row> links, String path) {
    Set<String> named = new HashSet<>();
    links.select(explode(col("stored_copies"))).distinct().toLocalIterator().forEachRemaining(r -> named.add(r.getString(0)));
    MinHashNearDuplicates rule = new MinHashNearDuplicates();
    InMemoryCorpusState earlier = new InMemoryCorpusState();
    Iterator<Row> ordered = done.select(col("index"), col("batch"), col("id"), get_json_object(col("article"), "$.published").as("published"))
        .join(links, "id").select("index", "batch", "id", "published", "group", "stored_copies")
        .orderBy("index").toLocalIterator();
    try (ChunkedTable out = new ChunkedTable(spark, REPOST, path)) {
      List<Article> batch = new ArrayList<>();
      List<MinHashNearDuplicates.Links> batchLinks = new ArrayList<>();
      long current = Long.MIN_VALUE;
      while (true) {
        Row r = ordered.hasNext() ? ordered.next() : null;
        if (!batch.isEmpty() && (r == null || r.getLong(1) != current)) {
          List<Article> marked = rule.mark(batch, batchLinks, earlier);
          Map<String, Article> byId = new HashMap<>();
          marked.forEach(a -> byId.put(a.id(), a));
          for (Article a : marked) {
            String original = a.analysis().repostOf();
            if (original != null) out.add(RowFactory.create(a.id(), original));
            if (!named.contains(a.id())) continue;
            // The rule reads a named article's own original too: keep it (from this batch, or kept before).
            earlier.putArticles(List.of(a));
            if (original != null && byId.containsKey(original)) earlier.putArticles(List.of(byId.get(original)));
          }
          batch.clear();
          batchLinks.clear();
        }
        if (r == null) break;
        current = r.getLong(1);
        String published = r.isNullAt(3) ? null : r.getString(3);
        batch.add(new Article(r.getString(2), r.getString(2), null, "", null, published == null ? null : LocalDate.parse(published),
            null, 1, "", null, null));
        batchLinks.add(new MinHashNearDuplicates.Links(null, r.getInt(4), r.getList(5)));
      }
    }
    return spark.read().parquet(path);
  }
}
