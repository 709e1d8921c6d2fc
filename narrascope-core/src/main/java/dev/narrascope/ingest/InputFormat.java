package dev.narrascope.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input the ingestor understands, recognised by file name or, failing that, by content. */
enum InputFormat {
  TEXT, HTML, JSON_LINES,
  /** One JSON document: an array of articles, or one article ({@code .json}, unless its content is JSON Lines). */
  JSON,
  FEED, ZIP, TAR, TAR_GZ, GZIP,
  /** Files a saved web page drags along (styles, scripts, images): not articles. */
  ASSET,
  /** No extension we know: decide from the first bytes. */
  UNKNOWN;

  /** Bytes {@link #sniff} looks at. */
  static final int SNIFF_BYTES = 1024;

  static InputFormat byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) return TAR_GZ;
    if (n.endsWith(".gz")) return GZIP;
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> TEXT;
      case "html", "htm", "xhtml", "shtml" -> HTML;
      case "jsonl", "ndjson" -> JSON_LINES;
      case "json" -> JSON;
      case "xml", "rss", "atom" -> FEED;
      case "zip" -> ZIP;
      case "tar" -> TAR;
      case "css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "avif",
           "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "webm", "pdf", "doc", "docx", "exe", "class", "jar"
          -> ASSET;
      default -> UNKNOWN;
    };
  }

  /**
   * Guesses the format of an input without a telling name from its first bytes. Binary content comes
   * back as {@link #TEXT}: the decoder rejects it with the proper message.
   */
  static InputFormat sniff(byte[] head, int length) {
    if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)) {
      return ZIP;
    }
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return GZIP;
    if (length >= 262 && new String(head, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar")) return TAR;
    String start = new String(head, 0, length, StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
        .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("{") || start.startsWith("[")) return jsonShape(start);
    if (start.startsWith("<")) {
      return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf") ? FEED : HTML;
    }
    return TEXT;
  }

  /**
   * JSON Lines or one JSON document, from the start of content that opens with {@code [} or {@code {}:
   * an array is a document; so is an object whose first line is only its brace (pretty-printed), while
   * JSON Lines hold a whole object on their first line. Many exporters name JSON Lines {@code .json}.
   */
  static InputFormat jsonShape(String start) {
    if (start.startsWith("[")) return JSON;
    int newline = start.indexOf('\n');
    return newline >= 0 && start.substring(0, newline).strip().equals("{") ? JSON : JSON_LINES;
  }
}
