package dev.narrascope.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Where one kind of immutable runs ({@link Runs}) is stored: the table listing the runs, the table of
 * their rows (keyed by {@code run} first, then {@code key}), and how a row's filter key is read.
 *
 * @param catalog table of the runs: {@code run} (never reused), {@code level}, {@code keys} (rows)
 * @param table table of the rows: column {@code run}, then {@code columns}
 * @param columns the row's columns after {@code run}, in insert order
 * @param key the columns after {@code run} of the primary key, in order: a run is written and merged in this order
 * @param filterKey the filter key of the row whose {@code key}'s first column is column 1 of {@code rs}
 * @param unfilteredFrom runs of this many rows or more get no filter: they hold nearly every key asked
 *     for, so a filter would skip no look-up and only cost its load ({@code Long.MAX_VALUE}: every run gets one)
 */
record RunLayout(String catalog, String table, List<String> columns, String key, FilterKey filterKey, long unfilteredFrom) {

  /** Reads a row's filter key. */
  @FunctionalInterface
  interface FilterKey {
    long of(ResultSet rs) throws SQLException;
  }

  /** The first column of {@link #key}: the one a filter holds. */
  String filterColumn() {
    return key.split(",")[0].strip();
  }

  /** Whether a run of {@code keys} rows is worth a filter ({@link #unfilteredFrom}). */
  boolean filters(long keys) {
    return keys < unfilteredFrom;
  }

  String columnList() {
    return String.join(", ", columns);
  }
}
