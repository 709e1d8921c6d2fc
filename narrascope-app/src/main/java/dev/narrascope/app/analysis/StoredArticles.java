package dev.narrascope.app.analysis;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;

/** Reads every article matching a query from a store, page by page. Stateless; thread-safe. */
public final class StoredArticles {
  static final int PAGE = 2000;

  private StoredArticles() {}

  public static List<Article> all(ArticleStore store, ArticleQuery query) {
    List<Article> out = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Article> page = store.find(query.page(offset, PAGE));
      out.addAll(page);
      if (page.size() < PAGE) return out;
    }
  }
}
