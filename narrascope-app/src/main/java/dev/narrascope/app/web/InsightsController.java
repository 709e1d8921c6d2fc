package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.SearchHit;
import dev.narrascope.trend.AlertDetector;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/search}, {@code /api/alerts} and {@code /api/findings}. */
final class InsightsController {
  /** Articles read per query when loading the alert window. */
  private static final int READ_PAGE = 2_000;
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

  /**
   * Rising narratives and actors by the core {@link AlertDetector}, as the CLI {@code alerts} command
   * computes them: same options, same defaults ({@code now} is today), over the articles matching
   * the other filters.
   */
  void alerts(Context ctx) {
    AlertDetector.Settings settings = Params.alertSettings(ctx);
    LocalDate now = Params.date(ctx, "now");
    if (now == null) now = LocalDate.now();
    LocalDate windowFrom = now.minusDays(settings.windowDays() - 1L);
    LocalDate baselineFrom = windowFrom.minusDays(settings.baselineDays());
    List<Article> articles = store.findAll(Params.filters(ctx).withDates(baselineFrom, now), READ_PAGE);
    ctx.json(new Dtos.Alerts(now, windowFrom, baselineFrom, settings, new AlertDetector(settings).detect(articles, now)));
  }

  void findings(Context ctx) {
    ctx.json(store.findings(Params.limit(ctx)));
  }
}
