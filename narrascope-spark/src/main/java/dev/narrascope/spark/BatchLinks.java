package dev.narrascope.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.dedup.MinHashNearDuplicates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * {@link MinHashNearDuplicates#links} of each CLI batch on an executor: the partition's
 * {@link DistributedReposts#BATCH_INPUT} rows come sorted by batch, the batch's own articles (kind 0,
 * in index order, with their band keys and stored candidates) before the texts of those candidates
 * (kind 1). Yields one {@link DistributedReposts#LINKS} row per article; holds one batch at a time.
 */
final class BatchLinks implements MapPartitionsFunction<Row, Row> {
  private static final MinHashNearDuplicates RULE = new MinHashNearDuplicates();

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new RowRuns(rows, 0, BatchLinks::link);
  }

  private static List<Row> link(List<Row> rowsOfBatch) {
    List<Article> articles = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    List<Set<String>> sharing = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (Row r : rowsOfBatch) {
      if (r.getInt(1) == 1) {
        texts.put(r.getString(3), text(r.getString(4)));
        continue;
      }
      articles.add(Rows.article(r.getString(4)));
      keys.add(Rows.bands(r.isNullAt(5) ? null : r.<Long>getList(5)));
      sharing.add(r.isNullAt(6) ? Set.of() : new HashSet<>(r.<String>getList(6)));
    }
    List<MinHashNearDuplicates.Links> links = RULE.links(articles, keys.toArray(long[][]::new), sharing, texts);
    List<Row> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      MinHashNearDuplicates.Links l = links.get(i);
      out.add(RowFactory.create(articles.get(i).id(), l.group(), l.storedCopies().toArray(String[]::new)));
    }
    return out;
  }

  /** An article's text from its JSON, without decoding the rest. */
  private static String text(String json) {
    try {
      return Json.MAPPER.readTree(json).get("text").asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode Article: " + e.getMessage(), e);
    }
  }
}
