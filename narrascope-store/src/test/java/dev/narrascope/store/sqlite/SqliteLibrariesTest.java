package dev.narrascope.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.natives.NativeLibraryCache;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

final class SqliteLibrariesTest {
  @TempDir Path dir;

  @Test
  void aStore_runsOnTheLibraryInTheUsersCache() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("a.db"))) {
      assertThat(store.storyCount()).isZero();
    }

    Path folder = Path.of(System.getProperty(SqliteLibraries.PATH_PROPERTY));
    assertThat(folder.getParent()).isEqualTo(NativeLibraryCache.forUser().orElseThrow().base());
    assertThat(System.getProperty(SqliteLibraries.NAME_PROPERTY)).isEqualTo(LibraryLoaderUtil.getNativeLibName());
    assertThat(folder.resolve(LibraryLoaderUtil.getNativeLibName())).isRegularFile();
  }
}
