package dev.narrascope.app.web;

import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The API contract over a SQLite file. */
final class SqliteApiTest extends ApiContractTest {
  @TempDir Path dir;

  @Override
  ArticleStore openStore() {
    return SqliteArticleStore.open(dir.resolve("api.db"));
  }
}
