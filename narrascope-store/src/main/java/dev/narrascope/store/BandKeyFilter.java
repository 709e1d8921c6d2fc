package dev.narrascope.store;

/**
 * A Bloom filter of repost band keys: {@link #mightContain} is never wrong about a key that was
 * {@link #add}ed, and wrong about a key that was not in well under 1% of cases while it holds at most
 * its capacity. About 10 bits per key of capacity (11 MB for 8.7 M). Not thread-safe.
 */
final class BandKeyFilter {
  private static final int BITS_PER_KEY = 10;
  /** Optimal for 10 bits per key: at capacity about 0.8% false positives, at half of it about 0.02%. */
  private static final int HASHES = 7;

  private final long[] words;
  private final int bits;
  private final long capacity;
  private long added;

  /** An empty filter for up to {@code capacity} keys (1 to 200 million). */
  BandKeyFilter(long capacity) {
    if (capacity < 1 || capacity > 200_000_000) throw new IllegalArgumentException("capacity must be 1 to 200 million: " + capacity);
    this.capacity = capacity;
    words = new long[Math.toIntExact((capacity * BITS_PER_KEY + 63) / 64)];
    bits = words.length * 64;
  }

  void add(long key) {
    long h1 = mix(key);
    long h2 = mix(h1) | 1;
    for (int i = 0; i < HASHES; i++) {
      int bit = bit(h1 + i * h2);
      words[bit >>> 6] |= 1L << bit;
    }
    added++;
  }

  /** False only when {@code key} was never added. */
  boolean mightContain(long key) {
    long h1 = mix(key);
    long h2 = mix(h1) | 1;
    for (int i = 0; i < HASHES; i++) {
      int bit = bit(h1 + i * h2);
      if ((words[bit >>> 6] & (1L << bit)) == 0) return false;
    }
    return true;
  }

  /** Whether more keys were added than it was sized for (it stays correct, but misses get costlier). */
  boolean isFull() {
    return added > capacity;
  }

  /** The hash's top 32 bits scaled to [0, bits): a multiplication instead of a division (most of the build's time). */
  private int bit(long hash) {
    return (int) (((hash >>> 32) * bits) >>> 32);
  }

  /** MurmurHash3's 64-bit finaliser: band keys are hashes already, but not necessarily of every bit. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb93fe53e1a85L;
    k ^= k >>> 33;
    return k;
  }
}
