package dev.narrascope.clean;

import dev.narrascope.Article;
import dev.narrascope.ArticleIds;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import org.jsoup.Jsoup;

/**
 * Turns a {@link RawDocument} into an {@link Article}: title, outlet, date and clean body text.
 * Language is left undetermined for the language stage. Thread-safe.
 */
public final class ArticleExtractor {
  public static final String STAGE = "clean";

  private ArticleExtractor() {}

  public static ArticleExtractor defaults() {
    return new ArticleExtractor();
  }

  /** @return the article, or {@code null} (with a finding) when the document holds no usable text */
  public Article extract(RawDocument doc, Findings findings) {
    String title;
    String body;
    if (doc.kind() == RawDocument.Kind.HTML) {
      var page = Jsoup.parse(doc.content());
      title = page.title();
      body = page.body() == null ? "" : page.body().text();
    } else {
      String text = doc.content().strip();
      int nl = text.indexOf('\n');
      title = nl < 0 ? text : text.substring(0, nl).strip();
      body = nl < 0 ? "" : text.substring(nl + 1).strip();
    }
    if (doc.title() != null && !doc.title().isBlank()) title = doc.title();
    if (body.isBlank()) {
      findings.add(STAGE, "no-text", doc.origin(), "no article text found");
      return null;
    }
    return new Article(ArticleIds.of(title, body), doc.origin(), doc.url(), title, doc.source(), null, null, 0,
        body, doc.metadata(), null);
  }
}
