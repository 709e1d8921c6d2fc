package dev.narrascope.app.cli;

import dev.narrascope.store.ArticleStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times a store's batch writes for the benchmarks: wraps it so that every {@code writeBatch} adds its
 * wall time (with any wait for another writer's batch: meaningful for one writer only) and its thread's
 * CPU time (SQLite runs on that thread too; waiting costs none). The write is the part of adding news
 * that the store serialises, so its CPU time bounds what any number of cores can ingest: at most
 * articles / write CPU seconds per second. Thread-safe.
 */
final class WriteClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AtomicLong wallNanos = new AtomicLong();
  private final AtomicLong cpuNanos = new AtomicLong();
  private final ArticleStore timed;

  WriteClock(ArticleStore store) {
    timed = (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(), new Class<?>[] {ArticleStore.class},
        (proxy, method, args) -> {
          boolean write = method.getName().equals("writeBatch");
          long s = System.nanoTime(), cpu = write ? THREADS.getCurrentThreadCpuTime() : 0;
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          } finally {
            if (write) {
              wallNanos.addAndGet(System.nanoTime() - s);
              cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            }
          }
        });
  }

  /** The store to write through. */
  ArticleStore store() {
    return timed;
  }

  long wallNanos() {
    return wallNanos.get();
  }

  long cpuNanos() {
    return cpuNanos.get();
  }
}
