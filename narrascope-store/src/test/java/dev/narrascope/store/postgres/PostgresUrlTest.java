package dev.narrascope.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code postgresql://} URLs become JDBC URLs with credentials moved out of the URL (no server needed). */
final class PostgresUrlTest {
  @Test
  void jdbcUrl_fromPostgresqlUrl_movesCredentialsToProperties() {
    Properties p = new Properties();
    assertThat(PostgresArticleStore.jdbcUrl("postgresql://ana:s%40cret@db.local:5433/news?sslmode=disable", p))
        .isEqualTo("jdbc:postgresql://db.local:5433/news?sslmode=disable");
    assertThat(p).containsEntry("user", "ana").containsEntry("password", "s@cret");
    assertThat(PostgresArticleStore.redact("jdbc:postgresql://h/db?user=u&password=secret")).doesNotContain("secret");
    assertThatThrownBy(() -> PostgresArticleStore.jdbcUrl("postgresql:///nohost", new Properties()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
