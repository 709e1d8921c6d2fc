package dev.narrascope.app.watch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Watcher}'s cycles every interval until {@link #close() closed}: in the caller's thread
 * ({@link #run()}, for {@code narrascope watch}) or in a background thread ({@link #start()}, for
 * {@code serve --watch}). A cycle that throws is reported and the loop goes on; closing interrupts a
 * cycle in progress (what it found is read again next time) and waits for the loop to end. Thread-safe.
 */
public final class WatchLoop implements AutoCloseable {
  private final Watcher watcher;
  private final Duration interval;
  private final PrintWriter err;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile Thread runner;

  public WatchLoop(Watcher watcher, PrintWriter err) {
    this.watcher = watcher;
    this.interval = watcher.config().interval();
    this.err = err;
  }

  /** Runs cycles in this thread until closed (or interrupted). */
  public void run() {
    runner = Thread.currentThread();
    try {
      while (stop.getCount() > 0) {
        try {
          watcher.runCycle();
        } catch (InterruptedException e) {
          break;
        } catch (RuntimeException e) {
          err.println("error: watch cycle failed: " + e);
          err.flush();
        }
        if (stop.await(interval.toMillis(), TimeUnit.MILLISECONDS)) break;
      }
    } catch (InterruptedException e) {
      // closed while waiting for the next cycle
    } finally {
      ended.countDown();
    }
  }

  /** Runs cycles in a background thread named {@code narrascope-watch}; returns at once. */
  public WatchLoop start() {
    Thread t = new Thread(this::run, "narrascope-watch");
    t.setDaemon(true);
    runner = t;
    t.start();
    return this;
  }

  /** Stops the loop (interrupting a cycle in progress) and waits up to 30 s for it to end; then closes the watcher. */
  @Override
  public void close() {
    if (stop.getCount() > 0) {
      stop.countDown();
      Thread t = runner;
      if (t != null && t != Thread.currentThread()) t.interrupt();
    }
    try {
      if (runner != null && runner != Thread.currentThread()) ended.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watcher.close();
  }
}
