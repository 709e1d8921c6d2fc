package dev.narrascope.app.web;

import java.util.concurrent.TimeUnit;

/**
 * Bounds how many uploads (POSTs of articles) the server handles at once: one more is turned away
 * at once (503) instead of waiting for its body on a server thread, so slow or stalled uploads
 * cannot tie up the threads that answer everything else. Thread-safe.
 */
final class UploadGate {
  private final int max;
  private int inFlight;

  UploadGate(int max) {
    if (max <= 0) throw new IllegalArgumentException("max must be > 0: " + max);
    this.max = max;
  }

  int max() {
    return max;
  }

  /** @return whether the caller may go on; if so it must call {@link #leave()} when done */
  synchronized boolean tryEnter() {
    if (inFlight >= max) return false;
    inFlight++;
    notifyAll();
    return true;
  }

  synchronized void leave() {
    if (inFlight <= 0) throw new IllegalStateException("leave() without tryEnter()");
    inFlight--;
    notifyAll();
  }

  synchronized int inFlight() {
    return inFlight;
  }

  /**
   * Waits until at least {@code n} uploads are in flight (for tests that must know their uploads
   * hold the gate before going on).
   *
   * @return whether that happened within {@code timeout}
   */
  synchronized boolean awaitInFlight(int n, long timeout, TimeUnit unit) throws InterruptedException {
    return await(() -> inFlight >= n, timeout, unit);
  }

  /** Waits until no upload is in flight; @return whether that happened within {@code timeout} */
  synchronized boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
    return await(() -> inFlight == 0, timeout, unit);
  }

  private boolean await(java.util.function.BooleanSupplier done, long timeout, TimeUnit unit) throws InterruptedException {
    long end = System.nanoTime() + unit.toNanos(timeout);
    while (!done.getAsBoolean()) {
      long left = end - System.nanoTime();
      if (left <= 0) return false;
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }
}
