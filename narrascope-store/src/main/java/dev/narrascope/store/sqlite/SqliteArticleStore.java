package dev.narrascope.store.sqlite;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The embedded default store: one SQLite file in WAL mode. Thread-safe: one connection, every
 * call synchronised (SQLite has one writer anyway).
 */
public final class SqliteArticleStore implements ArticleStore {
  private final Connection conn;
  private final Path file;

  private SqliteArticleStore(Connection conn, Path file) {
    this.conn = conn;
    this.file = file;
  }

  /** Opens (creating and migrating as needed) the store at {@code file}. */
  public static SqliteArticleStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
    }
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA foreign_keys=ON");
        st.execute("PRAGMA busy_timeout=10000");
        st.execute("PRAGMA synchronous=NORMAL");
        int version;
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
          version = rs.next() ? rs.getInt(1) : 0;
        }
        Migrations.apply(c, "sqlite", version, "PRAGMA user_version = %d");
      }
      return new SqliteArticleStore(c, file);
    } catch (SQLException e) {
      throw new StoreException("Cannot open SQLite store " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized boolean put(Article article) {
    return putAll(List.of(article)) == 1;
  }

  @Override
  public synchronized int putAll(Collection<Article> articles) {
    try {
      conn.setAutoCommit(false);
      int added = 0;
      try (PreparedStatement exists = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
           PreparedStatement insert = conn.prepareStatement(
               "INSERT INTO articles (" + ArticleRows.COLUMNS + ", story_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
           PreparedStatement update = conn.prepareStatement(
               "UPDATE articles SET origin=?, url=?, title=?, outlet=?, published=?, language=?, language_confidence=?,"
                   + " text=?, metadata_json=?, analysis_json=?, story_id=? WHERE id=?");
           PreparedStatement delLabels = conn.prepareStatement("DELETE FROM article_labels WHERE article_id = ?");
           PreparedStatement addLabel = conn.prepareStatement(
               "INSERT OR REPLACE INTO article_labels (article_id, kind, label, role, score) VALUES (?,?,?,?,?)")) {
        for (Article a : articles) {
          exists.setString(1, a.id());
          boolean known;
          try (ResultSet rs = exists.executeQuery()) {
            known = rs.next();
          }
          if (known) {
            bindArticle(update, 1, a, false);
            update.setString(12, a.id());
            update.executeUpdate();
          } else {
            insert.setString(1, a.id());
            bindArticle(insert, 2, a, true);
            insert.executeUpdate();
            added++;
          }
          delLabels.setString(1, a.id());
          delLabels.executeUpdate();
          for (ArticleRows.Label l : ArticleRows.labels(a.analysis())) {
            addLabel.setString(1, a.id());
            addLabel.setString(2, l.kind());
            addLabel.setString(3, l.label());
            addLabel.setString(4, l.role());
            addLabel.setDouble(5, l.score());
            addLabel.executeUpdate();
          }
        }
        conn.commit();
        return added;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot store articles in " + file + ": " + e.getMessage(), e);
    }
  }

  /** Binds origin..analysis_json, story_id (and ingested_at for inserts) from parameter {@code i}. */
  private static void bindArticle(PreparedStatement ps, int i, Article a, boolean insert) throws SQLException {
    ps.setString(i++, a.origin());
    ps.setString(i++, a.url());
    ps.setString(i++, a.title());
    ps.setString(i++, a.outlet());
    ps.setString(i++, a.published() == null ? null : a.published().toString());
    ps.setString(i++, a.language());
    ps.setDouble(i++, a.languageConfidence());
    ps.setString(i++, a.text());
    ps.setString(i++, ArticleRows.toJson(a.metadata()));
    ps.setString(i++, ArticleRows.toJson(a.analysis()));
    ps.setString(i++, a.analysis().storyId());
    if (insert) ps.setString(i, Instant.now().toString());
  }

  @Override
  public synchronized Optional<Article> get(String id) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(ArticleRows.article(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read article " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<Article> find(ArticleQuery q) {
    Where w = Where.of(q);
    String sql = "SELECT " + ArticleRows.COLUMNS + " FROM articles a" + w.sql
        + " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int i = w.bind(ps, 1);
      ps.setInt(i++, q.limit());
      ps.setInt(i, q.offset());
      List<Article> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(ArticleRows.article(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("Cannot query articles: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized long count(ArticleQuery q) {
    Where w = Where.of(q);
    try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM articles a" + w.sql)) {
      w.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot count articles: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void replaceStories(Collection<Story> stories) {
    try {
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement();
           PreparedStatement ins = conn.prepareStatement(
               "INSERT INTO stories (id, headline, size, first_date, last_date, story_json) VALUES (?,?,?,?,?,?)");
           PreparedStatement link = conn.prepareStatement("UPDATE articles SET story_id = ? WHERE id = ?")) {
        st.executeUpdate("DELETE FROM stories");
        st.executeUpdate("UPDATE articles SET story_id = NULL");
        for (Story s : stories) {
          ins.setString(1, s.id());
          ins.setString(2, s.headline());
          ins.setInt(3, s.size());
          ins.setString(4, s.first() == null ? null : s.first().toString());
          ins.setString(5, s.last() == null ? null : s.last().toString());
          ins.setString(6, ArticleRows.toJson(s));
          ins.executeUpdate();
          for (String id : s.articleIds()) {
            link.setString(1, s.id());
            link.setString(2, id);
            link.executeUpdate();
          }
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot store stories: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<Story> stories(int offset, int limit) {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT story_json FROM stories ORDER BY size DESC, last_date DESC, id LIMIT ? OFFSET ?")) {
      ps.setInt(1, limit);
      ps.setInt(2, offset);
      List<Story> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(ArticleRows.story(rs.getString(1)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("Cannot read stories: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Optional<Story> story(String id) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT story_json FROM stories WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(ArticleRows.story(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read story " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<SearchHit> search(String text, ArticleQuery q) {
    Where w = Where.of(q);
    String sql = "SELECT " + prefixed() + ", snippet(articles_fts, 1, '[', ']', '…', 24) AS snip, bm25(articles_fts) AS score"
        + " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        + (w.sql.isEmpty() ? " WHERE " : w.sql + " AND ") + "articles_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int i = w.bind(ps, 1);
      ps.setString(i++, ftsQuery(text));
      ps.setInt(i++, q.limit());
      ps.setInt(i, q.offset());
      List<SearchHit> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new SearchHit(ArticleRows.article(rs), rs.getString("snip"), -rs.getDouble("score")));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("Cannot search for '" + text + "': " + e.getMessage(), e);
    }
  }

  private static String prefixed() {
    return ("a." + ArticleRows.COLUMNS.replace(", ", ", a."));
  }

  /** Quotes every word so user input cannot use FTS5 syntax (and cannot make it fail). */
  static String ftsQuery(String text) {
    StringBuilder sb = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append('"').append(word.replace("\"", "\"\"")).append('"');
    }
    return sb.length() == 0 ? "\"\"" : sb.toString();
  }

  @Override
  public synchronized void addFindings(Collection<Finding> findings) {
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO findings (stage, code, input, message, created_at) VALUES (?,?,?,?,?)")) {
      String now = Instant.now().toString();
      for (Finding f : findings) {
        ps.setString(1, f.stage());
        ps.setString(2, f.code());
        ps.setString(3, f.input());
        ps.setString(4, f.message());
        ps.setString(5, now);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new StoreException("Cannot store findings: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<Finding> findings(int limit) {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT stage, code, input, message FROM findings ORDER BY seq DESC LIMIT ?")) {
      ps.setInt(1, limit);
      List<Finding> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("Cannot read findings: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<LabelCount> labelCounts(String kind, ArticleQuery filters, int limit) {
    try {
      return FacetQueries.labelCounts(conn, kind, filters, limit);
    } catch (SQLException e) {
      throw new StoreException("Cannot count " + kind + " labels: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<DayCount> articlesPerDay(ArticleQuery filters) {
    try {
      return FacetQueries.articlesPerDay(conn, filters);
    } catch (SQLException e) {
      throw new StoreException("Cannot count articles per day: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<DayCount> actorRolesPerDay(String actor, ArticleQuery filters) {
    try {
      return FacetQueries.actorRolesPerDay(conn, actor, filters);
    } catch (SQLException e) {
      throw new StoreException("Cannot count roles of " + actor + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("Cannot close " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "sqlite:" + file;
  }
}
