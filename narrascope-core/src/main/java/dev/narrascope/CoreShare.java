package dev.narrascope;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The machine's cores, shared between per-article analysis and the store's serialised write.
 *
 * <p>Writes run one at a time, so while one runs, every caller with a batch queued behind it waits for
 * it: with several callers (the server's concurrent POSTs) the write is the bottleneck. When the
 * analysis workers (one per core) keep every core busy meanwhile, the operating system gives the write
 * only its share of the cores (two thirds of a core on two cores) and everyone waits longer. So a write
 * takes a core of its own: {@link #analysing} runs one article's stages with a core's permit, and
 * {@link #writing} holds one permit for the write's duration (articles already running finish first;
 * the semaphore is fair, so no article starts before a waiting write gets its core). With no write
 * running, analysis has every core: there are as many permits as analysis workers.
 *
 * <p>A thread holds at most one permit: work nested in work that already has a core (a stage that runs
 * articles through a pipeline of its own, a write that extracts) runs on that core, so nesting cannot
 * deadlock. A write must never wait for other threads' analysis while it holds its permit (none does: a
 * write indexes batches analysed before it). On one core there is nothing to share, and a write takes no
 * permit.
 */
public final class CoreShare {
  /** This machine's cores, shared by every pipeline of the process. */
  public static final CoreShare MACHINE = new CoreShare(Runtime.getRuntime().availableProcessors());

  private final int cores;
  private final Semaphore permits;
  /** Whether the current thread holds a permit of this share. */
  private final ThreadLocal<boolean[]> holding = ThreadLocal.withInitial(() -> new boolean[1]);

  CoreShare(int cores) {
    if (cores < 1) throw new IllegalArgumentException("cores must be >= 1: " + cores);
    this.cores = cores;
    this.permits = new Semaphore(cores, true);
  }

  /** Runs one article's work (its extraction, its analysis) with a core's permit. */
  public <T> T analysing(Supplier<T> work) {
    boolean[] held = holding.get();
    if (held[0]) return work.get();
    permits.acquireUninterruptibly();
    held[0] = true;
    try {
      return work.get();
    } finally {
      held[0] = false;
      permits.release();
    }
  }

  /** Runs a store write with a core of its own: while it runs, analysis uses the other cores. */
  public void writing(Runnable write) {
    if (cores < 2) {
      write.run();
      return;
    }
    analysing(() -> {
      write.run();
      return null;
    });
  }

  /** Cores no article or write holds now. */
  int free() {
    return permits.availablePermits();
  }

  /** Articles and writes waiting for a core. */
  int waiting() {
    return permits.getQueueLength();
  }
}
