package dev.narrascope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The documents benchmarks run on: every file under a folder, in sorted order, read as UTF-8. */
public final class BenchmarkDocuments {
  private BenchmarkDocuments() {}

  /**
   * @throws IllegalStateException when {@code folder} does not exist
   */
  public static List<Path> files(String folder) throws IOException {
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) throw new IllegalStateException("data folder not found: " + dir.toAbsolutePath());
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  public static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
