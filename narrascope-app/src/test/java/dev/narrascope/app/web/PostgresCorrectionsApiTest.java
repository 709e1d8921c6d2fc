package dev.narrascope.app.web;

import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.store.postgres.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;

/** The corrections API over a fresh schema of the test PostgreSQL server; skips without one. */
final class PostgresCorrectionsApiTest extends CorrectionsApiContractTest {
  private PostgresTestDatabase db;

  @Override
  ArticleStore openStore() {
    db = PostgresTestDatabase.createOrSkip();
    return Stores.open(db.url());
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (db != null) db.close();
  }
}
