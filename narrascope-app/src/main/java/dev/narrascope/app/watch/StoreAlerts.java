package dev.narrascope.app.watch;

import dev.narrascope.app.analysis.StoredArticles;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.trend.AlertDetector;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The alerts of {@code narrascope alerts} over a store: the window ends today (by the clock), the
 * detector's settings as given (the command's defaults: {@link AlertDetector.Settings#defaults()}).
 * Thread-safe.
 */
public final class StoreAlerts implements AlertSource {
  private final ArticleStore store;
  private final AlertDetector.Settings settings;
  private final Clock clock;

  public StoreAlerts(ArticleStore store, AlertDetector.Settings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public List<AlertDetector.Alert> current() {
    AlertDetector detector = new AlertDetector(settings);
    LocalDate end = LocalDate.now(clock);
    var articles = StoredArticles.all(store, ArticleQuery.all().withDates(detector.baselineStart(end), end));
    return detector.detect(articles, end);
  }
}
