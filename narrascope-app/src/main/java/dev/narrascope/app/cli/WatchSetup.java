package dev.narrascope.app.cli;

import dev.narrascope.Pipeline;
import dev.narrascope.app.watch.FetchSettings;
import dev.narrascope.app.watch.Sleeper;
import dev.narrascope.app.watch.StoreAlerts;
import dev.narrascope.app.watch.WatchConfig;
import dev.narrascope.app.watch.Watcher;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.trend.AlertDetector;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** What {@code watch} and {@code serve --watch} share: the checked configuration, and a watcher wired to the store. */
final class WatchSetup {
  private WatchSetup() {}

  /**
   * @throws IllegalArgumentException naming the first bad option (before any work is done)
   */
  static WatchConfig config(List<Path> folders, List<String> feeds, Path feedsFile, Duration interval, String webhook,
                            Path state, String dbSpec, FetchSettings fetch) {
    List<String> urls = WatchConfig.feedUrls(feeds == null ? List.of() : feeds, feedsFile);
    URI hook = webhook == null ? null : URI.create(WatchConfig.httpUrl(webhook, "--webhook"));
    return new WatchConfig(folders == null ? List.of() : folders, urls, interval, state != null ? state
        : WatchConfig.defaultStateFile(dbSpec), hook, fetch);
  }

  /** A watcher that stores through {@link StoringSink} and announces the alerts of {@code narrascope alerts}. */
  static Watcher watcher(WatchConfig config, ArticleStore store, Pipeline pipeline, PrintWriter out, PrintWriter err) {
    return new Watcher(config, new StoringSink(store, ArticleExtractor.defaults(), pipeline),
        new StoreAlerts(store, AlertDetector.Settings.defaults(), Clock.systemDefaultZone()), out, err, Clock.systemUTC(),
        Sleeper.SYSTEM);
  }

  /** {@code 1 folder and 2 feeds every 5m (state: FILE)}. */
  static String describe(WatchConfig c) {
    StringBuilder b = new StringBuilder();
    if (!c.folders().isEmpty()) b.append(c.folders().size()).append(c.folders().size() == 1 ? " folder" : " folders");
    if (!c.feeds().isEmpty()) {
      if (b.length() > 0) b.append(" and ");
      b.append(c.feeds().size()).append(c.feeds().size() == 1 ? " feed" : " feeds");
    }
    b.append(" every ").append(c.interval().toString().substring(2).toLowerCase(java.util.Locale.ROOT))
        .append(" (state: ").append(c.stateFile()).append(c.webhook() != null ? ", webhook: " + c.webhook() : "").append(')');
    return b.toString();
  }
}
