package dev.narrascope.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleRows;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.BandRowsBeforeRuns;
import dev.narrascope.store.JsonStatesBeforeV11;
import dev.narrascope.store.PostingRowsBeforeRuns;
import dev.narrascope.store.SchemaMigrations;
import dev.narrascope.store.StoreException;
import dev.narrascope.store.Stores;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opening PostgreSQL stores: new schemas, schemas the store created before it used Flyway (version in
 * a {@code schema_version} table), the HikariCP pool under load, and failures. Skips without a test server,
 * except for the unreachable-server case.
 */
final class PostgresSchemaTest {
  private PostgresTestDatabase db;

  @AfterEach
  void dropSchema() throws Exception {
    if (db != null) db.close();
  }

  private static Article article(String id, String title) {
    return new Article(id, "test", null, title, "Outlet", LocalDate.of(2024, 3, 1), "en", 0.9, "Some body text.",
        Map.of(), Analysis.EMPTY);
  }

  private List<String> history() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.url()); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT version, type, success FROM " + SchemaMigrations.HISTORY_TABLE + " ORDER BY installed_rank")) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
    }
    return out;
  }

  /** A new test database (skips without a test server) and a plain data source on it, for writing old schemas. */
  private PGSimpleDataSource freshDatabase() {
    db = PostgresTestDatabase.createOrSkip();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db.url());
    return ds;
  }

  /** The schema as the pre-Flyway store left it: V1 applied, {@code schema_version} at {@code version}, one article. */
  private void createPreFlywaySchema(int version, boolean applyV1) throws Exception {
    try (Connection c = DriverManager.getConnection(db.url()); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      st.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
      if (!applyV1) return;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/postgres/V1__init.sql")) {
        st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO articles (id, origin, title, outlet, published, language, language_confidence, text, metadata_json, analysis_json)"
              + " VALUES ('legacy-article', 'legacy', 'Legacy headline', 'Old Outlet', '2023-05-01', 'en', 0.9, 'Written before Flyway came.', ?, ?)")) {
        ps.setString(1, ArticleRows.toJson(Map.of()));
        ps.setString(2, ArticleRows.toJson(Analysis.EMPTY));
        ps.executeUpdate();
      }
    }
  }

  @Test
  void preFlywaySchema_keepsItsArticle_andWorksAfterwards() throws Exception {
    db = PostgresTestDatabase.createOrSkip();
    createPreFlywaySchema(1, true);
    try (ArticleStore store = Stores.open(db.url())) {
      assertThat(store.get("legacy-article")).get().extracting(Article::title).isEqualTo("Legacy headline");
      assertThat(store.search("headline", ArticleQuery.all())).hasSize(1);
      assertThat(store.put(article("new-one", "Added after the upgrade"))).isTrue();
    }
    assertThat(history()).containsExactly("1 BASELINE true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true", "6 SQL true", "7 SQL true", "8 SQL true", "9 SQL true", "10 SQL true", "11 JDBC true", "12 SQL true", "13 SQL true", "14 SQL true", "15 SQL true");
    try (ArticleStore store = Stores.open(db.url())) {
      assertThat(store.count(ArticleQuery.all())).isEqualTo(2);
    }
    assertThat(history()).hasSize(15);
  }

  @Test
  void preFlywaySchema_whoseFirstMigrationFailed_getsV1() throws Exception {
    db = PostgresTestDatabase.createOrSkip();
    createPreFlywaySchema(0, false); // the old store recorded 0 before V1, which then rolled back
    try (ArticleStore store = Stores.open(db.url())) {
      assertThat(store.put(article("a", "First"))).isTrue();
    }
    assertThat(history()).containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true", "6 SQL true", "7 SQL true", "8 SQL true", "9 SQL true", "10 SQL true", "11 JDBC true", "12 SQL true", "13 SQL true", "14 SQL true", "15 SQL true");
  }

  @Test
  void bandRowsStoredBeforeRuns_becomeTheFirstRun_andStayFindable() throws Exception {
    PGSimpleDataSource ds = freshDatabase();
    BandRowsBeforeRuns.create(ds, "postgres");
    try (ArticleStore store = Stores.open(db.url())) {
      BandRowsBeforeRuns.assertFound(store);
    }
    try (Connection c = DriverManager.getConnection(db.url()); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT to_regclass('repost_bands') IS NULL, (SELECT count(*) FROM band_runs WHERE keys = 3)")) {
      rs.next();
      assertThat(rs.getBoolean(1)).isTrue();
      assertThat(rs.getLong(2)).isEqualTo(1);
    }
  }

  @Test
  void postingsStoredBeforeRuns_becomeTheFirstRun_andStayFindable() throws Exception {
    PGSimpleDataSource ds = freshDatabase();
    PostingRowsBeforeRuns.create(ds, "postgres");
    try (ArticleStore store = Stores.open(db.url())) {
      PostingRowsBeforeRuns.assertFound(store);
    }
    try (Connection c = DriverManager.getConnection(db.url()); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM posting_runs WHERE keys = 3), to_regclass('story_postings_story') IS NULL,"
             + " (SELECT string_agg(story_id || ' ' || term || ' ' || story_seq, ',' ORDER BY story_id, term) FROM story_posting_terms)")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1);
      // V9: the old postings' stories listed beside the runs (and the two new ones), instead of an index of them
      assertThat(rs.getBoolean(2)).isTrue();
      assertThat(rs.getString(3)).isEqualTo("s-1 pope 1,s-2 rome 2,s-3 pope 3,s-4 milan 4,s-4 pope 4");
    }
  }

  @Test
  void storyStatesStoredAsJson_areConvertedToBytes_andTheJsonColumnDropped() throws Exception {
    PGSimpleDataSource ds = freshDatabase();
    JsonStatesBeforeV11.create(ds, "postgres");
    try (ArticleStore store = Stores.open(db.url())) {
      JsonStatesBeforeV11.assertConverted(ds, store);
    }
    assertThat(history()).endsWith("10 SQL true", "11 JDBC true", "12 SQL true", "13 SQL true", "14 SQL true", "15 SQL true");
  }

  @Test
  void newSchema_isCreatedByFlyway_andReopens() throws Exception {
    db = PostgresTestDatabase.createOrSkip();
    try (ArticleStore store = Stores.open(db.url())) {
      assertThat(store.put(article("a", "First"))).isTrue();
    }
    assertThat(history()).containsExactly("1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true", "6 SQL true", "7 SQL true", "8 SQL true", "9 SQL true", "10 SQL true", "11 JDBC true", "12 SQL true", "13 SQL true", "14 SQL true", "15 SQL true");
    try (ArticleStore store = Stores.open(db.url())) {
      assertThat(store.get("a")).isPresent();
    }
    assertThat(history()).hasSize(15);
  }

  @Test
  void moreConcurrentCallsThanConnections_allSucceed_andAFailedTransactionLeavesNoTrace() throws Exception {
    db = PostgresTestDatabase.createOrSkip();
    try (ArticleStore store = Stores.open(db.url())) {
      store.put(article("a", "First"));
      // A batch that fails half-way is rolled back and its connection goes back to the pool usable.
      // (PostgreSQL refuses NUL characters in text.)
      Article broken = new Article("b", "test", null, "Broken", "Outlet", null, "en", 0.9, "nul\u0000", Map.of(), Analysis.EMPTY);
      assertThatThrownBy(() -> store.putAll(List.of(article("c", "Third"), broken))).isInstanceOf(StoreException.class);
      ExecutorService pool = Executors.newFixedThreadPool(PostgresArticleStore.POOL_SIZE * 3);
      try {
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < PostgresArticleStore.POOL_SIZE * 6; i++) counts.add(pool.submit(() -> store.count(ArticleQuery.all())));
        for (Future<Long> f : counts) assertThat(f.get()).isEqualTo(1);
      } finally {
        pool.shutdown();
      }
      assertThat(store.get("c")).isEmpty();
    }
  }

  @Test
  void closedStore_saysSo() {
    db = PostgresTestDatabase.createOrSkip();
    ArticleStore store = Stores.open(db.url());
    store.close();
    assertThatThrownBy(() -> store.count(ArticleQuery.all())).isInstanceOf(StoreException.class).hasMessageContaining("closed");
  }

  @Test
  void unreachableServer_failsAtOnce_namingItWithoutThePassword() {
    assertThatThrownBy(() -> Stores.open("jdbc:postgresql://127.0.0.1:1/nodb?user=u&password=secret&connectTimeout=5"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/nodb")
        .message().doesNotContain("secret");
  }
}
