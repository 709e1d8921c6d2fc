package dev.narrascope.store;

import dev.narrascope.corpus.CorpusState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The repost band keys stored as one write transaction sees them: immutable {@link Runs} (table
 * {@code repost_band_runs}, listed in {@code band_runs}, Flyway V7), a run per flush, filtered by band key.
 */
final class BandRuns {
  /** Every run gets a filter: band keys are nearly all unique (at 100k articles 97% of 4.36 M keys have one row), so a batch's look-ups nearly all miss. */
  static final RunLayout LAYOUT = new RunLayout("band_runs", "repost_band_runs", List.of("band_key", "article_id"),
      "band_key, article_id", rs -> rs.getLong(1), Long.MAX_VALUE);

  private final Runs runs;

  BandRuns(Runs runs) {
    this.runs = runs;
  }

  Runs runs() {
    return runs;
  }

  /**
   * Every stored row of {@code keys}: per key the ids of its articles in {@link CorpusState#ID_ORDER}.
   * A key is looked up only in the runs whose filter may hold it.
   */
  Map<Long, TreeSet<String>> rowsOf(long[] keys) throws SQLException {
    Map<Long, TreeSet<String>> byKey = new HashMap<>();
    for (Runs.Run run : runs.all()) {
      long[] maybe = Arrays.stream(keys).filter(run::mayHold).toArray();
      if (maybe.length == 0) continue;
      try (PreparedStatement ps = runs.connection().prepareStatement(
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

  /** Stores {@code bands} (band key to article ids) as one new run. */
  void write(Map<Long, ? extends Set<String>> bands) throws SQLException {
    var sorted = new TreeMap<Long, Set<String>>(bands);
    long rows = bands.values().stream().mapToLong(Set::size).sum();
    runs.write(rows, sorted.keySet().stream().mapToLong(Long::longValue), (ps, run) -> {
      for (var e : sorted.entrySet()) {
        for (String id : e.getValue()) {
          ps.setLong(1, run);
          ps.setLong(2, e.getKey());
          ps.setString(3, id);
          ps.addBatch();
        }
      }
    });
  }

  /** Deletes every run (the band keys are about to be written again from the articles). */
  void deleteAll() throws SQLException {
    runs.deleteAll();
  }
}
