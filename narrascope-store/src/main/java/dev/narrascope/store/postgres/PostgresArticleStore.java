package dev.narrascope.store.postgres;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Story;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleRows;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.DayCount;
import dev.narrascope.store.FacetQueries;
import dev.narrascope.store.LabelCount;
import dev.narrascope.store.Migrations;
import dev.narrascope.store.SearchHit;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
public final class PostgresArticleStore implements ArticleStore {
  /** Connections kept open at most; enough for the server's concurrent requests. */
  static final int POOL_SIZE = 8;
  /** Session advisory lock key held while migrating (an arbitrary constant for this application). */
  private static final long MIGRATION_LOCK = 726_372L;

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

  @Override
  public boolean put(Article article) {
    return putAll(List.of(article)) == 1;
  }

  @Override
  public int putAll(Collection<Article> articles) {
    return withConnection("store articles", c -> {
      c.setAutoCommit(false);
      int added = 0;
      // xmax = 0 only for a freshly inserted row, which tells new ids from replaced ones in one statement.
      try (PreparedStatement upsert = c.prepareStatement(
               "INSERT INTO articles (" + ArticleRows.COLUMNS + ", story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                   + " ON CONFLICT (id) DO UPDATE SET origin=EXCLUDED.origin, url=EXCLUDED.url, title=EXCLUDED.title,"
                   + " outlet=EXCLUDED.outlet, published=EXCLUDED.published, language=EXCLUDED.language,"
                   + " language_confidence=EXCLUDED.language_confidence, text=EXCLUDED.text,"
                   + " metadata_json=EXCLUDED.metadata_json, analysis_json=EXCLUDED.analysis_json, story_id=EXCLUDED.story_id"
                   + " RETURNING (xmax = 0)");
           PreparedStatement delLabels = c.prepareStatement("DELETE FROM article_labels WHERE article_id = ?");
           PreparedStatement addLabel = c.prepareStatement(
               "INSERT INTO article_labels (article_id, kind, label, role, score) VALUES (?,?,?,?,?)"
                   + " ON CONFLICT (article_id, kind, label) DO UPDATE SET role=EXCLUDED.role, score=EXCLUDED.score")) {
        for (Article a : articles) {
          int i = 1;
          upsert.setString(i++, a.id());
          upsert.setString(i++, a.origin());
          upsert.setString(i++, a.url());
          upsert.setString(i++, a.title());
          upsert.setString(i++, a.outlet());
          upsert.setString(i++, a.published() == null ? null : a.published().toString());
          upsert.setString(i++, a.language());
          upsert.setDouble(i++, a.languageConfidence());
          upsert.setString(i++, a.text());
          upsert.setString(i++, ArticleRows.toJson(a.metadata()));
          upsert.setString(i++, ArticleRows.toJson(a.analysis()));
          upsert.setString(i, a.analysis().storyId());
          try (ResultSet rs = upsert.executeQuery()) {
            if (rs.next() && rs.getBoolean(1)) added++;
          }
          delLabels.setString(1, a.id());
          delLabels.executeUpdate();
          for (ArticleRows.Label l : ArticleRows.labels(a.analysis())) {
            addLabel.setString(1, a.id());
            addLabel.setString(2, l.kind());
            addLabel.setString(3, l.label());
            addLabel.setString(4, l.role());
            addLabel.setDouble(5, l.score());
            addLabel.addBatch();
          }
        }
        addLabel.executeBatch();
        c.commit();
        return added;
      }
    });
  }

  @Override
  public Optional<Article> get(String id) {
    return withConnection("read article " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(ArticleRows.article(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<Article> find(ArticleQuery q) {
    Where w = Where.of(q);
    String sql = "SELECT " + ArticleRows.COLUMNS + " FROM articles a" + w.sql
        + " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?";
    return withConnection("query articles", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = w.bind(ps, 1);
        ps.setInt(i++, q.limit());
        ps.setInt(i, q.offset());
        List<Article> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(ArticleRows.article(rs));
        }
        return out;
      }
    });
  }

  @Override
  public long count(ArticleQuery q) {
    Where w = Where.of(q);
    return withConnection("count articles", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles a" + w.sql)) {
        w.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public void replaceStories(Collection<Story> stories) {
    withConnection("store stories", c -> {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement();
           PreparedStatement ins = c.prepareStatement(
               "INSERT INTO stories (id, headline, size, first_date, last_date, story_json) VALUES (?,?,?,?,?,?)");
           PreparedStatement link = c.prepareStatement("UPDATE articles SET story_id = ? WHERE id = ?")) {
        st.executeUpdate("DELETE FROM stories");
        st.executeUpdate("UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL");
        for (Story s : stories) {
          ins.setString(1, s.id());
          ins.setString(2, s.headline());
          ins.setInt(3, s.size());
          ins.setString(4, s.first() == null ? null : s.first().toString());
          ins.setString(5, s.last() == null ? null : s.last().toString());
          ins.setString(6, ArticleRows.toJson(s));
          ins.addBatch();
          for (String id : s.articleIds()) {
            link.setString(1, s.id());
            link.setString(2, id);
            link.addBatch();
          }
        }
        ins.executeBatch();
        link.executeBatch();
        c.commit();
      }
      return null;
    });
  }

  @Override
  public List<Story> stories(int offset, int limit) {
    return withConnection("read stories", c -> {
      // NULLS LAST: SQLite sorts NULL lowest, so undated stories come last there too.
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT story_json FROM stories ORDER BY size DESC, last_date DESC NULLS LAST, id LIMIT ? OFFSET ?")) {
        ps.setInt(1, limit);
        ps.setInt(2, offset);
        List<Story> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(ArticleRows.story(rs.getString(1)));
        }
        return out;
      }
    });
  }

  @Override
  public Optional<Story> story(String id) {
    return withConnection("read story " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT story_json FROM stories WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(ArticleRows.story(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<SearchHit> search(String text, ArticleQuery q) {
    Where w = Where.of(q);
    String cols = "a." + ArticleRows.COLUMNS.replace(", ", ", a.");
    String sql = "SELECT " + cols + ", ts_headline('simple', a.text, query,"
        + " 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snip,"
        + " ts_rank(a.search, query) AS score FROM articles a CROSS JOIN plainto_tsquery('simple', ?) query"
        + (w.sql.isEmpty() ? " WHERE " : w.sql + " AND ") + "a.search @@ query ORDER BY score DESC, a.id LIMIT ? OFFSET ?";
    return withConnection("search for '" + text + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, text);
        int i = w.bind(ps, 2);
        ps.setInt(i++, q.limit());
        ps.setInt(i, q.offset());
        List<SearchHit> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(new SearchHit(ArticleRows.article(rs), rs.getString("snip"), rs.getDouble("score")));
        }
        return out;
      }
    });
  }

  @Override
  public void addFindings(Collection<Finding> findings) {
    withConnection("store findings", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO findings (stage, code, input, message) VALUES (?,?,?,?)")) {
        for (Finding f : findings) {
          ps.setString(1, f.stage());
          ps.setString(2, f.code());
          ps.setString(3, f.input());
          ps.setString(4, f.message());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  @Override
  public List<Finding> findings(int limit) {
    return withConnection("read findings", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT stage, code, input, message FROM findings ORDER BY seq DESC LIMIT ?")) {
        ps.setInt(1, limit);
        List<Finding> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
        return out;
      }
    });
  }

  @Override
  public List<LabelCount> labelCounts(String kind, ArticleQuery filters, int limit) {
    return withConnection("count " + kind + " labels", c -> FacetQueries.labelCounts(c, kind, filters, limit));
  }

  @Override
  public List<DayCount> articlesPerDay(ArticleQuery filters) {
    return withConnection("count articles per day", c -> FacetQueries.articlesPerDay(c, filters));
  }

  @Override
  public List<DayCount> actorRolesPerDay(String actor, ArticleQuery filters) {
    return withConnection("count roles of " + actor, c -> FacetQueries.actorRolesPerDay(c, actor, filters));
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
  private <T> T withConnection(String what, SqlWork<T> work) {
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

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }
}
