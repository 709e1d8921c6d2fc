package dev.narrascope.app.analysis;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads every article matching a query from a store, page by page. Stateless; thread-safe. */
public final class StoredArticles {
  static final int PAGE = 2000;

  private StoredArticles() {}

  public static List<Article> all(ArticleStore store, ArticleQuery query) {
    List<Article> out = new ArrayList<>();
    forEach(store, query, out::add);
    return out;
  }

  /** Hands every matching article to {@code sink}, one page in memory at a time. */
  public static void forEach(ArticleStore store, ArticleQuery query, Consumer<Article> sink) {
    for (int offset = 0; ; offset += PAGE) {
      List<Article> page = store.find(query.page(offset, PAGE));
      page.forEach(sink);
      if (page.size() < PAGE) return;
    }
  }
}
