package dev.narrascope.ingest;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents from files and folders, streaming each to a sink. Bad inputs become findings
 * naming the input; the rest of the batch goes on. Thread-safe.
 */
public final class Ingestor {
  public static final String STAGE = "ingest";

  private Ingestor() {}

  public static Ingestor defaults() {
    return new Ingestor();
  }

  /** Reads every document under {@code paths} (recursively) and hands each to {@code sink}. */
  public void read(List<Path> paths, Consumer<RawDocument> sink, Findings findings) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          files.filter(Files::isRegularFile).sorted().forEach(f -> readFile(f, sink, findings));
        } catch (IOException e) {
          findings.add(STAGE, "unreadable", p.toString(), "cannot list folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        readFile(p, sink, findings);
      } else {
        findings.add(STAGE, "missing", p.toString(), "no such file or folder");
      }
    }
  }

  private void readFile(Path f, Consumer<RawDocument> sink, Findings findings) {
    try {
      String content = Files.readString(f, StandardCharsets.UTF_8);
      if (content.isBlank()) {
        findings.add(STAGE, "empty-file", f.toString(), "the file is empty");
        return;
      }
      String name = f.getFileName().toString().toLowerCase();
      sink.accept(name.endsWith(".html") || name.endsWith(".htm")
          ? RawDocument.html(f.toString(), content) : RawDocument.text(f.toString(), content));
    } catch (IOException e) {
      findings.add(STAGE, "unreadable", f.toString(), "cannot read: " + e.getMessage());
    }
  }
}
