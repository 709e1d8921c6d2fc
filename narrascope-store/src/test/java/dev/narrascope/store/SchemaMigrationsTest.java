package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Flyway over the shipped SQLite scripts plus a later test script ({@code db/test-sqlite-next/V16__article_note.sql}),
 * as another developer would add one: new files, files the pre-Flyway store created, and failures.
 */
final class SchemaMigrationsTest {
  private static final String V1 = "classpath:db/sqlite", V2 = "classpath:db/test-sqlite-next";

  @TempDir Path dir;

  private SQLiteDataSource dataSource(Path file) {
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + file);
    return ds;
  }

  /** The schema history as "version type success" rows, oldest first. */
  static List<String> history(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT version, type, success FROM " + SchemaMigrations.HISTORY_TABLE + " ORDER BY installed_rank")) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
    }
    return out;
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) out.add(rs.getString("name"));
    }
    return out;
  }

  private static long rows(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void newDatabase_getsEveryScript_inOrder() throws Exception {
    SQLiteDataSource ds = dataSource(dir.resolve("new.db"));
    SchemaMigrations.migrate(ds, "new.db", OptionalInt.empty(), V1, V2);
    try (Connection c = ds.getConnection()) {
      assertThat(history(c)).containsExactly("1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true", "6 SQL true", "7 SQL true", "8 SQL true", "9 SQL true", "10 SQL true", "11 JDBC true", "12 SQL true", "13 SQL true", "14 SQL true", "15 SQL true", "16 SQL true");
      assertThat(columns(c, "articles")).contains("title", "note");
      // V1's FTS5 table and its triggers came through Flyway's parser whole.
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'table') AND name LIKE 'articles_%' ORDER BY name")) {
        List<String> names = new ArrayList<>();
        while (rs.next()) names.add(rs.getString(1));
        assertThat(names).contains("articles_fts", "articles_ai", "articles_ad", "articles_au");
      }
    }
    // Opening again applies nothing.
    SchemaMigrations.migrate(ds, "new.db", OptionalInt.empty(), V1, V2);
    try (Connection c = ds.getConnection()) {
      assertThat(history(c)).hasSize(16);
    }
  }

  @Test
  void preFlywayDatabase_isBaselinedAtItsVersion_andGetsOnlyNewerScripts() throws Exception {
    Path file = dir.resolve("old.db");
    LegacySqliteStore.create(file, 1);
    SQLiteDataSource ds = dataSource(file);
    SchemaMigrations.migrate(ds, "old.db", OptionalInt.of(1), V1, V2);
    try (Connection c = ds.getConnection()) {
      assertThat(history(c)).containsExactly("1 BASELINE true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true", "6 SQL true", "7 SQL true", "8 SQL true", "9 SQL true", "10 SQL true", "11 JDBC true", "12 SQL true", "13 SQL true", "14 SQL true", "15 SQL true", "16 SQL true");
      assertThat(columns(c, "articles")).contains("note");
      assertThat(rows(c, "articles")).isEqualTo(1);
    }
  }

  @Test
  void preFlywayDatabase_atTheNewestVersion_runsNoScript() throws Exception {
    Path file = dir.resolve("old.db");
    LegacySqliteStore.create(file, 16);
    SQLiteDataSource ds = dataSource(file);
    SchemaMigrations.migrate(ds, "old.db", OptionalInt.of(16), V1, V2);
    try (Connection c = ds.getConnection()) {
      assertThat(history(c)).containsExactly("16 BASELINE true");
      assertThat(columns(c, "articles")).doesNotContain("note");
    }
  }

  @Test
  void tablesWithoutAnyRecordedVersion_areRefused_namingTheDatabase() throws Exception {
    Path file = dir.resolve("unknown.db");
    LegacySqliteStore.create(file, 0);
    assertThatThrownBy(() -> SchemaMigrations.migrate(dataSource(file), "SQLite store unknown.db", OptionalInt.empty(), V1))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Cannot migrate the schema of SQLite store unknown.db: ")
        .hasMessageContaining("no schema history table");
  }

  @Test
  void failingScript_isRolledBack_andNamedWithTheDatabase() throws Exception {
    SQLiteDataSource ds = dataSource(dir.resolve("broken.db"));
    assertThatThrownBy(() -> SchemaMigrations.migrate(ds, "SQLite store broken.db", OptionalInt.empty(), V1, "classpath:db/test-sqlite-broken"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Cannot migrate the schema of SQLite store broken.db: ")
        .hasMessageContaining("V16__broken.sql")
        .hasMessageContaining("no_such_table");
    try (Connection c = ds.getConnection()) {
      assertThat(history(c)).containsExactly("1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true", "6 SQL true", "7 SQL true", "8 SQL true", "9 SQL true", "10 SQL true", "11 JDBC true", "12 SQL true", "13 SQL true", "14 SQL true", "15 SQL true");
      assertThat(columns(c, "articles")).doesNotContain("note");
    }
  }
}
