package dev.narrascope.store;

/**
 * A Bloom filter of 64-bit keys (repost band keys, hashes of posting terms): {@link #mightContain} is never wrong about a key that was
 * {@link #add}ed, and wrong about a key that was not in about 1% of cases while it holds at most
 * its capacity (far fewer below it). About 10 bits per key of capacity (11 MB for 8.7 M). Not thread-safe while keys
 * are added; once filled it is only read, and may be shared.
 *
 * <p>Blocked: a key's bits all lie in one 512-bit block (one cache line), so adding or testing a key
 * costs one memory access instead of one per bit; filling a filter of millions of keys was bound by
 * those cache misses.
 */
final class BandKeyFilter {
  private static final int BITS_PER_KEY = 10;
  private static final int WORDS_PER_BLOCK = 8;
  /** Bits set per key in its block, each placed by 9 bits of a second hash (7 × 9 = 63). */
  private static final int HASHES = 7;

  private final long[] words;
  private final int blocks;
  private final long capacity;

  /** An empty filter for up to {@code capacity} keys (1 to 200 million). */
  BandKeyFilter(long capacity) {
    if (capacity < 1 || capacity > 200_000_000) throw new IllegalArgumentException("capacity must be 1 to 200 million: " + capacity);
    this.capacity = capacity;
    blocks = Math.toIntExact((capacity * BITS_PER_KEY + 511) / 512);
    words = new long[blocks * WORDS_PER_BLOCK];
  }

  void add(long key) {
    long h = mix(key);
    int block = block(h);
    long bits = mix(h);
    for (int i = 0; i < HASHES; i++, bits >>>= 9) {
      int bit = (int) (bits & 511);
      words[block + (bit >>> 6)] |= 1L << bit;
    }
  }

  /** False only when {@code key} was never added. */
  boolean mightContain(long key) {
    long h = mix(key);
    int block = block(h);
    long bits = mix(h);
    for (int i = 0; i < HASHES; i++, bits >>>= 9) {
      int bit = (int) (bits & 511);
      if ((words[block + (bit >>> 6)] & (1L << bit)) == 0) return false;
    }
    return true;
  }

  /** How many keys it was sized for. */
  long capacity() {
    return capacity;
  }

  /** The first word of the hash's block: its top 32 bits scaled to [0, blocks) by a multiplication, not a division. */
  private int block(long hash) {
    return (int) (((hash >>> 32) * blocks) >>> 32) * WORDS_PER_BLOCK;
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
