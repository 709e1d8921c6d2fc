package dev.narrascope.store.sqlite;

import dev.narrascope.natives.NativeLibraryCache;
import java.util.List;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Points sqlite-jdbc at its library in the user's {@link NativeLibraryCache} before the first
 * connection, so it does not write a new copy into {@code /tmp} at every start (one the JVM leaves behind
 * when it is killed). {@code -Dorg.sqlite.lib.path} or {@code -Dorg.sqlite.lib.name} given by the user
 * win; without a writable cache sqlite-jdbc extracts its library itself as before.
 */
final class SqliteLibraries {
  static final String PATH_PROPERTY = "org.sqlite.lib.path";
  static final String NAME_PROPERTY = "org.sqlite.lib.name";

  private SqliteLibraries() {}

  /** Sets both properties to the cached library, unless either is set or it cannot be cached. */
  static synchronized void prepare() {
    if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) return;
    String name = LibraryLoaderUtil.getNativeLibName();
    NativeLibraryCache.forUser()
        .flatMap(cache -> cache.folder("sqlite-jdbc", SQLiteJDBCLoader.class.getClassLoader(), LibraryLoaderUtil.getNativeLibResourcePath(), List.of(name)))
        .ifPresent(folder -> {
          System.setProperty(NAME_PROPERTY, name);
          System.setProperty(PATH_PROPERTY, folder.toString());
        });
  }
}
