package dev.narrascope.clean;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts title, metadata and body text from an HTML page. Pages over {@link #MAX_CHARS} are cut
 * there (with a finding): real article markup is far smaller, and a runaway page must not take the
 * batch's memory. Stateless and thread-safe.
 */
final class HtmlExtractor {
  /** About 8 MB of markup; the largest news pages seen are under 3 MB. */
  static final int MAX_CHARS = 8 * 1024 * 1024;

  record Result(PageMetadata meta, String body) {}

  Result extract(RawDocument doc, Findings findings) {
    String html = doc.content();
    if (html.length() > MAX_CHARS) {
      findings.add(ArticleExtractor.STAGE, "page-truncated", doc.origin(),
          "page of " + html.length() + " chars cut to the first " + MAX_CHARS);
      html = html.substring(0, MAX_CHARS);
    }
    Document page = Jsoup.parse(html, doc.url() == null ? "" : doc.url());
    PageMetadata meta = PageMetadata.read(page, doc.url());
    String body = page.body() == null ? "" : MainContent.extract(page.body());
    body = BodyFilter.clean(body, meta.title());
    return new Result(meta, body);
  }
}
