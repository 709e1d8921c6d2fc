package dev.narrascope.app.cli;

import dev.narrascope.files.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample corpus bundled in the jar ({@code samples/corpus} in the repository), copied to a
 * temporary folder so it can be analysed like any user folder.
 */
final class SampleCorpus {
  static final String RESOURCE = "sample-corpus";

  private SampleCorpus() {}

  /** Copies the bundled corpus to a new temporary folder (deleted when the JVM exits) and returns it. */
  static Path extract() {
    URL url = SampleCorpus.class.getClassLoader().getResource(RESOURCE);
    if (url == null) throw new IllegalStateException("The bundled sample corpus is missing from the jar");
    try {
      Path target = Files.createTempDirectory("narrascope-sample-");
      Folders.deleteOnExit(target);
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          copyTree(fs.getPath("/" + RESOURCE), target);
        }
      } else {
        copyTree(Path.of(uri), target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack the bundled sample corpus: " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(from)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      Path dest = to.resolve(from.relativize(f).toString());
      Files.createDirectories(dest.getParent());
      Files.copy(f, dest);
    }
  }
}
