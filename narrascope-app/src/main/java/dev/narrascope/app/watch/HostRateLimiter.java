package dev.narrascope.app.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps at least a minimum delay between two requests to one host (a larger one where the host's
 * robots.txt asks for a Crawl-delay, up to {@link #MAX_CRAWL_DELAY}). Thread-safe (requests to
 * different hosts still wait in turn, which keeps a watcher gentle).
 */
final class HostRateLimiter {
  static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  private final Duration minDelay;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> last = new HashMap<>();
  private final Map<String, Duration> crawlDelay = new HashMap<>();

  HostRateLimiter(Duration minDelay, Clock clock, Sleeper sleeper) {
    this.minDelay = minDelay;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** A host's robots.txt Crawl-delay (capped); it applies when larger than the minimum. */
  synchronized void setCrawlDelay(String host, Duration delay) {
    crawlDelay.put(host, delay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : delay);
  }

  /** Waits until a request to {@code host} is allowed, and counts it as made now. */
  synchronized void acquire(String host) throws InterruptedException {
    Duration delay = minDelay;
    Duration asked = crawlDelay.get(host);
    if (asked != null && asked.compareTo(delay) > 0) delay = asked;
    Instant previous = last.get(host);
    if (previous != null) {
      Duration wait = Duration.between(clock.instant(), previous.plus(delay));
      if (!wait.isNegative() && !wait.isZero()) sleeper.sleep(wait);
    }
    last.put(host, clock.instant());
  }
}
