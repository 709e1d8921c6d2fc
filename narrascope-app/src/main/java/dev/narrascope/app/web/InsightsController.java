package dev.narrascope.app.web;

import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.SearchHit;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/search}, {@code /api/alerts} and {@code /api/findings}. */
final class InsightsController {
  private final ArticleStore store;

  InsightsController(ArticleStore store) {
    this.store = store;
  }

  void search(Context ctx) {
    String q = Params.requiredText(ctx, "q");
    ArticleQuery filters = Params.filters(ctx);
    List<SearchHit> hits = store.search(q, filters.page(filters.offset(), filters.limit() + 1));
    ctx.json(Dtos.Page.of(hits.stream()
        .map(h -> new Dtos.SearchResult(Dtos.ArticleSummary.of(h.article()), h.snippet(), h.score())).toList(),
        filters.offset(), filters.limit(), null));
  }

  void alerts(Context ctx) {
    ctx.json(NarrativeAlerts.compute(store, Params.date(ctx, "asOf"), Params.filters(ctx).withDates(null, null)));
  }

  void findings(Context ctx) {
    ctx.json(store.findings(Params.limit(ctx)));
  }
}
