package dev.narrascope.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema on the test PostgreSQL server started by {@code scripts/postgres-test-server}
 * (URL from {@code NARRASCOPE_TEST_PG_URL} or {@code target/postgres.url}); skips the test when
 * there is none. (The store module has the same helper; test code is not shared across modules.)
 */
final class PostgresTestDatabase implements AutoCloseable {
  private final String baseUrl;
  private final String schema;

  private PostgresTestDatabase(String baseUrl, String schema) {
    this.baseUrl = baseUrl;
    this.schema = schema;
  }

  static PostgresTestDatabase createOrSkip() {
    String url = serverUrl();
    Assumptions.assumeTrue(url != null,
        "PostgreSQL tests skipped: no server (run scripts/postgres-test-server or set NARRASCOPE_TEST_PG_URL)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if (System.getenv("NARRASCOPE_TEST_PG_URL") != null) throw new IllegalStateException("Test PostgreSQL unusable: " + e, e);
      Assumptions.abort("PostgreSQL tests skipped: server in target/postgres.url not reachable (" + e.getMessage() + ")");
    }
    return new PostgresTestDatabase(url, schema);
  }

  String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static String serverUrl() {
    String env = System.getenv("NARRASCOPE_TEST_PG_URL");
    if (env != null && !env.isBlank()) return env.strip();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path f = dir.resolve("target/postgres.url");
      if (Files.isRegularFile(f)) {
        try {
          return Files.readString(f).strip();
        } catch (IOException e) {
          return null;
        }
      }
    }
    return null;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
