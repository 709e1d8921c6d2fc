package dev.narrascope.app.watch;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import dev.narrascope.ingest.TextDecoding;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a new feed item into a document: its article page (the item's link) when robots.txt allows
 * it and it can be fetched as HTML, else the item's own content with a finding naming the page and
 * why. Counts the pages it fetched. Not thread-safe (the counter).
 */
final class PageFetcher {
  static final String STAGE = "watch";
  static final String ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml", "");
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private final HttpFetcher fetcher;
  private final RobotsPolicy robots;
  private int fetched;

  PageFetcher(HttpFetcher fetcher, RobotsPolicy robots) {
    this.fetcher = fetcher;
    this.robots = robots;
  }

  /** Pages fetched so far. */
  int fetched() {
    return fetched;
  }

  /** The item's document, or null (with a finding) when there is neither page nor content. */
  RawDocument document(FeedItem item, Findings findings) throws InterruptedException {
    if (item.link() == null) return fallback(item, null, findings);
    URI uri = URI.create(item.link());
    RobotsPolicy.Verdict verdict = robots.check(uri);
    if (!verdict.allowed()) return fallback(item, "robots-disallowed: " + verdict.reason(), findings);
    try {
      HttpFetcher.Response r = fetcher.get(uri, Map.of("Accept", ACCEPT));
      fetched++;
      if (r.status() / 100 != 2) return fallback(item, "page-unavailable: HTTP " + r.status(), findings);
      if (!HTML_TYPES.contains(r.mediaType())) return fallback(item, "page-unavailable: not HTML (" + r.mediaType() + ")", findings);
      return item.page(decode(r));
    } catch (IOException e) {
      return fallback(item, "page-unavailable: " + WatchText.reason(e), findings);
    }
  }

  /** @param why "code: reason", or null when the item simply has no page */
  private static RawDocument fallback(FeedItem item, String why, Findings findings) {
    RawDocument own = item.itself();
    if (why != null) {
      String[] cw = why.split(": ", 2);
      findings.add(STAGE, cw[0], item.link(), cw[1] + (own == null ? "; the item has no text of its own either"
          : "; stored the feed item's own text instead"));
    } else if (own == null) {
      findings.add(STAGE, "no-text", item.key(), "feed item has neither a link nor content");
    }
    return own;
  }

  /** The Content-Type's charset when it names one Java knows, else the ingest's sniffing. */
  private static String decode(HttpFetcher.Response r) throws IOException {
    Matcher m = CHARSET.matcher(r.header("Content-Type").orElse(""));
    if (m.find()) {
      try {
        return new String(r.body(), Charset.forName(m.group(1).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        // fall through to sniffing
      }
    }
    return TextDecoding.decode(r.body()).text();
  }
}
