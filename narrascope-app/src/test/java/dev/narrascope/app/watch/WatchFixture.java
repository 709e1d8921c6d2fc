package dev.narrascope.app.watch;

import dev.narrascope.app.cli.StoringSink;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.trend.AlertDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What watcher tests share: a fake web site, a real SQLite store in a temp folder, a hand-moved
 * clock, and watchers wired to the store through the product's {@link StoringSink} (with a test
 * pipeline).
 */
final class WatchFixture implements AutoCloseable {
  static final Duration INTERVAL = Duration.ofMinutes(5);

  final Path dir;
  final FakeWeb web;
  final ArticleStore store;
  final MutableClock clock = new MutableClock(Instant.parse("2024-03-10T12:00:00Z"));
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final Path stateFile;
  private final List<Watcher> open = new ArrayList<>();

  WatchFixture(Path dir) throws IOException {
    this.dir = dir;
    this.web = new FakeWeb();
    this.store = Stores.open("sqlite:" + dir.resolve("test.db"));
    this.stateFile = dir.resolve("watch-state.json");
  }

  WatchConfig config(List<Path> folders, List<String> feeds, URI webhook) {
    return new WatchConfig(folders, feeds, INTERVAL, stateFile, webhook, FetchSettings.defaults());
  }

  WatchConfig feeds(String... feedUrls) {
    return config(List.of(), List.of(feedUrls), null);
  }

  Watcher watcher(WatchConfig config) {
    Watcher w = new Watcher(config, new StoringSink(store, ArticleExtractor.defaults(), TopicStage.pipeline()),
        new StoreAlerts(store, AlertDetector.Settings.defaults(), clock), new PrintWriter(out, true), new PrintWriter(err, true),
        clock, clock.sleeper());
    open.add(w);
    return w;
  }

  /** Runs one cycle now, then moves the clock one interval on. */
  CycleReport cycle(Watcher w) throws InterruptedException {
    CycleReport r = w.runCycle();
    clock.advance(INTERVAL);
    return r;
  }

  long articles() {
    return store.count(dev.narrascope.store.ArticleQuery.all());
  }

  @Override
  public void close() {
    open.forEach(Watcher::close);
    web.close();
    store.close();
  }
}
