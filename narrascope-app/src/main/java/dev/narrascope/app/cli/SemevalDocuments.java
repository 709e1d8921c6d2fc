package dev.narrascope.app.cli;

import dev.narrascope.ingest.TextDecoding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The shared loop of the {@code semeval} prediction commands: every {@code *.txt} file of a folder,
 * in name order, read exactly as stored (UTF-8, no newline translation; another charset only when
 * the bytes are not UTF-8), turned into one output line by {@link LineMaker}. A file that cannot be
 * read (empty, binary, undecodable) still gets a line, the fallback, and a message on stderr: the
 * scorer must never miss a document.
 */
final class SemevalDocuments {
  /** Makes the output line (without newline) for one document. */
  interface LineMaker {
    String line(String id, String text);
  }

  private SemevalDocuments() {}

  /** Writes one line per document to {@code output}; returns the number of unreadable documents. */
  static int run(Path documents, Path output, LineMaker maker, String fallback, PrintWriter err, boolean progress)
      throws IOException {
    if (!Files.isDirectory(documents)) throw new IllegalArgumentException("not a folder: " + documents);
    List<Path> files;
    try (Stream<Path> s = Files.list(documents)) {
      files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
    }
    Progress bar = new Progress(err, progress, "documents");
    int failed = 0;
    if (output.toAbsolutePath().getParent() != null) Files.createDirectories(output.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Path file : files) {
        String id = file.getFileName().toString();
        String line;
        try {
          line = maker.line(id, read(file, err));
        } catch (IOException | RuntimeException e) {
          failed++;
          err.println("\nwarning: " + file + ": cannot read (" + e.getMessage() + "), writing Other");
          line = id + "\t" + fallback;
        }
        w.write(line);
        w.write('\n');
        bar.step();
      }
    }
    bar.done();
    err.flush();
    return failed;
  }

  /**
   * A task document's text, for every {@code semeval} command: UTF-8 exactly as stored (the task's
   * offsets count its chars); another charset only when the bytes are not UTF-8, found as the
   * ingest finds it, with a warning.
   *
   * @throws IOException when the file cannot be read, or is binary, empty of text or undecodable
   */
  static String read(Path file, PrintWriter err) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) throw new IOException("binary file, not text"); // valid UTF-8 can still be binary
      return text;
    } catch (CharacterCodingException e) {
      TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
      err.println("\nwarning: " + file + ": not UTF-8, read as " + decoded.charset());
      return decoded.text();
    }
  }

  /** Normalises a {@code --lang} value ({@code EN}, {@code en}) to the ISO code the models use. */
  static String language(String lang) {
    return lang.strip().toLowerCase(Locale.ROOT);
  }

  /** One TSV field: tabs and line breaks would break the format, so they become spaces. */
  static String field(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
