package dev.narrascope.ingest;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Sends one input stream to the reader for its format (by name, else by sniffing its first bytes)
 * and turns a {@link BadInputException} into a finding naming the input. One instance per
 * {@link Ingestor#read} call: it holds that call's sink and findings. Not thread-safe.
 */
final class InputDispatcher {
  private final long maxDocumentBytes;
  private final JsonLinesReader jsonLines;
  private final Consumer<RawDocument> sink;
  private final Findings findings;

  InputDispatcher(long maxDocumentBytes, Consumer<RawDocument> sink, Findings findings) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.jsonLines = new JsonLinesReader((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes));
    this.sink = sink;
    this.findings = findings;
  }

  /**
   * Reads one input. The stream is not closed (archives hand in their entry streams).
   *
   * @param name   a file or entry name; its extension picks the format
   * @param origin how findings and documents name this input
   * @param size   the size in bytes when known, else {@code -1}
   * @throws IOException when the stream itself fails (the caller knows whether that is a file or an archive)
   */
  void dispatch(String name, String origin, InputStream in, long size) throws IOException {
    try {
      InputFormat format = InputFormat.byName(name);
      if (format == InputFormat.UNKNOWN || format == InputFormat.JSON) { // a .json file may hold JSON Lines
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(InputFormat.SNIFF_BYTES);
        byte[] head = buffered.readNBytes(InputFormat.SNIFF_BYTES);
        buffered.reset();
        in = buffered;
        InputFormat sniffed = InputFormat.sniff(head, head.length);
        format = format == InputFormat.UNKNOWN || sniffed == InputFormat.JSON_LINES ? sniffed : format;
      }
      switch (format) {
        case TEXT, HTML, UNKNOWN -> page(origin, in, size, format);
        case JSON_LINES -> jsonLines.read(origin, in, sink, findings);
        case JSON -> JsonDocumentReader.read(origin, in, sink, findings);
        case FEED -> FeedReader.read(origin, bounded(in, size), sink, findings);
        case ZIP -> ArchiveReader.readZip(origin, in, this);
        case TAR -> ArchiveReader.readTar(origin, in, this);
        case TAR_GZ -> ArchiveReader.readTar(origin, gunzip(in), this);
        case GZIP -> gzipped(name, origin, in);
        case ASSET -> throw new BadInputException("skipped", "not an article (" + extension(name) + " file), skipped");
      }
    } catch (BadInputException e) {
      finding(e.code(), origin, e.getMessage());
    }
  }

  void finding(String code, String input, String message) {
    findings.add(Ingestor.STAGE, code, input, message);
  }

  private void page(String origin, InputStream in, long size, InputFormat format) throws IOException, BadInputException {
    TextDecoder.Decoded decoded = TextDecoder.decode(bounded(in, size));
    String text = decoded.text();
    if (text.isBlank()) throw new BadInputException("empty-file", "empty file (only whitespace)");
    boolean html = format == InputFormat.HTML || looksLikeHtml(text);
    Map<String, String> metadata = Map.of("charset", decoded.charset(), "charsetFrom", decoded.how());
    sink.accept(new RawDocument(origin, null, null, text, html ? RawDocument.Kind.HTML : RawDocument.Kind.TEXT,
        null, null, metadata));
  }

  /** A page saved with a {@code .txt} name (or none) is still a page. */
  private static boolean looksLikeHtml(String text) {
    String start = text.substring(0, Math.min(text.length(), 64)).stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /** All of one document's bytes, refusing documents over the limit without reading them whole. */
  private byte[] bounded(InputStream in, long size) throws IOException, BadInputException {
    if (size > maxDocumentBytes) throw tooLarge(size);
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes + 1));
    if (bytes.length > maxDocumentBytes) throw tooLarge(-1);
    if (bytes.length == 0) throw new BadInputException("empty-file", "empty file");
    return bytes;
  }

  private BadInputException tooLarge(long size) {
    return new BadInputException("too-large", (size >= 0 ? "too large (" + Sizes.human(size) + ")" : "too large")
        + ": over the " + Sizes.human(maxDocumentBytes) + " limit for one document, skipped");
  }

  /** {@code page.html.gz} is read as {@code page.html}; a gzip sniffed without such a name is sniffed again. */
  private void gzipped(String name, String origin, InputStream in) throws BadInputException {
    String inner = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : "";
    try {
      dispatch(inner, origin, gunzip(in), -1);
    } catch (IOException e) {
      throw new BadInputException("corrupt-archive", "corrupt gzip: " + Sizes.oneLine(e.getMessage()));
    }
  }

  private static InputStream gunzip(InputStream in) throws BadInputException {
    try {
      return GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
    } catch (IOException e) {
      throw new BadInputException("corrupt-archive", "corrupt gzip: " + Sizes.oneLine(e.getMessage()));
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
