package dev.narrascope.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.dedup.MinHashNearDuplicates;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
    return new Iterator<>() {
      private final Deque<Row> ready = new ArrayDeque<>();
      private Row pending;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && (pending != null || rows.hasNext())) fill();
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.poll();
      }

      private void fill() {
        List<Row> batch = new ArrayList<>();
        if (pending != null) batch.add(pending);
        pending = null;
        while (rows.hasNext()) {
          Row r = rows.next();
          if (!batch.isEmpty() && r.getLong(0) != batch.get(0).getLong(0)) {
            pending = r;
            break;
          }
          batch.add(r);
        }
        link(batch);
      }

      private void link(List<Row> rowsOfBatch) {
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
        for (int i = 0; i < articles.size(); i++) {
          MinHashNearDuplicates.Links l = links.get(i);
          ready.add(RowFactory.create(articles.get(i).id(), l.group(), l.storedCopies().toArray(String[]::new)));
        }
      }
    };
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
