package dev.narrascope.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.BandRowsBeforeRuns;
import dev.narrascope.store.JsonStatesBeforeV11;
import dev.narrascope.store.PostingRowsBeforeRuns;
import dev.narrascope.store.LegacySqliteStore;
import dev.narrascope.store.SchemaMigrations;
import dev.narrascope.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Opening SQLite store files: new ones, ones the store wrote before it used Flyway, and broken ones. */
final class SqliteSchemaTest {
  @TempDir Path dir;

  private static Article article(String id, String title) {
    return new Article(id, "test", null, title, "Outlet", LocalDate.of(2024, 3, 1), "en", 0.9, "Some body text.",
        Map.of(), Analysis.EMPTY);
  }

  private static List<String> sql(Path file, String query) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(rs.getString(i));
        out.add(String.join(" ", row));
      }
    }
    return out;
  }

  private static List<String> history(Path file) throws Exception {
    return sql(file, "SELECT version, type, success FROM " + SchemaMigrations.HISTORY_TABLE + " ORDER BY installed_rank");
  }

  @Test
  void preFlywayFile_keepsItsArticle_andWorksAfterwards() throws Exception {
    Path file = dir.resolve("old.db");
    LegacySqliteStore.create(file, 1);
    try (var store = SqliteArticleStore.open(file)) {
      Article old = store.get(LegacySqliteStore.ID).orElseThrow();
      assertThat(old.title()).isEqualTo(LegacySqliteStore.TITLE);
      assertThat(old.text()).isEqualTo(LegacySqliteStore.TEXT);
      assertThat(store.search("headlines", ArticleQuery.all())).as("backfilled with stems").hasSize(1);
      assertThat(store.search("headline", ArticleQuery.all())).hasSize(1);
      assertThat(store.put(article("new-one", "Added after the upgrade"))).isTrue();
    }
    // Baselined at the recorded version: V1 did not run again, V2 did.
    assertThat(history(file)).containsExactly("1 BASELINE 1", "2 SQL 1", "3 SQL 1", "4 SQL 1", "5 SQL 1", "6 SQL 1", "7 SQL 1", "8 SQL 1", "9 SQL 1", "10 SQL 1", "11 JDBC 1", "12 SQL 1", "13 SQL 1", "14 SQL 1", "15 SQL 1");
    assertThat(sql(file, "SELECT count(*) FROM articles WHERE review_reason IS NULL")).as("review order backfilled").containsExactly("0");
    try (var store = SqliteArticleStore.open(file)) {
      assertThat(store.count(ArticleQuery.all())).isEqualTo(2);
      assertThat(store.search("upgrade", ArticleQuery.all())).extracting(h -> h.article().id()).containsExactly("new-one");
    }
    assertThat(history(file)).hasSize(15);
  }

  @Test
  void bandRowsStoredBeforeRuns_becomeTheFirstRun_andStayFindable() throws Exception {
    Path file = dir.resolve("v6.db");
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + file);
    BandRowsBeforeRuns.create(ds, "sqlite");
    try (var store = SqliteArticleStore.open(file)) {
      assertThat(sql(file, "SELECT run, level, keys FROM band_runs")).containsExactly("1 0 3");
      BandRowsBeforeRuns.assertFound(store);
    }
    assertThat(sql(file, "SELECT count(*) FROM sqlite_master WHERE name = 'repost_bands'")).containsExactly("0");
    assertThat(sql(file, "SELECT count(*) FROM corpus_meta WHERE name = 'band_version'")).containsExactly("0");
  }

  @Test
  void postingsStoredBeforeRuns_becomeTheFirstRun_andStayFindable() throws Exception {
    Path file = dir.resolve("v7.db");
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + file);
    PostingRowsBeforeRuns.create(ds, "sqlite");
    try (var store = SqliteArticleStore.open(file)) {
      assertThat(sql(file, "SELECT run, level, keys FROM posting_runs")).containsExactly("1 0 3");
      PostingRowsBeforeRuns.assertFound(store);
    }
    // V9: the old postings' stories listed beside the runs (and the two new ones), instead of an index of them
    assertThat(sql(file, "SELECT count(*) FROM sqlite_master WHERE name = 'story_postings_story'")).containsExactly("0");
    assertThat(sql(file, "SELECT story_id, term, story_seq FROM story_posting_terms ORDER BY story_id, term"))
        .containsExactly("s-1 pope 1", "s-2 rome 2", "s-3 pope 3", "s-4 milan 4", "s-4 pope 4");
  }

  @Test
  void upgradedFile_withStoriesFromBeforeTheIndex_isFlagged_untilRebuilt() throws Exception {
    Path file = dir.resolve("old-stories.db");
    LegacySqliteStore.create(file, 1);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      st.execute("INSERT INTO stories (id, headline, size, story_json) VALUES ('s-old', 'Old', 1, '{\"id\":\"s-old\","
          + "\"headline\":\"Old\",\"articleIds\":[\"" + LegacySqliteStore.ID + "\"],\"outlets\":[],\"languages\":[]}')");
      st.execute("UPDATE articles SET story_id = 's-old'");
    }
    try (var store = SqliteArticleStore.open(file)) {
      assertThat(store.hasUnindexedStories()).isTrue();
      var rebuilt = store.rebuildCorpusState(100, (page, state) -> {
        // The tail as recluster runs it: each article founds or joins a story of the index.
        for (Article a : page) {
          var entry = new StoryEntry("s-" + a.id(), state.nextStorySeq());
          Article joined = a.withAnalysis(a.analysis().withStory(entry.id(), null));
          entry.add(joined, null, null, null);
          state.putStory(entry);
          state.putArticles(List.of(joined));
        }
      });
      assertThat(rebuilt.articles()).isEqualTo(1);
      assertThat(rebuilt.moved()).isEqualTo(1);
      assertThat(store.hasUnindexedStories()).isFalse();
      assertThat(store.story("s-old")).isEmpty();
      assertThat(store.get(LegacySqliteStore.ID).orElseThrow().analysis().storyId()).isEqualTo("s-" + LegacySqliteStore.ID);
    }
  }

  /** A state stored as JSON before V10 is still read (and any candidate scoring against it works); the story's next write stores bytes. */
  @Test
  void storyStatesStoredAsJson_areConvertedToBytes_andTheJsonColumnDropped() throws Exception {
    Path file = dir.resolve("v10.db");
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + file);
    JsonStatesBeforeV11.create(ds, "sqlite");
    try (var store = SqliteArticleStore.open(file)) {
      JsonStatesBeforeV11.assertConverted(ds, store);
    }
    assertThat(history(file)).endsWith("10 SQL 1", "11 JDBC 1", "12 SQL 1", "13 SQL 1", "14 SQL 1", "15 SQL 1");
  }

  @Test
  void newFile_isCreatedByFlyway_andReopens() throws Exception {
    Path file = dir.resolve("sub/new.db");
    try (var store = SqliteArticleStore.open(file)) {
      assertThat(store.put(article("a", "First"))).isTrue();
    }
    assertThat(history(file)).containsExactly("1 SQL 1", "2 SQL 1", "3 SQL 1", "4 SQL 1", "5 SQL 1", "6 SQL 1", "7 SQL 1", "8 SQL 1", "9 SQL 1", "10 SQL 1", "11 JDBC 1", "12 SQL 1", "13 SQL 1", "14 SQL 1", "15 SQL 1");
    assertThat(sql(file, "PRAGMA journal_mode")).containsExactly("wal");
    try (var store = SqliteArticleStore.open(file)) {
      assertThat(store.get("a")).isPresent();
      assertThat(store.put(article("b", "Second"))).isTrue();
      assertThat(store.count(ArticleQuery.all())).isEqualTo(2);
    }
    assertThat(history(file)).hasSize(15);
  }

  @Test
  void notADatabase_failsNamingTheFile() throws Exception {
    Path file = dir.resolve("notes.db");
    Files.writeString(file, "these are not the tables you are looking for ".repeat(100));
    assertThatThrownBy(() -> SqliteArticleStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString());
  }
}
