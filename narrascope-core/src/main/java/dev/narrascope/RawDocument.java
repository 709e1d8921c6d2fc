package dev.narrascope;

import java.util.Map;
import java.util.Objects;

/**
 * One input document as read from disk, an archive, a feed or a JSON line, before cleaning.
 *
 * @param origin      where it came from, for messages: a path, {@code archive.zip!/entry.html} or {@code file.jsonl:12}
 * @param url         the article URL when known, else {@code null}
 * @param title       a title given by the container (feed item, JSON field), else {@code null}
 * @param content     the text or HTML body, decoded to a String
 * @param kind        whether {@code content} is HTML or already-scraped plain text
 * @param published   the publication date as given by the container (any format), else {@code null}
 * @param source      the outlet/source name given by the container, else {@code null}
 * @param metadata    any further fields (unknown JSON fields, feed categories…), never {@code null}
 */
public record RawDocument(String origin, String url, String title, String content, Kind kind,
                          String published, String source, Map<String, String> metadata) {
  /** What {@link RawDocument#content()} holds. */
  public enum Kind { TEXT, HTML }

  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(kind, "kind");
    metadata = Metadata.copyOf(metadata);
  }

  /** A plain-text document with nothing but its origin and content. */
  public static RawDocument text(String origin, String content) {
    return new RawDocument(origin, null, null, content, Kind.TEXT, null, null, Map.of());
  }

  /** An HTML page with nothing but its origin and markup. */
  public static RawDocument html(String origin, String html) {
    return new RawDocument(origin, null, null, html, Kind.HTML, null, null, Map.of());
  }
}
