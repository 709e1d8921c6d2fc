package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.util.List;

/** Reads every article matching a query from a store, page by page. Stateless; thread-safe. */
final class StoredArticles {
  static final int PAGE = 2000;

  private StoredArticles() {}

  static List<Article> all(ArticleStore store, ArticleQuery query) {
    return store.findAll(query, PAGE);
  }
}
