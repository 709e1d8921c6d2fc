package dev.narrascope.spark;

import dev.narrascope.corpus.CorpusState;
import dev.narrascope.dedup.MinHashNearDuplicates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The repost candidates of one LSH band key's bucket: for each member, the members of earlier
 * batches that the corpus state would answer when the member's batch looks its bands up
 * ({@link CorpusState#articlesInBands}: per key the {@link MinHashNearDuplicates#MAX_BUCKET_COMPARISONS}
 * smallest ids in {@link CorpusState#ID_ORDER} among what earlier batches stored). Input: a row
 * {@code (key, members: array<struct<batch, id>>)}; output {@link DistributedReposts#PAIR} rows, later to earlier.
 */
final class EarlierInBands implements FlatMapFunction<Row, Row> {
  @Override
  public Iterator<Row> call(Row bucket) {
    List<Row> members = new ArrayList<>(bucket.getList(1));
    members.sort(Comparator.comparingLong((Row m) -> m.getLong(0)));
    TreeSet<String> earlier = new TreeSet<>(CorpusState.ID_ORDER);
    List<Row> out = new ArrayList<>();
    int from = 0;
    while (from < members.size()) {
      long batch = members.get(from).getLong(0);
      int to = from;
      while (to < members.size() && members.get(to).getLong(0) == batch) to++;
      for (int i = from; i < to; i++) {
        String id = members.get(i).getString(1);
        for (String candidate : earlier) out.add(RowFactory.create(batch, id, candidate));
      }
      for (int i = from; i < to; i++) earlier.add(members.get(i).getString(1));
      while (earlier.size() > MinHashNearDuplicates.MAX_BUCKET_COMPARISONS) earlier.pollLast();
      from = to;
    }
    return out.iterator();
  }
}
