package dev.narrascope.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a producer that pushes items to a sink (the project's readers) into the iterator a Spark
 * partition function returns, through a bounded queue, so a partition of one huge input (a JSON Lines
 * file of millions of lines) is never held whole in memory. The producer runs on its own thread;
 * its failure is rethrown by {@link #hasNext()}.
 */
final class Streamed<T> implements Iterator<T> {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
  private volatile RuntimeException failure;
  private Object next;

  Streamed(String name, Consumer<Consumer<T>> producer) {
    Thread t = new Thread(() -> {
      try {
        producer.accept(this::put);
      } catch (RuntimeException | Error e) {
        failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
      } finally {
        put(END);
      }
    }, name);
    t.setDaemon(true);
    t.start();
  }

  private void put(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
    }
    if (next == END) {
      if (failure != null) throw failure;
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) throw new NoSuchElementException();
    T out = (T) next;
    next = null;
    return out;
  }
}
