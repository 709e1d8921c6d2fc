package dev.narrascope.app.web;

import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The corrections API over a SQLite file. */
final class SqliteCorrectionsApiTest extends CorrectionsApiContractTest {
  @TempDir Path dir;

  @Override
  ArticleStore openStore() {
    return SqliteArticleStore.open(dir.resolve("corrections.db"));
  }
}
