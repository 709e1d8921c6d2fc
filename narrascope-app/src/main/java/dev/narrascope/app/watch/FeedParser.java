package dev.narrascope.app.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.narrascope.ingest.FeedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * Parses an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome into {@link FeedItem}s: the item's
 * {@code content:encoded} / Atom content, else its description or summary, as HTML (plain text
 * escaped), as {@code dev.narrascope.ingest.FeedReader} reads feed files. Stateless.
 */
final class FeedParser {
  private FeedParser() {}

  /**
   * @param contentType the HTTP Content-Type (its charset is used when the XML declares none), or null
   * @throws IOException naming the problem when the bytes are not a feed
   */
  static List<FeedItem> parse(String feedUrl, byte[] body, String contentType) throws IOException {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      // Rome refuses DOCTYPEs by default, which also shuts out XML entity expansion attacks.
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IllegalArgumentException e) {
      throw new IOException("malformed feed: " + WatchText.oneLine(e.getMessage()), e);
    }
    String feedTitle = blankToNull(feed.getTitle());
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = absolute(feedUrl, blankToNull(e.getLink()));
      String content = FeedReader.entryHtml(e);
      String title = blankToNull(e.getTitle());
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(new FeedItem(key(feedUrl, blankToNull(e.getUri()), link, title, content), feedUrl, feedTitle, link, title,
          content, date == null ? null : date.toInstant().toString()));
    }
    return items;
  }

  /** The guid/id, else the link; one that is no URI (a bare number) is made unique with the feed URL. */
  static String key(String feedUrl, String guid, String link, String title, String body) {
    String k = guid != null ? guid : link;
    if (k == null) k = "sha256:" + sha256((title == null ? "" : title) + "\n" + (body == null ? "" : body));
    return k.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+") ? k : feedUrl + " " + k;
  }

  private static String absolute(String feedUrl, String link) {
    if (link == null) return null;
    try {
      URI u = URI.create(feedUrl).resolve(link.replace(" ", "%20"));
      String scheme = u.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? u.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
