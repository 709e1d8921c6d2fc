package dev.narrascope.store.postgres;

import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.ArticleStoreContractTest;
import dev.narrascope.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

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
}
