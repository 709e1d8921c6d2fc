package dev.narrascope.store.sqlite;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleRows;
import dev.narrascope.store.JdbcArticleStore;
import dev.narrascope.store.SchemaMigrations;
import dev.narrascope.store.SearchTerms;
import dev.narrascope.store.StoreException;
import dev.narrascope.store.Where;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded default store: one SQLite file in WAL mode, full-text search with an FTS5 table kept
 * in step by triggers. Thread-safe: one connection, every call synchronised (SQLite has one writer
 * anyway), and a second one, synchronised apart, for the reads that must not wait for a batch being
 * written ({@link #withReadConnection}: WAL lets it read the last commit meanwhile).
 */
public final class SqliteArticleStore extends JdbcArticleStore {
  /** WAL pages between automatic checkpoints. */
  private static final int WAL_CHECKPOINT_PAGES = 16 * 1024;
  /** The page cache of each connection, in KiB. */
  private static final int PAGE_CACHE_KB = 64 * 1024;
  /** Rows given search terms per transaction when an older store opens. */
  private static final int BACKFILL_CHUNK = 500;

  private final Connection conn;
  private final Connection reader;
  private final Path file;

  private SqliteArticleStore(Connection conn, Connection reader, Path file) {
    this.conn = conn;
    this.reader = reader;
    this.file = file;
  }

  /**
   * Opens (creating and migrating as needed) the store at {@code file}.
   *
   * @throws StoreException naming the file when it cannot be opened or its schema cannot be migrated
   */
  public static SqliteArticleStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
    }
    DataSource source = dataSource(file);
    Connection c = null;
    Connection r = null;
    try {
      c = source.getConnection();
      UnicodeLower.register(c);
      SchemaMigrations.migrate(source, "sqlite", "SQLite store " + file, legacyVersion(c));
      r = source.getConnection();
      UnicodeLower.register(r);
      SqliteArticleStore store = new SqliteArticleStore(c, r, file);
      store.backfillDerivedColumns(BACKFILL_CHUNK);
      return store;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(r, e);
      closeQuietly(c, e);
      if (e instanceof StoreException se) throw se;
      throw new StoreException("Cannot open SQLite store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Connections to {@code file}, each set up alike: WAL, foreign keys on, a 10 s busy timeout, a 64 MB page cache, a checkpoint every 64 MB of WAL (the
   * store's own connection and Flyway's, which migrates through its own connection first).
   */
  private static DataSource dataSource(Path file) {
    SqliteLibraries.prepare();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // Outside the Java heap. SQLite's default 2 MB page cache re-reads index pages from the file on
    // every batch once a store holds some thousands of articles; 64 MB keeps a big store's hot
    // index pages (postings, story rows, band keys) in memory.
    config.setCacheSize(-PAGE_CACHE_KB);
    // A batch into a big store dirties thousands of pages spread over the index tables; checkpointing
    // the WAL every 1,000 pages (SQLite's default) copied them into the file after nearly every batch.
    // Every 16,384 (64 MB) a page written by several batches is copied once.
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, Integer.toString(WAL_CHECKPOINT_PAGES));
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return ds;
  }

  /**
   * The version the store recorded in {@code PRAGMA user_version} before it used Flyway; 0 (none)
   * on a new file and on one Flyway created. Once Flyway's history table exists it ignores this.
   */
  private static OptionalInt legacyVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      int version = rs.next() ? rs.getInt(1) : 0;
      return version > 0 ? OptionalInt.of(version) : OptionalInt.empty();
    }
  }

  private static void closeQuietly(Connection c, Exception failure) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  protected synchronized <T> T withConnection(String what, SqlWork<T> work) {
    return run(conn, what, work);
  }

  @Override
  protected <T> T withReadConnection(String what, SqlWork<T> work) {
    synchronized (reader) {
      return run(reader, what, work);
    }
  }

  private <T> T run(Connection c, String what, SqlWork<T> work) {
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("Cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }
  }

  /** No upsert that tells new rows from replaced ones here: look the id up, then insert (stamping ingested_at) or update. */
  @Override
  protected ArticleUpsert articleUpsert(Connection c) throws SQLException {
    PreparedStatement exists = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
    PreparedStatement insert = c.prepareStatement(
        "INSERT INTO articles (" + ArticleRows.COLUMNS + ", " + DERIVED_COLUMNS + ", ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    PreparedStatement update = c.prepareStatement(
        "UPDATE articles SET origin=?, url=?, title=?, outlet=?, published=?, language=?, language_confidence=?,"
            + " text=?, metadata_json=?, analysis_json=?, story_id=?, search_terms=?, review_priority=?, review_reason=? WHERE id=?");
    return new ArticleUpsert() {
      @Override
      public boolean put(Article a) throws SQLException {
        exists.setString(1, a.id());
        boolean known;
        try (ResultSet rs = exists.executeQuery()) {
          known = rs.next();
        }
        if (known) {
          update.setString(bindArticle(update, 1, a), a.id());
          update.executeUpdate();
        } else {
          insert.setString(1, a.id());
          insert.setString(bindArticle(insert, 2, a), Instant.now().toString());
          insert.executeUpdate();
        }
        return !known;
      }

      @Override
      public void close() throws SQLException {
        try (exists; insert; update) {
          // closes all three, even when one fails
        }
      }
    };
  }

  /** FTS5 over the search terms; bm25 is lower for better matches, hence the sign. */
  @Override
  protected String searchSql(String whereSql) {
    return "SELECT " + prefixedColumns() + ", -bm25(articles_fts) AS score FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        + (whereSql.isEmpty() ? " WHERE " : whereSql + " AND ")
        + "articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?";
  }

  @Override
  protected String matchText(List<List<List<String>>> query) {
    return SearchTerms.fts5(query);
  }

  @Override
  protected int bindSearch(PreparedStatement ps, String match, Where w) throws SQLException {
    int i = w.bind(ps, 1);
    ps.setString(i++, match);
    return i;
  }

  @Override
  protected boolean stampsFindings() {
    return true;
  }

  @Override
  public synchronized void close() {
    try (conn) {
      synchronized (reader) {
        reader.close();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot close " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "sqlite:" + file;
  }
}
