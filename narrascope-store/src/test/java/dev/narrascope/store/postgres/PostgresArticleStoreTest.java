package dev.narrascope.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.ArticleStoreContractTest;
import dev.narrascope.store.Stores;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the store contract on a fresh schema of the test PostgreSQL server; skips without one. */
final class PostgresArticleStoreTest extends ArticleStoreContractTest {
  private PostgresTestDatabase db;

  @BeforeEach
  void createSchema() {
    db = PostgresTestDatabase.createOrSkip();
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (db != null) db.close();
  }

  @Override
  protected ArticleStore open() {
    return Stores.open(db.url());
  }

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
