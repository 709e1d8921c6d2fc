package dev.narrascope.app.watch;

import java.time.Duration;

/**
 * How politely pages and feeds are fetched.
 *
 * @param hostDelay the least time between two requests to one host
 * @param timeout   connect and whole-request timeout
 * @param maxBytes  the largest body read (feeds and pages); larger ones count as failures
 * @param userAgent the User-Agent header
 */
public record FetchSettings(Duration hostDelay, Duration timeout, long maxBytes, String userAgent) {
  public static final String VERSION = "0.1.0";
  /** The name robots.txt rules are matched against. */
  public static final String ROBOT_NAME = "narrascope";
  public static final String USER_AGENT = "Narrascope/" + VERSION + " (+https://github.com/narrascope)";
  public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(1);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final long DEFAULT_MAX_BYTES = 5L << 20;

  public FetchSettings {
    if (hostDelay.isNegative()) throw new IllegalArgumentException("the host delay may not be negative: " + hostDelay);
    if (timeout.isZero() || timeout.isNegative()) throw new IllegalArgumentException("the timeout must be positive: " + timeout);
    if (maxBytes < 1) throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
  }

  /** 1 s between requests to a host, 20 s timeout, 5 MiB per body. */
  public static FetchSettings defaults() {
    return new FetchSettings(DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, USER_AGENT);
  }
}
