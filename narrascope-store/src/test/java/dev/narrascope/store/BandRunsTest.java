package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs of band keys on SQLite: one run per write, merged ten to one per size level; the same answers with or without filters. */
class BandRunsTest {
  @TempDir Path dir;
  private Connection c;

  @BeforeEach
  void schema() throws SQLException {
    Path file = dir.resolve("bands.db");
    SqliteArticleStore.open(file).close();
    c = DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  /** {@code batches} writes of ten rows each (keys 10 i to 10 i + 9, article a-i), each in its own transaction. */
  private void write(RunFilters keys, int from, int batches) throws SQLException {
    for (int i = from; i < from + batches; i++) {
      Map<Long, Set<String>> bands = new TreeMap<>();
      for (int k = 0; k < 10; k++) bands.put(10L * i + k, Set.of("a-" + i));
      inTransaction(keys, runs -> runs.write(bands));
    }
  }

  private interface Work {
    void run(BandRuns runs) throws SQLException;
  }

  private void inTransaction(RunFilters keys, Work work) throws SQLException {
    c.setAutoCommit(false);
    BandRuns runs = new BandRuns(keys.begin(c));
    work.run(runs);
    c.commit();
    c.setAutoCommit(true);
    keys.committed(runs.runs());
  }

  /** "level:runs" per level, lowest first, and the rows in all. */
  private List<String> levels() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT level, count(*), sum(keys) FROM band_runs GROUP BY level ORDER BY level")) {
      while (rs.next()) out.add(rs.getInt(1) + ":" + rs.getInt(2) + " runs, " + rs.getLong(3) + " rows");
    }
    return out;
  }

  /** Per key of 0 to {@code keys} - 1 (and one never written), the ids found. */
  private List<String> answers(RunFilters store, int keys) throws SQLException {
    List<String> out = new ArrayList<>();
    inTransaction(store, runs -> {
      long[] all = new long[keys + 1];
      for (int k = 0; k <= keys; k++) all[k] = k;
      all[keys] = -1;
      var found = new TreeMap<>(runs.rowsOf(all));
      found.forEach((k, ids) -> out.add(k + "=" + ids));
    });
    return out;
  }

  @Test
  void tenRunsOfALevel_areMergedIntoOneOfTheNext_keepingEveryRow() throws SQLException {
    RunFilters keys = new RunFilters(BandRuns.LAYOUT);
    write(keys, 0, 9);
    assertThat(levels()).containsExactly("1:9 runs, 90 rows");
    List<String> before = answers(keys, 90);
    write(keys, 9, 1);
    assertThat(levels()).containsExactly("2:1 runs, 100 rows");
    assertThat(answers(keys, 90)).isEqualTo(before).hasSize(90).startsWith("0=[a-0]");
    write(keys, 10, 90);
    assertThat(levels()).containsExactly("3:1 runs, 1000 rows");
    assertThat(answers(new RunFilters(BandRuns.LAYOUT), 1000)).isEqualTo(answers(keys, 1000)).hasSize(1000).endsWith("999=[a-99]");
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM repost_band_runs")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1000);
    }
  }

  @Test
  void runsWithoutAFilter_inAProcesssFirstTransaction_answerAlike() throws SQLException {
    write(new RunFilters(BandRuns.LAYOUT), 0, 25);
    RunFilters cold = new RunFilters(BandRuns.LAYOUT, 0);
    List<String> unfiltered = answers(cold, 250);
    assertThat(unfiltered).hasSize(250);
    assertThat(answers(cold, 250)).as("filters loaded in the second transaction").isEqualTo(unfiltered);
  }

  @Test
  void sameRowsInTwoRuns_areOneRowAfterTheMerge() throws SQLException {
    RunFilters keys = new RunFilters(BandRuns.LAYOUT);
    for (int i = 0; i < 10; i++) inTransaction(keys, runs -> runs.write(Map.of(5L, new TreeSet<>(Set.of("a", "b")))));
    assertThat(levels()).containsExactly("0:1 runs, 2 rows");
    assertThat(answers(keys, 6)).containsExactly("5=[a, b]");
  }

  @Test
  void runsFromTheLayoutsUnfilteredSize_getNoFilter_andAnswerAlike() throws SQLException {
    RunLayout l = BandRuns.LAYOUT;
    RunFilters big = new RunFilters(new RunLayout(l.catalog(), l.table(), l.columns(), l.key(), l.filterKey(), 100), 0);
    write(big, 0, 100);
    assertThat(levels()).containsExactly("3:1 runs, 1000 rows");
    List<Runs.Run> seen = new ArrayList<>();
    inTransaction(big, runs -> seen.addAll(runs.runs().all()));
    assertThat(seen).singleElement().satisfies(r -> assertThat(r.filter()).isNull());
    assertThat(answers(big, 1000)).isEqualTo(answers(new RunFilters(BandRuns.LAYOUT), 1000)).hasSize(1000);
  }
}
