package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A store schema at version 6, before band keys were stored as runs, holding band rows in the old
 * {@code repost_bands} table: V7 must keep them findable. Used by each dialect's schema test.
 */
public final class BandRowsBeforeRuns {
  private BandRowsBeforeRuns() {}

  /** Applies the dialect's scripts up to V6 on {@code ds}, then stores three band rows the old way. */
  public static void create(DataSource ds, String dialect) throws SQLException {
    Flyway.configure(BandRowsBeforeRuns.class.getClassLoader()).dataSource(ds).locations("classpath:db/" + dialect)
        .target("6").loggers("slf4j").load().migrate();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO repost_bands (band_key, article_id) VALUES (5, 'old-b'), (5, 'old-a'), (-9, 'old-a')");
      st.executeUpdate("INSERT INTO corpus_meta (name, value) VALUES ('band_version', 42)");
    }
  }

  /** Asserts that {@code store} (opened on that schema, so migrated) finds the old rows by their keys, and new ones beside them. */
  public static void assertFound(ArticleStore store) {
    List<Set<String>> found = new ArrayList<>();
    store.writeBatch(state -> state.addBands("new-c", new long[] {5, 6}), List.of());
    store.writeBatch(state -> {
      found.add(state.articlesInBands(new long[] {5}, 5));
      found.add(state.articlesInBands(new long[] {-9, 7}, 5));
      found.add(state.articlesInBands(new long[] {6}, 5));
    }, List.of());
    assertThat(found).containsExactly(Set.of("old-a", "old-b", "new-c"), Set.of("old-a"), Set.of("new-c"));
  }
}
