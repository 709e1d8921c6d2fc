package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.corpus.StoryEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A store schema at version 7, before story postings were stored as runs, holding three postings in
 * the old {@code story_postings} layout: V8 must keep them findable. Used by each dialect's schema test.
 */
public final class PostingRowsBeforeRuns {
  private PostingRowsBeforeRuns() {}

  /** Applies the dialect's scripts up to V7 on {@code ds}, then stores three postings the old way. */
  public static void create(DataSource ds, String dialect) throws SQLException {
    Flyway.configure(PostingRowsBeforeRuns.class.getClassLoader()).dataSource(ds).locations("classpath:db/" + dialect)
        .target("7").loggers("slf4j").load().migrate();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO story_postings (term, story_seq, story_id, first_day) VALUES"
          + " ('pope', 3, 's-3', 19500), ('pope', 1, 's-1', NULL), ('rome', 2, 's-2', 19400)");
    }
  }

  /** Asserts that {@code store} (opened on that schema, so migrated) finds the old postings, and new ones beside them. */
  public static void assertFound(ArticleStore store) {
    List<List<String>> found = new ArrayList<>();
    store.writeBatch(state -> state.addPostings(new StoryEntry("s-4", 4), List.of("pope", "milan")), List.of());
    store.writeBatch(state -> {
      found.add(state.storiesWithTerm("pope", null, null, 2));
      found.add(state.storiesWithTerm("pope", null, null, 10));
      found.add(state.storiesWithTerm("rome", null, null, 10));
      found.add(state.storiesWithTerm("milan", null, null, 10));
    }, List.of());
    assertThat(found).containsExactly(List.of("s-4", "s-3"), List.of("s-4", "s-3", "s-1"), List.of("s-2"), List.of("s-4"));
  }
}
