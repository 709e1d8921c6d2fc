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
 * What one store instance knows of the stored repost band keys: a {@link BandKeyFilter} per stored
 * run ({@link BandRuns}), so that a batch's band look-ups of keys nobody stored (nearly all of them in
 * a big store) never reach the database.
 *
 * <p>Correct with other writers (another process or store instance on the same database) by
 * construction: runs are immutable and a run number is never used twice, so a filter stays right for
 * as long as its run exists. Every write transaction reads the list of runs once it holds the
 * corpus-state lock ({@link #begin}); it drops the filters of runs that are gone and looks up runs it
 * has no filter of in full. A filter is loaded (a read of the run's keys) in that transaction when the
 * run is small or this instance has written before: a process's first batch reads no big run whole
 * (a one-batch {@code analyze} pays no start-up scan), its later batches load each run once. Filters of
 * the runs a transaction writes are made from the keys it writes and kept once it commits ({@link #committed}).
 *
 * <p>Memory: 20 bits per stored key (11 MB at 100,000 articles), at most {@link BandRuns#MAX_CAPACITY}
 * of capacity in all; runs beyond it are looked up without a filter. Thread-safe.
 */
final class StoredBandKeys {
  /** Runs up to this many rows get a filter in a process's first transaction too (a read of a few ms). */
  private static final long SMALL_RUN = 1 << 16;

  /** Filters of committed runs, by run number. */
  private final Map<Long, BandKeyFilter> filters = new HashMap<>();
  private final long smallRun;
  /** Whether a transaction of this instance has begun before: from then on big runs are loaded too. */
  private boolean warm;

  StoredBandKeys() {
    this(SMALL_RUN);
  }

  /** Loads the filters of runs over {@code smallRun} rows from the second transaction on. */
  StoredBandKeys(long smallRun) {
    this.smallRun = smallRun;
  }

  /** Called by every write transaction once it holds the corpus-state lock, before any band look-up. */
  synchronized BandRuns begin(Connection c) throws SQLException {
    List<BandRuns.Run> stored = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT run, level, keys FROM band_runs ORDER BY run");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) stored.add(new BandRuns.Run(rs.getLong(1), rs.getInt(2), rs.getLong(3), null));
    }
    Set<Long> ids = new HashSet<>();
    stored.forEach(r -> ids.add(r.id()));
    filters.keySet().retainAll(ids);
    long held = filters.values().stream().mapToLong(BandKeyFilter::capacity).sum();
    List<BandRuns.Run> runs = new ArrayList<>();
    for (BandRuns.Run r : stored) {
      BandKeyFilter f = filters.get(r.id());
      if (f == null && (warm || r.keys() <= smallRun) && BandRuns.fits(held, r.keys())) {
        f = BandRuns.load(c, r.id(), r.keys());
        filters.put(r.id(), f);
        held += f.capacity();
      }
      runs.add(new BandRuns.Run(r.id(), r.level(), r.keys(), f));
    }
    warm = true;
    return new BandRuns(c, runs);
  }

  /** Keeps the filters of the runs {@code runs}' transaction wrote: called once it committed. */
  synchronized void committed(BandRuns runs) {
    filters.putAll(runs.made());
  }
}
