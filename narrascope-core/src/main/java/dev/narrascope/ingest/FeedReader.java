package dev.narrascope.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: one HTML document per item, from
 * {@code content:encoded} / Atom content, else the description or summary. The item's title goes
 * into a {@code <title>} so the cleaner sees a whole page. Items are named {@code feed.xml#N}.
 * Thread-safe (a new Rome parser per feed; Rome's parsers are not shareable).
 */
public final class FeedReader {
  private FeedReader() {}

  static void read(String origin, byte[] bytes, Consumer<RawDocument> sink, Findings findings) throws BadInputException {
    read(origin, bytes, null, sink, findings);
  }

  /** @param declared the charset a container (an HTTP header) declares, which wins over the XML's own; or {@code null} */
  static void read(String origin, byte[] bytes, Charset declared, Consumer<RawDocument> sink, Findings findings)
      throws BadInputException {
    SyndFeed feed;
    String encoding;
    try (XmlReader xml = declared == null ? new XmlReader(new ByteArrayInputStream(bytes))
        : new XmlReader(new ByteArrayInputStream(bytes), "application/xml; charset=" + declared.name(), true)) {
      encoding = xml.getEncoding();
      // Rome refuses DOCTYPEs by default, which also shuts out XML entity expansion attacks.
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new BadInputException("broken-feed", "broken feed: " + Sizes.oneLine(e.getMessage()));
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) throw new BadInputException("no-text", "feed has no items");
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String where = origin + "#" + (i + 1);
      String body = entryHtml(entry);
      if (body == null) {
        findings.add(Ingestor.STAGE, "no-text", where, "feed item has no content or description");
        continue;
      }
      String title = entry.getTitle() == null ? null : entry.getTitle().strip();
      String page = "<html><head><title>" + (title == null ? "" : Entities.escape(title)) + "</title></head><body>"
          + body + "</body></html>";
      Map<String, String> metadata = new LinkedHashMap<>();
      if (encoding != null) metadata.put("charset", encoding);
      if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) metadata.put("author", entry.getAuthor());
      if (!entry.getCategories().isEmpty()) {
        metadata.put("categories", entry.getCategories().stream().map(c -> c.getName())
            .collect(Collectors.joining(", ")));
      }
      if (feed.getLink() != null) metadata.put("feed", feed.getLink());
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      sink.accept(new RawDocument(where, blankToNull(entry.getLink()), title, page, RawDocument.Kind.HTML,
          date == null ? null : date.toInstant().toString(), blankToNull(feed.getTitle()), metadata));
    }
  }

  /**
   * An entry's own text as HTML: its first non-blank content, else its description (plain text
   * escaped); {@code null} when it has neither. Shared with the feed watcher.
   */
  public static String entryHtml(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) return html(c);
    }
    SyndContent d = entry.getDescription();
    return d != null && d.getValue() != null && !d.getValue().isBlank() ? html(d) : null;
  }

  /** Plain-text content is escaped so that a stray {@code <} in it is not read as markup. */
  private static String html(SyndContent c) {
    String type = c.getType();
    return type != null && type.contains("text") && !type.contains("html") ? Entities.escape(c.getValue()) : c.getValue();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
