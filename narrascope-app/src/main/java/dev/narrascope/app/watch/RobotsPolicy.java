package dev.narrascope.app.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether robots.txt lets the watcher fetch a page: each site's {@code /robots.txt} is fetched once
 * (through the rate-limited fetcher) and its rules, parsed by crawler-commons'
 * {@link SimpleRobotRulesParser} for the agent {@value FetchSettings#ROBOT_NAME}, are cached for a
 * day. A missing robots.txt (4xx) allows everything; a server error or an unreachable site allows
 * nothing for an hour (RFC 9309). A Crawl-delay slows the host down in the rate limiter. Thread-safe.
 */
final class RobotsPolicy {
  static final Duration TTL = Duration.ofHours(24);
  static final Duration FAILURE_TTL = Duration.ofHours(1);

  /** @param reason why it is refused, or null when allowed */
  record Verdict(boolean allowed, String reason) {}

  private record Cached(BaseRobotRules rules, String failure, Instant expires) {}

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final Map<String, Cached> cache = new HashMap<>();

  RobotsPolicy(HttpFetcher fetcher, Clock clock) {
    this.fetcher = fetcher;
    this.clock = clock;
  }

  synchronized Verdict check(URI page) throws InterruptedException {
    String site = page.getScheme() + "://" + page.getRawAuthority();
    Cached c = cache.get(site);
    if (c == null || !clock.instant().isBefore(c.expires())) {
      c = fetch(URI.create(site + "/robots.txt"));
      cache.put(site, c);
    }
    if (c.rules().isAllowed(page.toString())) return new Verdict(true, null);
    return new Verdict(false, c.failure() != null ? c.failure() : "disallowed by " + site + "/robots.txt");
  }

  private Cached fetch(URI robots) throws InterruptedException {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    Instant now = clock.instant();
    try {
      HttpFetcher.Response r = fetcher.get(robots, Map.of("Accept", "text/plain"));
      if (r.status() / 100 == 2) {
        BaseRobotRules rules = parser.parseContent(robots.toString(), r.body(), r.header("Content-Type").orElse("text/plain"),
            List.of(FetchSettings.ROBOT_NAME));
        if (rules.getCrawlDelay() > 0) {
          fetcher.limiter().setCrawlDelay(HttpFetcher.hostOf(robots), Duration.ofMillis(rules.getCrawlDelay()));
        }
        return new Cached(rules, null, now.plus(TTL));
      }
      BaseRobotRules rules = parser.failedFetch(r.status());
      return new Cached(rules, rules.isAllowAll() ? null : robots + " answered HTTP " + r.status(),
          now.plus(rules.isAllowAll() ? TTL : FAILURE_TTL));
    } catch (IOException e) {
      return new Cached(parser.failedFetch(503), "cannot read " + robots + ": " + WatchText.reason(e), now.plus(FAILURE_TTL));
    }
  }
}
