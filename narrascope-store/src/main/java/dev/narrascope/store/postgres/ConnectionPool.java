package dev.narrascope.store.postgres;

import dev.narrascope.store.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed-size pool of JDBC connections, opened lazily. Thread-safe. Small on purpose: the server
 * handles a few concurrent requests, and a pool library would be one more dependency to pin.
 */
final class ConnectionPool implements AutoCloseable {
  private final String url;
  private final Properties props;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private final int size;
  private boolean closed;

  ConnectionPool(String url, Properties props, int size) {
    this.url = url;
    this.props = props;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  /** A connection in auto-commit mode; hand it back with {@link #release}. */
  Connection acquire() throws SQLException {
    Connection c = idle.poll();
    if (c != null) return c;
    synchronized (this) {
      if (closed) throw new StoreException("The PostgreSQL store is closed");
      if (all.size() < size) {
        Connection fresh = DriverManager.getConnection(url, props);
        all.add(fresh);
        return fresh;
      }
    }
    try {
      c = idle.poll(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for a database connection", e);
    }
    if (c == null) throw new StoreException("No database connection free after 60 s");
    return c;
  }

  /** Returns a connection; a broken one is closed and replaced on demand. */
  void release(Connection c) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      if (!c.isClosed()) {
        idle.add(c);
        return;
      }
    } catch (SQLException e) {
      // fall through: drop the connection
    }
    synchronized (this) {
      all.remove(c);
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // already broken; nothing more to do
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    all.clear();
    idle.clear();
  }
}
