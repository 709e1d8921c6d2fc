package dev.narrascope.app.cli;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on stderr for long runs ({@code \r}-redrawn, at most every 200 ms).
 * Silent when {@code enabled} is false (e.g. {@code --quiet} or not a terminal-like run).
 */
public final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  /** Redrawing with \r only makes sense on a terminal; elsewhere only the final line is printed. */
  private final boolean redraw = System.console() != null;
  private final String label;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long count;

  public Progress(PrintWriter err, boolean enabled, String label) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
  }

  public synchronized void step() {
    count++;
    long now = System.nanoTime();
    if (enabled && redraw && now - lastDraw > 200_000_000L) {
      lastDraw = now;
      double secs = (now - startNanos) / 1e9;
      err.printf("\r%s: %d (%.0f/s)", label, count, secs > 0 ? count / secs : 0);
      err.flush();
    }
  }

  public synchronized long count() {
    return count;
  }

  public synchronized void done() {
    if (enabled && count > 0) {
      double secs = (System.nanoTime() - startNanos) / 1e9;
      err.printf("%s%s: %d in %.1f s%n", redraw ? "\r" : "", label, count, secs);
      err.flush();
    }
  }
}
