package dev.narrascope.store.sqlite;

import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.ArticleStoreContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the store contract on a SQLite file in a temp folder. */
final class SqliteArticleStoreTest extends ArticleStoreContractTest {
  @TempDir Path dir;

  @Override
  protected ArticleStore open() {
    return SqliteArticleStore.open(dir.resolve("x.db"));
  }
}
