package dev.narrascope.store;

import dev.narrascope.Analysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Creates a SQLite store file the way the store did before Flyway: the V1 script applied by hand,
 * the version recorded in {@code PRAGMA user_version}, and one article row in it.
 */
public final class LegacySqliteStore {
  /** The id, title and text of the article row {@link #create} writes. */
  public static final String ID = "legacy-article", TITLE = "Legacy headline", TEXT = "Written before Flyway came.";

  private LegacySqliteStore() {}

  public static void create(Path file, int userVersion) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
         Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      // sqlite-jdbc runs every statement of a script given to executeUpdate, triggers included.
      st.executeUpdate(resource("db/sqlite/V1__init.sql"));
      st.executeUpdate("PRAGMA user_version = " + userVersion);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO articles (id, origin, title, outlet, published, language, language_confidence, text,"
              + " metadata_json, analysis_json, ingested_at) VALUES (?, 'legacy', ?, 'Old Outlet', '2023-05-01', 'en', 0.9, ?, ?, ?, ?)")) {
        ps.setString(1, ID);
        ps.setString(2, TITLE);
        ps.setString(3, TEXT);
        ps.setString(4, ArticleRows.toJson(Map.of()));
        ps.setString(5, ArticleRows.toJson(Analysis.EMPTY));
        ps.setString(6, "2023-05-01T10:00:00Z");
        ps.executeUpdate();
      }
      c.commit();
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = LegacySqliteStore.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IOException("No resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
