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
  /**
   * 4 Mi chars of markup: about three times the largest of the 91 benchmark news pages (1.4 MB), and
   * a cap that keeps a runaway page to a few seconds of work.
   */
  static final int MAX_CHARS = 4 * 1024 * 1024;

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
    if (meta.body() != null && body.length() < 0.3 * meta.body().length()) {
      // The markup hid the body (script-rendered pages): the publisher's own JSON-LD copy is the next best thing.
      findings.add(ArticleExtractor.STAGE, "body-from-json-ld", doc.origin(), "article text taken from JSON-LD articleBody");
      body = BodyFilter.clean(jsonLdBody(meta.body()), meta.title());
    }
    return new Result(meta, body);
  }

  /** articleBody is plain text with newlines, or sometimes escaped HTML. */
  private static String jsonLdBody(String body) {
    if (body.contains("</")) return Paragraphs.of(Jsoup.parseBodyFragment(body).body());
    return String.join("\n\n", body.strip().split("\\s*\\n\\s*"));
  }
}
