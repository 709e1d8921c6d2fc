package dev.narrascope.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * A partition's rows taken as runs of consecutive rows with the same {@code long} key (a CLI batch,
 * when the rows come sorted by it), each run turned into output rows by {@code perRun}: holds one run
 * in memory at a time.
 */
final class RowRuns implements Iterator<Row> {
  private final Iterator<Row> rows;
  private final int keyColumn;
  private final Function<List<Row>, List<Row>> perRun;
  private final Deque<Row> ready = new ArrayDeque<>();
  private Row pending;

  RowRuns(Iterator<Row> rows, int keyColumn, Function<List<Row>, List<Row>> perRun) {
    this.rows = rows;
    this.keyColumn = keyColumn;
    this.perRun = perRun;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && (pending != null || rows.hasNext())) ready.addAll(perRun.apply(nextRun()));
    return !ready.isEmpty();
  }

  @Override
  public Row next() {
    if (!hasNext()) throw new NoSuchElementException();
    return ready.poll();
  }

  private List<Row> nextRun() {
    List<Row> run = new ArrayList<>();
    if (pending != null) run.add(pending);
    pending = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (!run.isEmpty() && r.getLong(keyColumn) != run.get(0).getLong(keyColumn)) {
        pending = r;
        break;
      }
      run.add(r);
    }
    return run;
  }
}
