package dev.narrascope.app.watch;

import java.time.Duration;

/** Waits; tests pass one that only moves a fake clock forward. */
@FunctionalInterface
public interface Sleeper {
  /** The real one: {@link Thread#sleep}. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
