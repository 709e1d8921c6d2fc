package dev.narrascope.ingest;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents from files, folders, archives and standard input, streaming each to a sink as a
 * {@link RawDocument}. Understands plain text ({@code .txt}), HTML ({@code .html}, {@code .htm},
 * also gzipped), JSON Lines ({@code .jsonl}, {@code .ndjson}), RSS and Atom feeds ({@code .xml},
 * {@code .rss}, {@code .atom}), zip and tar(.gz) archives (nested too), and sniffs the format of
 * files with other names. Folders are read recursively in sorted order, skipping hidden files.
 * Text is decoded from its byte-order mark, declared charset or a statistical guess (the charset
 * ends up in the document's {@code charset} metadata).
 *
 * <p>Nothing is held whole that can be streamed: JSON Lines are read a line at a time and archives
 * an entry at a time. One document (page, feed, line) over {@link #maxDocumentBytes()} is skipped.
 * Bad inputs (missing, unreadable, empty, binary, undecodable, too large, malformed JSON, broken
 * feeds, corrupt archives) each become one {@link dev.narrascope.Finding} of stage {@value #STAGE}
 * naming the input; the rest of the batch goes on.
 *
 * <pre>{@code
 * Findings findings = Findings.tracking(1000);
 * Ingestor.defaults().read(List.of(Path.of("corpus.zip"), Path.of("-")), doc -> docs.add(doc), findings);
 * }</pre>
 * Immutable and thread-safe; each {@code read} call works on the caller's thread.
 */
public final class Ingestor {
  public static final String STAGE = "ingest";
  /** The default limit for one document: 20 MB, far above any real article page. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L << 20;
  /** The path that means standard input. */
  public static final String STDIN = "-";

  private final long maxDocumentBytes;
  private final InputStream stdin;

  private Ingestor(long maxDocumentBytes, InputStream stdin) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.stdin = stdin;
  }

  /** Reads with the {@linkplain #DEFAULT_MAX_DOCUMENT_BYTES default limit}, {@code -} from {@link System#in}. */
  public static Ingestor defaults() {
    return new Ingestor(DEFAULT_MAX_DOCUMENT_BYTES, System.in);
  }

  /**
   * A copy that skips any one document over {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public Ingestor withMaxDocumentBytes(long bytes) {
    if (bytes <= 0) throw new IllegalArgumentException("maxDocumentBytes must be > 0: " + bytes);
    return new Ingestor(bytes, stdin);
  }

  /** A copy that reads the path {@code -} from {@code in} instead of {@link System#in}. */
  public Ingestor withStdin(InputStream in) {
    return new Ingestor(maxDocumentBytes, java.util.Objects.requireNonNull(in, "in may not be null"));
  }

  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Reads every document under {@code paths} and hands each to {@code sink}, in order.
   *
   * @param paths    files, folders (recursive) or archives; {@code -} reads standard input
   * @param sink     receives each document as soon as it is read
   * @param findings receives one finding per bad input
   */
  public void read(List<Path> paths, Consumer<RawDocument> sink, Findings findings) {
    InputDispatcher dispatcher = new InputDispatcher(maxDocumentBytes, sink, findings);
    for (Path p : paths) {
      if (p.toString().equals(STDIN)) {
        readStdin(dispatcher);
      } else if (Files.isDirectory(p)) {
        readFolder(p, dispatcher, new HashSet<>());
      } else if (Files.exists(p)) {
        readFile(p, dispatcher);
      } else {
        dispatcher.finding("missing", p.toString(), "no such file or folder");
      }
    }
  }

  /**
   * Reads one input opened by the caller (a file on a Hadoop file system, for the Spark job) as a
   * file of that name would be read: its extension picks the format, archives are unpacked, and a
   * bad input or a stream that fails becomes a finding naming {@code origin}. Does not close {@code in}.
   *
   * @param name the file name (its extension picks the format)
   * @param size the size in bytes when known, else {@code -1}
   */
  public void read(String name, String origin, InputStream in, long size, Consumer<RawDocument> sink, Findings findings) {
    InputDispatcher dispatcher = new InputDispatcher(maxDocumentBytes, sink, findings);
    try {
      dispatcher.dispatch(name, origin, in, size);
    } catch (IOException e) {
      dispatcher.finding("unreadable", origin, "cannot read: " + reason(e));
    }
  }

  /**
   * Reads one record with the JSON Lines fields ({@code url, title, text | html, published, source},
   * others into metadata) given as a map, as its JSON line would be read: a Parquet row of the Spark
   * job's input. A record with neither text nor HTML becomes a {@code no-text} finding.
   *
   * @param origin how the document and findings name the record ({@code file.parquet:ROW})
   */
  public void readRecord(String origin, Map<String, ?> fields, Consumer<RawDocument> sink, Findings findings) {
    JsonLinesReader.readRecord(origin, fields, sink, findings);
  }

  /**
   * Reads one RSS or Atom feed held in memory (a feed posted to the server), as a {@code .xml} file
   * would be read; a broken or empty feed becomes a finding.
   *
   * @param origin   how documents and findings name the feed
   * @param bytes    the feed's bytes
   * @param declared the charset its container declares (an HTTP {@code Content-Type}), or {@code null}
   *                 to go by the XML declaration and byte-order mark
   * @param sink     receives one HTML document per item
   * @param findings receives one finding per bad item, or one for a bad feed
   */
  public void readFeed(String origin, byte[] bytes, java.nio.charset.Charset declared, Consumer<RawDocument> sink,
                       Findings findings) {
    try {
      if (bytes.length > maxDocumentBytes) throw new BadInputException("too-large", "feed over the " + Sizes.human(maxDocumentBytes) + " limit");
      FeedReader.read(origin, bytes, declared, sink, findings);
    } catch (BadInputException e) {
      findings.add(STAGE, e.code(), origin, e.getMessage());
    }
  }

  private void readStdin(InputDispatcher dispatcher) {
    try {
      dispatcher.dispatch("", STDIN, stdin, -1);
    } catch (IOException e) {
      dispatcher.finding("unreadable", STDIN, "cannot read standard input: " + e.getMessage());
    }
  }

  /** @param seen the real paths of the folders being read, so a link back up the tree is not followed forever */
  private static void readFolder(Path dir, InputDispatcher dispatcher, Set<Path> seen) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      if (!seen.add(dir.toRealPath())) {
        dispatcher.finding("skipped", dir.toString(), "link to a folder already being read, skipped");
        return;
      }
      children = list.filter(c -> !c.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      dispatcher.finding("unreadable", dir.toString(), "cannot list folder: " + reason(e));
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child)) readFolder(child, dispatcher, seen);
      else readFile(child, dispatcher);
    }
    seen.remove(realPath(dir));
  }

  private static Path realPath(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir;
    }
  }

  private static void readFile(Path file, InputDispatcher dispatcher) {
    String origin = file.toString();
    if (!Files.isRegularFile(file)) {
      dispatcher.finding("unreadable", origin, "not a regular file");
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      dispatcher.dispatch(file.getFileName().toString(), origin, in, Files.size(file));
    } catch (IOException e) {
      dispatcher.finding("unreadable", origin, "cannot read: " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file";
    return Sizes.oneLine(e.getMessage());
  }
}
