package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.LabelCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rising narratives: a narrative's share of articles in the last {@value #RECENT_DAYS} days
 * (ending at {@code asOf}, inclusive) against its share in the {@value #BASELINE_DAYS} days before.
 * It is an alert when it has at least {@value #MIN_RECENT} recent articles and its share at least
 * doubled ({@link #MIN_LIFT}), or it is new (no baseline articles). Stateless; thread-safe.
 *
 * <p>{@code asOf} defaults to the newest publication date in the store, not today: corpora are
 * often historical, and "the last week" of a 2023 corpus is its last week.
 */
final class NarrativeAlerts {
  static final int RECENT_DAYS = 7;
  static final int BASELINE_DAYS = 28;
  static final int MIN_RECENT = 3;
  static final double MIN_LIFT = 2.0;
  /** Narratives considered per window; far more than a taxonomy has. */
  private static final int MAX_LABELS = 1_000;

  /**
   * @param isNew         no article had this narrative in the baseline window
   * @param lift          recent share / baseline share, or {@code null} when new
   */
  record Alert(String narrative, long recentCount, double recentShare, long baselineCount, double baselineShare,
               Double lift, boolean isNew) {}

  record Report(LocalDate asOf, LocalDate recentFrom, LocalDate baselineFrom, LocalDate baselineTo,
                long recentArticles, long baselineArticles, List<Alert> alerts) {}

  private NarrativeAlerts() {}

  static Report compute(ArticleStore store, LocalDate asOf, ArticleQuery filters) {
    if (asOf == null) asOf = newestDate(store, filters);
    if (asOf == null) return new Report(null, null, null, null, 0, 0, List.of());
    LocalDate recentFrom = asOf.minusDays(RECENT_DAYS - 1);
    LocalDate baselineTo = recentFrom.minusDays(1);
    LocalDate baselineFrom = baselineTo.minusDays(BASELINE_DAYS - 1);
    ArticleQuery recentQ = filters.withDates(recentFrom, asOf);
    ArticleQuery baselineQ = filters.withDates(baselineFrom, baselineTo);
    long recentTotal = store.count(recentQ);
    long baselineTotal = store.count(baselineQ);
    Map<String, Long> baseline = new HashMap<>();
    for (LabelCount c : store.labelCounts("narrative", baselineQ, MAX_LABELS)) baseline.put(c.label(), c.count());
    List<Alert> alerts = new ArrayList<>();
    for (LabelCount c : store.labelCounts("narrative", recentQ, MAX_LABELS)) {
      if (c.count() < MIN_RECENT) continue;
      double recentShare = (double) c.count() / recentTotal;
      long baseN = baseline.getOrDefault(c.label(), 0L);
      double baseShare = baselineTotal == 0 ? 0 : (double) baseN / baselineTotal;
      if (baseN == 0) {
        alerts.add(new Alert(c.label(), c.count(), recentShare, 0, 0, null, true));
      } else if (recentShare >= MIN_LIFT * baseShare) {
        alerts.add(new Alert(c.label(), c.count(), recentShare, baseN, baseShare, recentShare / baseShare, false));
      }
    }
    alerts.sort(Comparator.comparing((Alert a) -> !a.isNew())
        .thenComparing(a -> a.lift() == null ? 0 : -a.lift())
        .thenComparing(a -> -a.recentCount()).thenComparing(Alert::narrative));
    return new Report(asOf, recentFrom, baselineFrom, baselineTo, recentTotal, baselineTotal, alerts);
  }

  private static LocalDate newestDate(ArticleStore store, ArticleQuery filters) {
    // find() sorts newest first with undated last, so the first dated article holds the newest date.
    List<Article> newest = store.find(filters.withDates(LocalDate.of(1, 1, 1), null).page(0, 1));
    return newest.isEmpty() ? null : newest.get(0).published();
  }
}
