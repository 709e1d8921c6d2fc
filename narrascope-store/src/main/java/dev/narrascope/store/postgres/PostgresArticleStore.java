package dev.narrascope.store.postgres;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleRows;
import dev.narrascope.store.JdbcArticleStore;
import dev.narrascope.store.Migrations;
import dev.narrascope.store.StoreException;
import dev.narrascope.store.Where;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The server store: PostgreSQL, same tables and behaviour as the SQLite store, full-text search
 * with a generated {@code tsvector} column ({@code plainto_tsquery}, so user input is never query
 * syntax) and {@code ts_headline} snippets. Thread-safe: every call borrows a pooled connection.
 *
 * <pre>{@code
 * try (ArticleStore store = PostgresArticleStore.open("postgresql://user:pass@localhost:5432/narrascope")) {
 *   store.putAll(articles);
 * }
 * }</pre>
 */
public final class PostgresArticleStore extends JdbcArticleStore {
  /** Connections kept open at most; enough for the server's concurrent requests. */
  static final int POOL_SIZE = 8;
  /** Session advisory lock key held while migrating (an arbitrary constant for this application). */
  private static final long MIGRATION_LOCK = 726_372L;

  /** Transaction advisory lock key serialising batch writers of the corpus state across servers. */
  private static final long CORPUS_STATE_LOCK = 726_373L;

  private final ConnectionPool pool;
  private final String display;

  private PostgresArticleStore(ConnectionPool pool, String display) {
    this.pool = pool;
    this.display = display;
  }

  /**
   * Opens (migrating as needed) the database named by a {@code postgresql://user:pass@host:port/db}
   * URL or a {@code jdbc:postgresql:} URL.
   *
   * @throws IllegalArgumentException for a malformed URL
   * @throws StoreException when the server cannot be reached or the schema cannot be migrated
   */
  public static PostgresArticleStore open(String spec) {
    Properties props = new Properties();
    String jdbc = jdbcUrl(spec, props);
    ConnectionPool pool = new ConnectionPool(jdbc, props, POOL_SIZE);
    PostgresArticleStore store = new PostgresArticleStore(pool, redact(jdbc));
    try {
      store.migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return store;
  }

  /** Turns a {@code postgresql://} URL into a JDBC URL, moving user and password into {@code props}. */
  static String jdbcUrl(String spec, Properties props) {
    if (spec.startsWith("jdbc:postgresql:")) return spec;
    String rest = spec.replaceFirst("^(postgresql|postgres)://", "");
    if (rest.equals(spec)) throw new IllegalArgumentException("Not a PostgreSQL URL: " + spec);
    URI uri;
    try {
      uri = URI.create("postgresql://" + rest);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Malformed PostgreSQL URL: " + redact(spec), e);
    }
    if (uri.getHost() == null) throw new IllegalArgumentException("PostgreSQL URL needs a host: " + redact(spec));
    if (uri.getRawUserInfo() != null) {
      String[] userPass = uri.getRawUserInfo().split(":", 2);
      props.setProperty("user", URLDecoder.decode(userPass[0], StandardCharsets.UTF_8));
      if (userPass.length == 2) props.setProperty("password", URLDecoder.decode(userPass[1], StandardCharsets.UTF_8));
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  /** The URL without its password, for messages. */
  static String redact(String url) {
    return url.replaceAll("password=[^&]*", "password=***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
  }

  private void migrate() {
    withConnection("migrate the schema", c -> {
      try (Statement st = c.createStatement()) {
        // Two servers opening a new database at once must not both run the migrations.
        st.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
        try {
          st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
          int version;
          try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            version = rs.getInt(1);
            if (rs.wasNull()) st.execute("INSERT INTO schema_version (version) VALUES (0)");
          }
          Migrations.apply(c, "postgres", version, "UPDATE schema_version SET version = %d");
        } finally {
          st.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
        }
      }
      return null;
    });
  }

  /** One statement; {@code xmax = 0} only for a freshly inserted row, which tells new ids from replaced ones. */
  @Override
  protected ArticleUpsert articleUpsert(Connection c) throws SQLException {
    PreparedStatement upsert = c.prepareStatement(
        "INSERT INTO articles (" + ArticleRows.COLUMNS + ", story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT (id) DO UPDATE SET origin=EXCLUDED.origin, url=EXCLUDED.url, title=EXCLUDED.title,"
            + " outlet=EXCLUDED.outlet, published=EXCLUDED.published, language=EXCLUDED.language,"
            + " language_confidence=EXCLUDED.language_confidence, text=EXCLUDED.text,"
            + " metadata_json=EXCLUDED.metadata_json, analysis_json=EXCLUDED.analysis_json, story_id=EXCLUDED.story_id"
            + " RETURNING (xmax = 0)");
    return new ArticleUpsert() {
      @Override
      public boolean put(Article a) throws SQLException {
        upsert.setString(1, a.id());
        bindArticle(upsert, 2, a);
        try (ResultSet rs = upsert.executeQuery()) {
          return rs.next() && rs.getBoolean(1);
        }
      }

      @Override
      public void close() throws SQLException {
        upsert.close();
      }
    };
  }

  /**
   * The generated {@code tsvector} column with {@code plainto_tsquery}, so user input is never query
   * syntax, and {@code ts_headline} snippets.
   */
  @Override
  protected String searchSql(String whereSql) {
    return "SELECT " + prefixedColumns() + ", ts_headline('simple', a.text, query,"
        + " 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snip,"
        + " ts_rank(a.search, query) AS score FROM articles a CROSS JOIN plainto_tsquery('simple', ?) query"
        + (whereSql.isEmpty() ? " WHERE " : whereSql + " AND ") + "a.search @@ query ORDER BY score DESC, a.id LIMIT ? OFFSET ?";
  }

  @Override
  protected int bindSearch(PreparedStatement ps, String text, Where w) throws SQLException {
    ps.setString(1, text);
    return w.bind(ps, 2);
  }

  @Override
  protected void lockCorpusState(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SELECT pg_advisory_xact_lock(" + CORPUS_STATE_LOCK + ")");
    }
  }

  @Override
  protected boolean stampsFindings() {
    return false;
  }

  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return display;
  }

  /** Work on one pooled connection; a failed transaction is rolled back when the connection goes back. */
  @Override
  protected <T> T withConnection(String what, SqlWork<T> work) {
    Connection c;
    try {
      c = pool.acquire();
    } catch (SQLException e) {
      throw new StoreException("Cannot connect to " + display + ": " + e.getMessage(), e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("Cannot " + what + ": " + e.getMessage(), e);
    } finally {
      pool.release(c);
    }
  }
}
