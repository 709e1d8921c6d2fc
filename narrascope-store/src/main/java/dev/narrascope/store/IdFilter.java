package dev.narrascope.store;

import java.util.Arrays;
import java.util.Collection;

/**
 * A one-hash bit filter over ids' hash codes: {@link #mayHold} is never false for an id added, and
 * rarely true for another. A batch checks every stored posting of a term against the few stories it
 * absorbed or re-dated, and every kept posting against each commit's; a bit test on the posting's
 * stored hash code ({@link PostingsCache.Entry#hashes}) spares the set look-up, which touches the id
 * and was most of those checks' cost in a big store (JFR at 250,000 stored: about a fifth of the
 * stateful tail). Callers confirm a hit with the exact set.
 */
final class IdFilter {
  private static final int BITS = 1 << 16;
  private final long[] words = new long[BITS / Long.SIZE];
  private boolean empty = true;

  static IdFilter of(Collection<String> ids) {
    IdFilter f = new IdFilter();
    ids.forEach(f::add);
    return f;
  }

  void add(String id) {
    int bit = slot(id.hashCode());
    words[bit >>> 6] |= 1L << bit;
    empty = false;
  }

  /** Whether an id of this hash code may have been added. */
  boolean mayHold(int hash) {
    if (empty) return false;
    int bit = slot(hash);
    return (words[bit >>> 6] & (1L << bit)) != 0;
  }

  void clear() {
    if (!empty) Arrays.fill(words, 0);
    empty = true;
  }

  /** The hash code's top 16 bits after a multiplicative mix: story ids' low bits are not spread evenly. */
  private static int slot(int hash) {
    return (hash * 0x9E3779B9) >>> 16;
  }
}
