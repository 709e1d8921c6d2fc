package dev.narrascope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one store instance knows of one kind of stored runs ({@link Runs}, band keys or story postings):
 * a {@link BandKeyFilter} per stored run, so that a batch's look-ups of keys nobody stored (nearly all
 * of them in a big store) never reach the database, and the others reach only the runs that may hold them.
 *
 * <p>Correct with other writers (another process or store instance on the same database) by
 * construction: runs are immutable and a run number is never used twice, so a filter stays right for
 * as long as its run exists (rows deleted from a run leave it answering "maybe", never wrongly "no").
 * Every write transaction reads the list of runs once it holds the corpus-state lock ({@link #begin});
 * it drops the filters of runs that are gone and looks up runs it has no filter of in full. A filter is
 * loaded (a read of the run's keys) in that transaction when the run is small or this instance has
 * written before: a process's first batch reads no big run whole (a one-batch {@code analyze} pays no
 * start-up scan), its later batches load each run once; runs of the layout's unfiltered size
 * ({@link RunLayout#unfilteredFrom}) never get one. Filters of the runs a transaction writes are
 * made from the keys it writes and kept once it commits ({@link #committed}).
 *
 * <p>Memory: 20 bits per stored row (11 MB per 4.4 M rows), at most {@link Runs#MAX_CAPACITY}
 * of capacity in all; runs beyond it are looked up without a filter. Thread-safe.
 */
final class RunFilters {
  /** Runs up to this many rows get a filter in a process's first transaction too (a read of a few ms). */
  private static final long SMALL_RUN = 1 << 16;

  private final RunLayout layout;
  /** Filters of committed runs, by run number. */
  private final Map<Long, BandKeyFilter> filters = new HashMap<>();
  private final long smallRun;
  /** Whether a transaction of this instance has begun before: from then on big runs are loaded too. */
  private boolean warm;

  RunFilters(RunLayout layout) {
    this(layout, SMALL_RUN);
  }

  /** Loads the filters of runs over {@code smallRun} rows from the second transaction on. */
  RunFilters(RunLayout layout, long smallRun) {
    this.layout = layout;
    this.smallRun = smallRun;
  }

  /** Called by every write transaction once it holds the corpus-state lock, before any look-up. */
  synchronized Runs begin(Connection c) throws SQLException {
    List<Runs.Run> stored = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT run, level, keys FROM " + layout.catalog() + " ORDER BY run");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) stored.add(new Runs.Run(rs.getLong(1), rs.getInt(2), rs.getLong(3), null));
    }
    Set<Long> ids = new HashSet<>();
    stored.forEach(r -> ids.add(r.id()));
    filters.keySet().retainAll(ids);
    long held = filters.values().stream().mapToLong(BandKeyFilter::capacity).sum();
    List<Runs.Run> runs = new ArrayList<>();
    for (Runs.Run r : stored) {
      BandKeyFilter f = filters.get(r.id());
      if (f == null && (warm || r.keys() <= smallRun) && layout.filters(r.keys()) && Runs.fits(held, r.keys())) {
        f = Runs.load(c, layout, r.id(), r.keys());
        filters.put(r.id(), f);
        held += f.capacity();
      }
      runs.add(new Runs.Run(r.id(), r.level(), r.keys(), f));
    }
    warm = true;
    return new Runs(c, layout, runs);
  }

  /** Keeps the filters of the runs {@code runs}' transaction wrote: called once it committed. */
  synchronized void committed(Runs runs) {
    filters.putAll(runs.made());
  }
}
