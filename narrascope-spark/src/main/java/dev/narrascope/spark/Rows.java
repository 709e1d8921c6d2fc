package dev.narrascope.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Json;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows that move between the job's steps. An article travels as its JSON (the store's own
 * encoding, {@link Json#MAPPER}), so every field the pipeline adds survives a shuffle unchanged; a
 * finding met on an executor travels in the same rows as JSON in the {@code finding} column.
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

  /**
   * An article with its place in the CLI's reading order ({@code index}) and the CLI's batch
   * ({@code index / batchSize}), or a finding ({@code article} null).
   */
  static final StructType INDEXED = new StructType()
      .add("index", DataTypes.LongType, true)
      .add("batch", DataTypes.LongType, true)
      .add("id", DataTypes.StringType, true)
      .add("article", DataTypes.StringType, true)
      .add("finding", DataTypes.StringType, true);

  static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  static Article article(String json) {
    return read(json, Article.class);
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
