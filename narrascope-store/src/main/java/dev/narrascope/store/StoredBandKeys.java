package dev.narrascope.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * What one store instance knows of the repost band keys stored in its database: a {@link BandKeyFilter}
 * of them, so that a batch's band look-ups of keys nobody stored never reach the database. In a big
 * store nearly every look-up is such a miss (42 keys per article against millions of near-unique
 * keys), and each one costs a descent into a B-tree far larger than the page cache.
 *
 * <p>Correct with other writers (another process or store instance on the same database, in SQLite
 * and PostgreSQL alike): every write transaction that adds band keys stamps a fresh random
 * {@code band_version} in {@code corpus_meta} ({@link #wrote}), and every write transaction checks it
 * once it holds the corpus-state lock ({@link #begin}). The filter is used only when the stamp is the
 * one this instance wrote last, so it holds every stored key; otherwise that transaction looks every
 * key up, and the filter is rebuilt (one scan of the band keys) in the next transaction that finds no
 * one else wrote in between: a sole writer scans once, writers taking turns never do. A filter with
 * extra keys (a rolled-back or deleting transaction) only costs look-ups. Writers of a version before
 * this stamp existed do not stamp; they must not write a store while a newer one does.
 *
 * <p>Memory: 10 bits per key of room, with room for twice the stored keys (11 MB at 100,000 articles);
 * none when that would exceed {@link #MAX_CAPACITY}. Thread-safe; its transactions are serialised by the corpus-state lock.
 */
final class StoredBandKeys {
  static final String VERSION = "band_version";
  /** The stamp read when none was written: a new store, one written before the stamp, or after a rebuild. */
  private static final long NONE = 0;
  /** The smallest filter (1.3 MB), so that a growing store does not rebuild it every few batches. */
  private static final long MIN_CAPACITY = 1 << 20;
  /** The largest (40 MB): beyond it the filter would crowd a small heap, and look-ups go to the database. */
  private static final long MAX_CAPACITY = 32L << 20;

  private final SecureRandom random = new SecureRandom();
  /** The stamp this instance last read or wrote; {@code null} before its first write transaction. */
  private Long lastSeen;
  /** Every key stored when {@link #lastSeen} was stamped, or {@code null} (look every key up). */
  private BandKeyFilter filter;
  private boolean tooMany;

  /** Called by every write transaction once it holds the corpus-state lock, before any band look-up. */
  synchronized void begin(Connection c) throws SQLException {
    long stored = readVersion(c);
    boolean onlyUs = lastSeen != null && lastSeen == stored;
    lastSeen = stored;
    if (!onlyUs) {
      filter = null;
    } else if ((filter == null || filter.isFull()) && !tooMany) {
      filter = load(c);
    }
  }

  /** False only when no stored row has {@code key} (as of this transaction's {@link #begin}). */
  synchronized boolean mightHold(long key) {
    return filter == null || filter.mightContain(key);
  }

  /** Stamps a fresh version for the transaction that is writing {@code keys}, and adds them to the filter. */
  synchronized void wrote(Connection c, Collection<Long> keys) throws SQLException {
    if (keys.isEmpty()) return;
    long version = newVersion();
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO corpus_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, VERSION);
      ps.setLong(2, version);
      ps.executeUpdate();
    }
    if (filter != null) keys.forEach(filter::add);
    lastSeen = version;
  }

  private long newVersion() {
    long v;
    do v = random.nextLong(); while (v == NONE);
    return v;
  }

  private static long readVersion(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM corpus_meta WHERE name = ?")) {
      ps.setString(1, VERSION);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : NONE;
      }
    }
  }

  /** A filter of every stored key, with room for as many again; {@code null} when that would exceed {@link #MAX_CAPACITY}. */
  private BandKeyFilter load(Connection c) throws SQLException {
    long rows;
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM repost_bands"); ResultSet rs = ps.executeQuery()) {
      rows = rs.next() ? rs.getLong(1) : 0;
    }
    long capacity = Math.max(MIN_CAPACITY, 2 * rows);
    if (capacity > MAX_CAPACITY) {
      tooMany = true;
      return null;
    }
    BandKeyFilter keys = new BandKeyFilter(capacity);
    try (PreparedStatement ps = c.prepareStatement("SELECT band_key FROM repost_bands")) {
      ps.setFetchSize(10_000); // PostgreSQL streams the rows instead of holding them all
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) keys.add(rs.getLong(1));
      }
    }
    return keys;
  }
}
