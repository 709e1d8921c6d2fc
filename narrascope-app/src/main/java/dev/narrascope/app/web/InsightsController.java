package dev.narrascope.app.web;

import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.LabelCount;
import dev.narrascope.store.SearchHit;
import dev.narrascope.trend.AlertDetector;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/search}, {@code /api/alerts} and {@code /api/findings}. */
final class InsightsController {
  /** The label kinds {@link AlertDetector} watches, as the store names them. */
  private static final List<String> ALERT_KINDS = List.of("narrative", "actor");
  /** Labels counted per kind and period: far more than a taxonomy has, and bounds a store full of actor names. */
  private static final int MAX_LABELS = 100_000;
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
   * finds them: same rule, options and defaults ({@code now} is today), over the articles matching
   * the other filters. The store counts articles per label in SQL (loading every article of five
   * weeks made this the slowest endpoint); the detector applies the rule to the counts.
   */
  void alerts(Context ctx) {
    AlertDetector.Settings settings = Params.alertSettings(ctx);
    AlertDetector detector = new AlertDetector(settings);
    LocalDate now = Params.date(ctx, "now");
    if (now == null) now = LocalDate.now();
    LocalDate windowFrom = detector.windowStart(now);
    LocalDate baselineFrom = detector.baselineStart(now);
    ArticleQuery filters = Params.filters(ctx);
    ArticleQuery window = filters.withDates(windowFrom, now);
    ArticleQuery baseline = filters.withDates(baselineFrom, windowFrom.minusDays(1));
    List<AlertDetector.LabelCounts> labels = new ArrayList<>();
    for (String kind : ALERT_KINDS) {
      Map<String, Long> before = new HashMap<>();
      for (LabelCount c : store.labelCounts(kind, baseline, MAX_LABELS)) before.put(c.label(), c.count());
      // Only labels seen in the window can alert (minCount >= 1), so the window's labels are enough.
      for (LabelCount c : store.labelCounts(kind, window, MAX_LABELS)) {
        labels.add(new AlertDetector.LabelCounts(kind, c.label(), c.count(), before.getOrDefault(c.label(), 0L)));
      }
    }
    ctx.json(new Dtos.Alerts(now, windowFrom, baselineFrom, settings,
        detector.detect(labels, store.count(window), store.count(baseline))));
  }

  void findings(Context ctx) {
    ctx.json(store.findings(Params.limit(ctx)));
  }
}
