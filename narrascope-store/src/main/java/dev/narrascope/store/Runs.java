package dev.narrascope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * Rows stored as immutable runs, as an LSM tree keeps them (the layout is a {@link RunLayout}), as one
 * write transaction sees them: each run with a {@link BandKeyFilter} of its filter keys when this store
 * instance has one, so a key is looked up only in the runs that may hold it.
 *
 * <p>A flush {@link #write}s its rows as one new run, in key order: they land together at the
 * B-tree's right edge (tens of pages) instead of on one random leaf per key. When a size level holds
 * {@link #FANOUT} runs they are merged into one of a higher level (size-tiered compaction, in the same
 * transaction, rows equal in the primary key after {@code run} kept once), so the runs stay few: about
 * {@code FANOUT - 1} per level, a level per factor of ten. Created by {@link RunFilters#begin} under the
 * corpus-state lock; not thread-safe.
 */
final class Runs {
  /** Runs of one level that are merged into one. */
  static final int FANOUT = 10;
  /** Filter capacity per stored row: twice, so that a filter at its capacity answers wrongly for ~0.05% of absent keys. */
  private static final int ROOM = 2;
  /** All the filters of one layout held together may not exceed this capacity (40 MB): beyond it runs are looked up without one. */
  static final long MAX_CAPACITY = 32L << 20;

  /** A stored run: its size level, its rows, and a filter of its keys ({@code null}: look every key up). */
  record Run(long id, int level, long keys, BandKeyFilter filter) {
    /** Whether the run may hold {@code key}: always without a filter. */
    boolean mayHold(long key) {
      return filter == null || filter.mightContain(key);
    }
  }

  /** Binds the rows of a new run to the layout's insert (run number first) and adds them to its batch. */
  @FunctionalInterface
  interface RowWriter {
    void write(PreparedStatement insert, long run) throws SQLException;
  }

  private final Connection c;
  private final RunLayout layout;
  /** The runs, oldest first. */
  private final TreeMap<Long, Run> runs = new TreeMap<>();
  /** Filters of the runs this transaction wrote: the store instance keeps them once it commits. */
  private final Map<Long, BandKeyFilter> made = new HashMap<>();
  private long capacityHeld;

  Runs(Connection c, RunLayout layout, Collection<Run> stored) {
    this.c = c;
    this.layout = layout;
    stored.forEach(this::add);
  }

  Connection connection() {
    return c;
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

  /** Whether a new run of {@code rows} rows gets a filter: the layout wants one and it fits. */
  private boolean filtered(long rows) {
    return layout.filters(rows) && fits(capacityHeld, rows);
  }

  /** The filters of the runs this transaction wrote, by run. */
  Map<Long, BandKeyFilter> made() {
    return made;
  }

  /** The runs, oldest first. */
  Collection<Run> all() {
    return runs.values();
  }

  /**
   * The runs whose filter may hold {@code key} (those without a filter too), newest rows first: lower
   * levels first (size-tiered compaction leaves the rows written since a level's last merge below it),
   * then the later run of a level first.
   */
  List<Long> mayHold(long key) {
    List<Run> out = new ArrayList<>();
    for (Run r : runs.values()) if (r.mayHold(key)) out.add(r);
    out.sort(NEWEST_ROWS_FIRST);
    return out.stream().map(Run::id).toList();
  }

  private static final Comparator<Run> NEWEST_ROWS_FIRST =
      Comparator.comparingInt(Run::level).thenComparing(Comparator.comparingLong(Run::id).reversed());

  /**
   * Stores {@code rows} rows as one new run: {@code writer} binds them, in key order, to
   * {@code INSERT INTO table (run, columns…)}; {@code keys} are their filter keys. Then merges any level that is full.
   */
  void write(long rows, LongStream keys, RowWriter writer) throws SQLException {
    if (rows == 0) return;
    long run = newRun(level(rows), rows);
    BandKeyFilter filter = filtered(rows) ? new BandKeyFilter(capacityFor(rows)) : null;
    if (filter != null) keys.forEach(filter::add);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + layout.table() + " (run, " + layout.columnList()
        + ") VALUES (?" + ", ?".repeat(layout.columns().size()) + ") ON CONFLICT DO NOTHING")) {
      writer.write(ps, run);
      ps.executeBatch();
    }
    added(new Run(run, level(rows), rows, filter));
    compact();
  }

  /** Deletes every run (the rows are about to be written again). */
  void deleteAll() throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM " + layout.table());
      st.executeUpdate("DELETE FROM " + layout.catalog());
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

  /** Replaces the runs {@code ids} by one run holding their rows in key order, each primary key once. */
  private void merge(List<Long> ids) throws SQLException {
    String in = " IN (" + SqlLists.marks(ids.size()) + ")";
    long run = newRun(0, 0);
    long rows;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + layout.table() + " (run, " + layout.columnList() + ")"
        + " SELECT ?, " + layout.columnList() + " FROM " + layout.table() + " WHERE run" + in
        + " ORDER BY " + layout.key() + " ON CONFLICT DO NOTHING")) {
      ps.setLong(1, run);
      for (int i = 0; i < ids.size(); i++) ps.setLong(i + 2, ids.get(i));
      rows = ps.executeUpdate();
    }
    for (String table : List.of(layout.table(), layout.catalog())) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run" + in)) {
        for (int i = 0; i < ids.size(); i++) ps.setLong(i + 1, ids.get(i));
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + layout.catalog() + " SET level = ?, keys = ? WHERE run = ?")) {
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
    added(new Run(run, level(rows), rows, filtered(rows) ? load(c, layout, run, rows) : null));
  }

  private void added(Run run) {
    add(run);
    if (run.filter() != null) made.put(run.id(), run.filter());
  }

  private void add(Run run) {
    runs.put(run.id(), run);
    if (run.filter() != null) capacityHeld += run.filter().capacity();
  }

  /** A new row of the catalog; returns its run number (never one used before, see V7__band_runs.sql). */
  private long newRun(int level, long keys) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + layout.catalog() + " (level, keys) VALUES (?, ?) RETURNING run")) {
      ps.setInt(1, level);
      ps.setLong(2, keys);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A filter of the keys of stored run {@code run}, which holds {@code keys} rows. */
  static BandKeyFilter load(Connection c, RunLayout layout, long run, long keys) throws SQLException {
    BandKeyFilter filter = new BandKeyFilter(capacityFor(keys));
    try (PreparedStatement ps = c.prepareStatement("SELECT " + layout.filterColumn() + " FROM " + layout.table() + " WHERE run = ?")) {
      ps.setFetchSize(10_000); // PostgreSQL streams the rows instead of holding them all
      ps.setLong(1, run);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) filter.add(layout.filterKey().of(rs));
      }
    }
    return filter;
  }
}
