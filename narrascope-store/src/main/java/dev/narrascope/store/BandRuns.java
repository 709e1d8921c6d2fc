package dev.narrascope.store;

import dev.narrascope.corpus.CorpusState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The repost band keys stored as one write transaction sees them: immutable runs (table
 * {@code repost_band_runs}, listed in {@code band_runs}), each with a {@link BandKeyFilter} of its keys
 * when this store instance has one, so a key is looked up only in the runs that may hold it.
 *
 * <p>A flush {@link #write}s its keys as one new run, in key order: the rows land together at the
 * B-tree's right edge (tens of pages) instead of on one random leaf per key. When a size level holds
 * {@link #FANOUT} runs they are merged into one of a higher level (size-tiered compaction, in the same
 * transaction), so the runs stay few: about {@code FANOUT - 1} per level, a level per factor of ten.
 * Created by {@link StoredBandKeys#begin} under the corpus-state lock; not thread-safe.
 */
final class BandRuns {
  /** Runs of one level that are merged into one. */
  static final int FANOUT = 10;
  /** Filter capacity per stored key: twice, so that a filter at its capacity answers wrongly for ~0.05% of absent keys. */
  private static final int ROOM = 2;
  /** All the filters held together may not exceed this capacity (40 MB): beyond it runs are looked up without one. */
  static final long MAX_CAPACITY = 32L << 20;

  /** A stored run: its size level, its rows, and a filter of its keys ({@code null}: look every key up). */
  record Run(long id, int level, long keys, BandKeyFilter filter) {}

  private final Connection c;
  /** The runs, oldest first. */
  private final TreeMap<Long, Run> runs = new TreeMap<>();
  /** Filters of the runs this transaction wrote: the store instance keeps them once it commits. */
  private final Map<Long, BandKeyFilter> made = new HashMap<>();
  private long capacityHeld;

  BandRuns(Connection c, Collection<Run> stored) {
    this.c = c;
    stored.forEach(this::add);
  }

  /** The size level of a run of {@code keys} rows: floor(log10), 0 for an empty one. */
  static int level(long keys) {
    return Long.toString(Math.max(1, keys)).length() - 1;
  }

  /** The capacity of a filter for a run of {@code keys} rows. */
  static long capacityFor(long keys) {
    return Math.max(64, ROOM * keys);
  }

  /** Whether a filter for a run of {@code keys} rows still fits beside {@code held} capacity. */
  static boolean fits(long held, long keys) {
    return held + capacityFor(keys) <= MAX_CAPACITY;
  }

  /** The filters of the runs this transaction wrote, by run. */
  Map<Long, BandKeyFilter> made() {
    return made;
  }

  /**
   * Every stored row of {@code keys}: per key the ids of its articles in {@link CorpusState#ID_ORDER}.
   * A key is looked up only in the runs whose filter may hold it.
   */
  Map<Long, TreeSet<String>> rowsOf(long[] keys) throws SQLException {
    Map<Long, TreeSet<String>> byKey = new HashMap<>();
    for (Run run : runs.values()) {
      long[] maybe = run.filter() == null ? keys : Arrays.stream(keys).filter(run.filter()::mightContain).toArray();
      if (maybe.length == 0) continue;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT band_key, article_id FROM repost_band_runs WHERE run = ? AND band_key IN (" + SqlLists.marks(maybe.length) + ")")) {
        ps.setLong(1, run.id());
        for (int i = 0; i < maybe.length; i++) ps.setLong(i + 2, maybe[i]);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) byKey.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>(CorpusState.ID_ORDER)).add(rs.getString(2));
        }
      }
    }
    return byKey;
  }

  /** Stores {@code bands} (band key to article ids) as one new run, then merges any level that is full. */
  void write(Map<Long, ? extends Set<String>> bands) throws SQLException {
    long rows = bands.values().stream().mapToLong(Set::size).sum();
    if (rows == 0) return;
    long run = newRun(level(rows), rows);
    BandKeyFilter filter = fits(capacityHeld, rows) ? new BandKeyFilter(capacityFor(rows)) : null;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO repost_band_runs (run, band_key, article_id) VALUES (?, ?, ?)")) {
      for (var e : new TreeMap<>(bands).entrySet()) {
        for (String id : e.getValue()) {
          ps.setLong(1, run);
          ps.setLong(2, e.getKey());
          ps.setString(3, id);
          ps.addBatch();
        }
        if (filter != null) filter.add(e.getKey());
      }
      ps.executeBatch();
    }
    added(new Run(run, level(rows), rows, filter));
    compact();
  }

  /** Deletes every run (the band keys are about to be written again from the articles). */
  void deleteAll() throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM repost_band_runs");
      st.executeUpdate("DELETE FROM band_runs");
    }
    runs.clear();
    made.clear();
    capacityHeld = 0;
  }

  /** Merges the runs of each level that holds {@link #FANOUT}, lowest level first, until none does. */
  private void compact() throws SQLException {
    for (boolean merged = true; merged; ) {
      merged = false;
      Map<Integer, List<Long>> byLevel = new TreeMap<>();
      for (Run r : runs.values()) byLevel.computeIfAbsent(r.level(), l -> new ArrayList<>()).add(r.id());
      for (List<Long> level : byLevel.values()) {
        if (level.size() >= FANOUT) {
          merge(level);
          merged = true;
          break;
        }
      }
    }
  }

  /** Replaces the runs {@code ids} by one run holding their rows, in key order. */
  private void merge(List<Long> ids) throws SQLException {
    String in = " IN (" + SqlLists.marks(ids.size()) + ")";
    long run = newRun(0, 0);
    long rows;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO repost_band_runs (run, band_key, article_id)"
        + " SELECT DISTINCT ?, band_key, article_id FROM repost_band_runs WHERE run" + in + " ORDER BY band_key, article_id")) {
      ps.setLong(1, run);
      for (int i = 0; i < ids.size(); i++) ps.setLong(i + 2, ids.get(i));
      rows = ps.executeUpdate();
    }
    for (String table : List.of("repost_band_runs", "band_runs")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run" + in)) {
        for (int i = 0; i < ids.size(); i++) ps.setLong(i + 1, ids.get(i));
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE band_runs SET level = ?, keys = ? WHERE run = ?")) {
      ps.setInt(1, level(rows));
      ps.setLong(2, rows);
      ps.setLong(3, run);
      ps.executeUpdate();
    }
    for (long id : ids) {
      Run gone = runs.remove(id);
      if (gone.filter() != null) capacityHeld -= gone.filter().capacity();
      made.remove(id);
    }
    added(new Run(run, level(rows), rows, fits(capacityHeld, rows) ? load(c, run, rows) : null));
  }

  private void added(Run run) {
    add(run);
    if (run.filter() != null) made.put(run.id(), run.filter());
  }

  private void add(Run run) {
    runs.put(run.id(), run);
    if (run.filter() != null) capacityHeld += run.filter().capacity();
  }

  /** A new row of {@code band_runs}; returns its run number (never one used before, see V7__band_runs.sql). */
  private long newRun(int level, long keys) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO band_runs (level, keys) VALUES (?, ?) RETURNING run")) {
      ps.setInt(1, level);
      ps.setLong(2, keys);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A filter of the keys of stored run {@code run}, which holds {@code keys} rows. */
  static BandKeyFilter load(Connection c, long run, long keys) throws SQLException {
    BandKeyFilter filter = new BandKeyFilter(capacityFor(keys));
    try (PreparedStatement ps = c.prepareStatement("SELECT band_key FROM repost_band_runs WHERE run = ?")) {
      ps.setFetchSize(10_000); // PostgreSQL streams the rows instead of holding them all
      ps.setLong(1, run);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) filter.add(rs.getLong(1));
      }
    }
    return filter;
  }
}
