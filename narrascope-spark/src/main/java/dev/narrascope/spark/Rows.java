package dev.narrascope.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Json;
import dev.narrascope.corpus.Embeddings;
import dev.narrascope.corpus.TermCounts;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows that move between the job's steps. An article travels as its JSON (the store's own
 * encoding, {@link Json#MAPPER}), so every field the pipeline adds survives a shuffle unchanged; a
 * finding met on an executor travels in the same rows as JSON in the {@code finding} column. An
 * analysed article also carries its sentence embedding and its story terms ({@link #analysed}), which
 * the store's JSON leaves out, so that the driver's story stage reads them instead of computing them
 * again.
 */
final class Rows {
  private Rows() {}

  /** What reading yields: per input file, its articles (and findings) in reading order. */
  static final StructType READ = new StructType()
      .add("file", DataTypes.IntegerType, false)
      .add("seq", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, true)
      .add("article", DataTypes.StringType, true)
      .add("finding", DataTypes.StringType, true);

  /** An article's repost LSH band keys ({@code MinHashNearDuplicates.bandKeys}). */
  static final ArrayType BANDS = DataTypes.createArrayType(DataTypes.LongType, false);

  /**
   * An article with its place in the CLI's reading order ({@code index}) and the CLI's batch
   * ({@code index / batchSize}), or a finding ({@code article} null); once analysed, with its band
   * keys ({@code bands}, null for an empty text).
   */
  static final StructType INDEXED = new StructType()
      .add("index", DataTypes.LongType, true)
      .add("batch", DataTypes.LongType, true)
      .add("id", DataTypes.StringType, true)
      .add("article", DataTypes.StringType, true)
      .add("finding", DataTypes.StringType, true)
      .add("bands", BANDS, true);

  private static final String EMBEDDING = "embedding";
  private static final String STORY_TERMS = "storyTerms";

  static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * An analysed article's JSON with its embedding, if any, in an extra {@value #EMBEDDING} field (Base64,
   * exact) and its story terms, if any, in {@value #STORY_TERMS} (JSON numbers, which read back exactly).
   */
  static String analysed(Article a) {
    float[] embedding = a.analysis().embedding();
    TermCounts terms = a.analysis().storyTerms();
    if (embedding == null && terms == null) return json(a);
    ObjectNode node = Json.MAPPER.valueToTree(a);
    if (embedding != null) node.put(EMBEDDING, Embeddings.encode(embedding));
    if (terms != null) node.set(STORY_TERMS, Json.MAPPER.valueToTree(terms));
    return node.toString();
  }

  /** An article from {@link #json} or {@link #analysed}, with its embedding and story terms where they travelled. */
  static Article article(String json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      Article a = Json.MAPPER.treeToValue(node, Article.class);
      JsonNode embedding = node.get(EMBEDDING);
      JsonNode terms = node.get(STORY_TERMS);
      if (embedding == null && terms == null) return a;
      Analysis analysis = a.analysis();
      if (embedding != null) analysis = analysis.withEmbedding(Embeddings.decode(embedding.asText()));
      if (terms != null) analysis = analysis.withStoryTerms(Json.MAPPER.treeToValue(terms, TermCounts.class));
      return a.withAnalysis(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode Article: " + e.getMessage(), e);
    }
  }

  /** Band keys as a {@link #BANDS} value. */
  static Long[] bands(long[] keys) {
    return keys == null ? null : Arrays.stream(keys).boxed().toArray(Long[]::new);
  }

  /** A {@link #BANDS} value's band keys. */
  static long[] bands(List<Long> value) {
    return value == null ? null : value.stream().mapToLong(Long::longValue).toArray();
  }

  static Finding finding(String json) {
    return read(json, Finding.class);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
