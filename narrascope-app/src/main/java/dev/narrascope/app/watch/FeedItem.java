package dev.narrascope.app.watch;

import dev.narrascope.RawDocument;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * One feed item as the watcher needs it.
 *
 * @param key       what marks it as seen: its guid/id, else its link (prefixed with the feed URL when not a URI)
 * @param feedUrl   the feed it came from
 * @param feedTitle the feed's title (the outlet), or null
 * @param link      its article page, absolute, or null
 * @param title     its title, or null
 * @param body      its own HTML content or description, or null
 * @param published its date as an ISO instant, or null
 */
record FeedItem(String key, String feedUrl, String feedTitle, String link, String title, String body, String published) {
  /** The article page as fetched, with the item's title, date and outlet. */
  RawDocument page(String html) {
    return new RawDocument(link, link, title, html, RawDocument.Kind.HTML, published, feedTitle, Map.of("feed", feedUrl));
  }

  /** The item's own content as a page, or null when it has none. */
  RawDocument itself() {
    if (body == null) return null;
    String html = "<html><head><title>" + (title == null ? "" : Entities.escape(title)) + "</title></head><body>"
        + body + "</body></html>";
    return new RawDocument(link != null ? link : key, link, title, html, RawDocument.Kind.HTML, published, feedTitle,
        Map.of("feed", feedUrl));
  }
}
