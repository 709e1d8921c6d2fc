package dev.narrascope.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.narrascope.Article;
import dev.narrascope.store.ArticleRows;
import dev.narrascope.store.JdbcArticleStore;
import dev.narrascope.store.SchemaMigrations;
import dev.narrascope.store.SearchTerms;
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
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The server store: PostgreSQL, same tables and behaviour as the SQLite store, full-text search
 * with a generated {@code tsvector} column ({@code plainto_tsquery}, so user input is never query
 * syntax) and {@code ts_headline} snippets. Thread-safe: every call borrows a connection from a
 * HikariCP pool.
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
  /** Connections kept open while idle; more are opened on demand, up to {@link #POOL_SIZE}. */
  static final int MIN_IDLE = 1;
  /** How long a call waits for a free (or new) connection before it fails. */
  static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(30);

  /** Transaction advisory lock key serialising batch writers of the corpus state across servers. */
  private static final long CORPUS_STATE_LOCK = 726_373L;

  /** Rows given search terms per transaction when an older store opens. */
  private static final int BACKFILL_CHUNK = 500;

  private final HikariDataSource pool;
  private final String display;

  private PostgresArticleStore(HikariDataSource pool, String display) {
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
    String display = redact(jdbc);
    HikariDataSource pool = pool(jdbc, props, display);
    PostgresArticleStore store = new PostgresArticleStore(pool, display);
    try {
      SchemaMigrations.migrate(pool, "postgres", display, store.legacyVersion());
      store.backfillDerivedColumns(BACKFILL_CHUNK);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return store;
  }

  /**
   * The HikariCP pool: up to {@link #POOL_SIZE} connections, opened on demand; fails at once (with
   * the driver's reason) when the server cannot be reached or refuses the credentials.
   */
  private static HikariDataSource pool(String jdbc, Properties props, String display) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("narrascope-postgres");
    config.setJdbcUrl(jdbc);
    config.setUsername(props.getProperty("user")); // null when the JDBC URL carries them, or none are needed
    config.setPassword(props.getProperty("password"));
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(MIN_IDLE);
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) { // PoolInitializationException: the first connection failed
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StoreException("Cannot connect to " + display + ": " + cause.getMessage(), e);
    }
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

  /**
   * The version recorded in the {@code schema_version} table by the store before it used Flyway
   * (found through the search path, as the old store created it); empty without that table.
   */
  private OptionalInt legacyVersion() {
    return withConnection("read the schema version", c -> {
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
        rs.next();
        if (!rs.getBoolean(1)) return OptionalInt.empty();
      }
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
        rs.next();
        return OptionalInt.of(rs.getInt(1)); // 0 also when empty: nothing applied yet
      }
    });
  }

  /** One statement; {@code xmax = 0} only for a freshly inserted row, which tells new ids from replaced ones. */
  @Override
  protected ArticleUpsert articleUpsert(Connection c) throws SQLException {
    PreparedStatement upsert = c.prepareStatement(
        "INSERT INTO articles (" + ArticleRows.COLUMNS + ", " + DERIVED_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT (id) DO UPDATE SET origin=EXCLUDED.origin, url=EXCLUDED.url, title=EXCLUDED.title,"
            + " outlet=EXCLUDED.outlet, published=EXCLUDED.published, language=EXCLUDED.language,"
            + " language_confidence=EXCLUDED.language_confidence, text=EXCLUDED.text,"
            + " metadata_json=EXCLUDED.metadata_json, analysis_json=EXCLUDED.analysis_json, story_id=EXCLUDED.story_id,"
            + " search_terms=EXCLUDED.search_terms, review_priority=EXCLUDED.review_priority, review_reason=EXCLUDED.review_reason"
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
   * The generated {@code tsvector} of the search terms against {@code to_tsquery('simple', ...)} of
   * quoted lexemes ({@link dev.narrascope.store.SearchTerms#tsquery}), so user input is never query syntax.
   */
  @Override
  protected String searchSql(String whereSql) {
    return "SELECT " + prefixedColumns() + ", ts_rank(a.search, query) AS score"
        + " FROM articles a CROSS JOIN to_tsquery('simple', ?) query"
        + (whereSql.isEmpty() ? " WHERE " : whereSql + " AND ") + "a.search @@ query ORDER BY score DESC, a.id LIMIT ? OFFSET ?";
  }

  @Override
  protected String matchText(List<List<List<String>>> query) {
    return SearchTerms.tsquery(query);
  }

  @Override
  protected int bindSearch(PreparedStatement ps, String match, Where w) throws SQLException {
    ps.setString(1, match);
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

  /**
   * Work on one pooled connection; HikariCP rolls back a transaction left open and restores
   * auto-commit when the connection goes back, and replaces a broken one.
   */
  @Override
  protected <T> T withConnection(String what, SqlWork<T> work) {
    if (pool.isClosed()) throw new StoreException("The PostgreSQL store " + display + " is closed");
    Connection c;
    try {
      c = pool.getConnection();
    } catch (SQLException e) {
      throw new StoreException("Cannot connect to " + display + ": " + e.getMessage(), e);
    }
    try (c) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("Cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
