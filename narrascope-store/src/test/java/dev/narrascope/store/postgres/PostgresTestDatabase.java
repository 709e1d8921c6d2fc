package dev.narrascope.store.postgres;

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
 * there is none. Public and shipped in this module's test-jar so the app's API tests use the same helper.
 */
public final class PostgresTestDatabase implements AutoCloseable {
  private final String baseUrl;
  private final String schema;

  private PostgresTestDatabase(String baseUrl, String schema) {
    this.baseUrl = baseUrl;
    this.schema = schema;
  }

  /** Creates an empty schema, or skips the calling test (with the reason) when no server is available. */
  public static PostgresTestDatabase createOrSkip() {
    String url = serverUrl();
    Assumptions.assumeTrue(url != null,
        "PostgreSQL tests skipped: no server (run scripts/postgres-test-server or set NARRASCOPE_TEST_PG_URL)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      // An explicit URL that does not work is a broken setup; a leftover URL file is just a stopped server.
      if (System.getenv("NARRASCOPE_TEST_PG_URL") != null) throw new IllegalStateException("Test PostgreSQL unusable: " + e, e);
      Assumptions.abort("PostgreSQL tests skipped: server in target/postgres.url not reachable (" + e.getMessage() + ")");
    }
    return new PostgresTestDatabase(url, schema);
  }

  /** A JDBC URL whose tables live in this test's own schema. */
  public String url() {
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
        } catch (java.io.IOException e) {
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
