package dev.narrascope.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting the temporary folders the commands make. */
public final class Folders {
  private Folders() {}

  /**
   * Deletes {@code root} and everything under it, deepest paths first; nothing if it does not exist.
   *
   * @throws UncheckedIOException if a path cannot be listed or deleted
   */
  public static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes {@code root} when the JVM exits normally. (Not {@code File.deleteOnExit}: it deletes in the
   * reverse order of registration, so a folder registered after its files is tried while still full, and
   * stays.)
   */
  public static void deleteOnExit(Path root) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        deleteTree(root);
      } catch (UncheckedIOException e) {
        // at exit: a leftover temporary folder is no reason to fail the run
      }
    }, "delete " + root.getFileName()));
  }
}
