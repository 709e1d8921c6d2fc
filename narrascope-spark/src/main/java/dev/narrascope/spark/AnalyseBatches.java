package dev.narrascope.spark;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.dedup.MinHashNearDuplicates;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Runs the pipeline's per-article and batch stages ({@link dev.narrascope.Pipeline#analyse}) on an
 * executor, one CLI batch at a time: the partition's {@link Rows#INDEXED} rows come sorted by batch
 * and index, so the batch stages (repeated-boilerplate removal, canonical actor names) see exactly
 * the articles they see in {@code analyze}; so do the articles' repost band keys, weighed within the
 * batch ({@link MinHashNearDuplicates#bandKeys}). Yields the analysed articles in order, then the
 * batch's findings; holds one batch at a time.
 */
final class AnalyseBatches implements MapPartitionsFunction<Row, Row> {
  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new RowRuns(rows, 1, AnalyseBatches::analyse);
  }

  private static List<Row> analyse(List<Row> batch) {
    List<Article> articles = batch.stream().map(r -> Rows.article(r.getString(3))).toList();
    Findings findings = Findings.tracking(10_000);
    List<Article> done = Models.pipeline().analyse(articles, findings, a -> {});
    long[][] bands = MinHashNearDuplicates.bandKeys(done);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < done.size(); i++) {
      Row in = batch.get(i);
      out.add(RowFactory.create(in.getLong(0), in.getLong(1), in.getString(2), Rows.analysed(done.get(i)), null,
          Rows.bands(bands[i])));
    }
    for (Finding f : findings.list()) out.add(RowFactory.create(null, batch.get(0).getLong(1), null, null, Rows.json(f), null));
    return out;
  }
}
