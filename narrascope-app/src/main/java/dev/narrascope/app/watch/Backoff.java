package dev.narrascope.app.watch;

import java.time.Duration;

/** How long a broken feed rests: interval × 2^errors, at most {@link #CAP} (never less than the interval). */
final class Backoff {
  static final Duration CAP = Duration.ofHours(6);

  private Backoff() {}

  static Duration after(Duration interval, int errors) {
    Duration d = interval;
    for (int i = 0; i < errors && d.compareTo(CAP) < 0; i++) d = d.multipliedBy(2);
    return d.compareTo(CAP) > 0 ? (interval.compareTo(CAP) > 0 ? interval : CAP) : d;
  }
}
