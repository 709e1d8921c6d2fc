package dev.narrascope.app.watch;

import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import dev.narrascope.ingest.Ingestor;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches folders and feeds, one {@link #runCycle() cycle} at a time: new and changed files are read;
 * each feed (unless resting after failures) gets a conditional GET, and each item not seen before
 * its article page, fetched politely; everything found goes to the {@link DocumentSink} in one call;
 * then what was taken is remembered, alerts are announced when something was stored, and the state
 * file is saved. If storing fails, nothing of the cycle is remembered (it is all found again next
 * cycle). A broken feed gets one finding and rests {@link Backoff interval × 2^errors}.
 *
 * <pre>{@code
 * try (Watcher w = new Watcher(config, sink, alerts, out, err, Clock.systemUTC(), Sleeper.SYSTEM)) {
 *   w.runCycle();
 * }
 * }</pre>
 * Not thread-safe: one thread runs the cycles ({@link WatchLoop}).
 */
public final class Watcher implements AutoCloseable {
  private final WatchConfig config;
  private final DocumentSink sink;
  private final PrintWriter err;
  private final Clock clock;
  private final StateFile stateFile;
  private final WatchState state;
  private final FolderScanner folders;
  private final FeedPoller feeds;
  private final PageFetcher pages;
  private final AlertNotifier alerts;
  private int cycle;

  /**
   * Opens (and locks) the state file.
   *
   * @param alerts the alerts to announce after a cycle that stored something ({@link AlertSource#NONE}: none)
   * @param out    where alerts are printed
   * @param err    where findings, warnings and the per-cycle line go
   * @throws IllegalStateException when the state file is unreadable or held by another watcher
   */
  public Watcher(WatchConfig config, DocumentSink sink, AlertSource alerts, PrintWriter out, PrintWriter err, Clock clock,
                 Sleeper sleeper) {
    this.config = config;
    this.sink = sink;
    this.err = err;
    this.clock = clock;
    this.stateFile = StateFile.open(config.stateFile());
    try {
      this.state = stateFile.load();
    } catch (RuntimeException e) {
      stateFile.close();
      throw e;
    }
    HttpFetcher fetcher = new HttpFetcher(config.fetch(), clock, sleeper);
    this.folders = new FolderScanner(Ingestor.defaults());
    this.feeds = new FeedPoller(fetcher);
    this.pages = new PageFetcher(fetcher, new RobotsPolicy(fetcher, clock));
    WebhookSender webhook = config.webhook() == null ? null : new WebhookSender(config.webhook(), config.fetch());
    this.alerts = new AlertNotifier(alerts, webhook, out, err, clock);
  }

  public WatchConfig config() {
    return config;
  }

  /**
   * One cycle; prints its findings and a summary line on {@code err}.
   *
   * @throws InterruptedException when stopped while waiting for a host or a response (nothing of the cycle is kept)
   */
  public CycleReport runCycle() throws InterruptedException {
    cycle++;
    Instant now = clock.instant();
    Findings findings = Findings.tracking(1000);
    List<RawDocument> docs = new ArrayList<>();
    List<Runnable> onStored = new ArrayList<>();

    FolderScanner.Scan scan = folders.scan(config.folders(), state, findings);
    docs.addAll(scan.docs());
    onStored.add(() -> {
      state.retainFiles(scan.present());
      scan.changed().forEach(state::putFile);
    });

    int polled = 0, notModified = 0, backedOff = 0, failed = 0, newItems = 0;
    int pagesBefore = pages.fetched();
    Set<String> cycleKeys = new HashSet<>();
    for (String url : config.feeds()) {
      WatchState.FeedState fs = state.feed(url);
      if (fs.nextAttempt() != null && now.isBefore(fs.nextAttempt())) {
        backedOff++;
        continue;
      }
      polled++;
      FeedPoller.Result r = feeds.poll(url, fs.etag(), fs.lastModified());
      if (r instanceof FeedPoller.NotModified) {
        notModified++;
        if (fs.errors() > 0) state.putFeed(url, new WatchState.FeedState(fs.etag(), fs.lastModified(), 0, null, null));
      } else if (r instanceof FeedPoller.Failed f) {
        failed++;
        int errors = fs.errors() + 1;
        Duration rest = Backoff.after(config.interval(), errors);
        state.putFeed(url, new WatchState.FeedState(fs.etag(), fs.lastModified(), errors, now.plus(rest), f.reason()));
        findings.add(PageFetcher.STAGE, "feed-error", url, "feed failed: " + f.reason() + "; next try in " + human(rest)
            + (errors > 1 ? " (" + errors + " failures in a row)" : ""));
      } else if (r instanceof FeedPoller.Fetched f) {
        List<String> keys = new ArrayList<>();
        for (FeedItem item : f.items()) {
          if (state.seen(item.key()) || !cycleKeys.add(item.key())) continue;
          newItems++;
          keys.add(item.key());
          RawDocument doc = pages.document(item, findings);
          if (doc != null) docs.add(doc);
        }
        onStored.add(() -> {
          keys.forEach(state::markSeen);
          state.putFeed(url, new WatchState.FeedState(f.etag(), f.lastModified(), 0, null, null));
        });
      }
    }

    // Stopped meanwhile: files and pages may have been cut short, so nothing of this cycle is kept.
    if (Thread.currentThread().isInterrupted()) throw new InterruptedException("watch stopped");
    boolean ok = true;
    DocumentSink.Stored stored = DocumentSink.Stored.NONE;
    try {
      if (!docs.isEmpty() || findings.count() > 0) stored = sink.store(docs, findings);
      onStored.forEach(Runnable::run);
    } catch (RuntimeException e) {
      ok = false;
      err.println("error: storing failed (" + WatchText.oneLine(e.getMessage()) + "); this cycle's documents are read again next cycle");
    }
    int newAlerts = 0;
    if (!stored.ids().isEmpty()) {
      try {
        newAlerts = alerts.refresh(state);
      } catch (RuntimeException e) {
        err.println("warning: alerts could not be computed (" + WatchText.oneLine(e.getMessage()) + ")");
      }
    }
    int posted = alerts.deliver(state);
    try {
      stateFile.save(state);
    } catch (UncheckedIOException e) {
      ok = false;
      err.println("error: " + e.getMessage());
    }
    for (Finding f : findings.list()) err.println("warning: " + f);
    CycleReport report = new CycleReport(cycle, config.feeds().size(), config.folders().size(), polled, notModified, backedOff,
        failed, newItems, pages.fetched() - pagesBefore, scan.changed().size(), stored.ids().size(), stored.added(),
        findings.count(), newAlerts, posted, ok);
    err.println(report.line());
    err.flush();
    return report;
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s % 3600 == 0) return s / 3600 + " h";
    if (s % 60 == 0) return s / 60 + " min";
    return s + " s";
  }

  @Override
  public void close() {
    stateFile.close();
  }
}
