package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.corpus.TermVector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A store schema at version 10 holding story states as V10 found them: one written as JSON before V10, one
 * as bytes, one JSON state that cannot be read, and one story stored before the index existed. V11 must
 * convert the first to bytes that read back the same, keep the second, leave the third and fourth without a
 * state (so {@code hasUnindexedStories} tells the user to re-cluster), and drop the JSON column. Used by
 * each dialect's schema test.
 */
public final class JsonStatesBeforeV11 {
  private static final TermVector DAM = new TermVector(new String[] {"kakhovka", "dam"}, new double[] {0.8, 0.6});

  private JsonStatesBeforeV11() {}

  /** The state stored as JSON (s-json) and as bytes (s-bytes), before the migration. */
  static StoryEntry entry(String id, long seq, String member) {
    StoryEntry s = new StoryEntry(id, seq);
    s.add(new Article(member, "test", null, "Dam breached", "Outlet", LocalDate.of(2023, 6, 6), "en", 0.9,
        "The dam was breached.", Map.of(), Analysis.EMPTY), DAM, null, new float[] {1, 0});
    return s;
  }

  /** Applies the dialect's scripts up to V10 on {@code ds}, then stores the four stories. */
  public static void create(DataSource ds, String dialect) throws SQLException {
    Flyway.configure(JsonStatesBeforeV11.class.getClassLoader()).dataSource(ds).locations("classpath:db/" + dialect)
        .target("10").loggers("slf4j").load().migrate();
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("INSERT INTO stories (id, headline, size, story_json, seq, state_json, state_bytes)"
             + " VALUES (?, 'Dam breached', 1, '{}', ?, ?, ?)")) {
      Object[][] rows = {
          {"s-json", 1L, entry("s-json", 1, "a").toJson(), null},
          {"s-bytes", 2L, null, entry("s-bytes", 2, "b").toBytes()},
          {"s-broken", 3L, "{\"id\": [", null},
          {"s-old", 4L, null, null}};
      for (Object[] r : rows) {
        ps.setString(1, (String) r[0]);
        ps.setLong(2, (Long) r[1]);
        ps.setString(3, (String) r[2]);
        ps.setBytes(4, (byte[]) r[3]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Asserts what the store (opened on that schema, so migrated) holds and reads. */
  public static void assertConverted(DataSource ds, ArticleStore store) throws SQLException {
    assertThat(store.hasUnindexedStories()).isTrue();
    List<String> seen = new ArrayList<>();
    store.writeBatch(state -> {
      for (String id : List.of("s-json", "s-bytes", "s-broken", "s-old")) {
        StoryEntry s = state.story(id);
        seen.add(s == null ? id + " none" : id + " " + s.members().get(0).id() + " "
            + Math.round(100 * s.dot(DAM) / Math.sqrt(s.sumNorm2())) + " " + s.embeddingCosine(new float[] {1, 0}));
      }
    }, List.of());
    assertThat(seen).containsExactly("s-json a 100 1.0", "s-bytes b 100 1.0", "s-broken none", "s-old none");
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT id, state_bytes FROM stories WHERE state_bytes IS NOT NULL ORDER BY id")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        byte[] expected = (rs.getString(1).equals("s-json") ? entry("s-json", 1, "a") : entry("s-bytes", 2, "b")).toBytes();
        rows.add(rs.getString(1) + " " + Arrays.equals(rs.getBytes(2), expected));
      }
      assertThat(rows).containsExactly("s-bytes true", "s-json true");
    }
    try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, "stories", null)) {
      List<String> columns = new ArrayList<>();
      while (rs.next()) columns.add(rs.getString("COLUMN_NAME"));
      assertThat(columns).contains("state_bytes").doesNotContain("state_json");
    }
  }
}
