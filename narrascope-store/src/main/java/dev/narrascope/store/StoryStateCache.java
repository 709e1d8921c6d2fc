package dev.narrascope.store;

import dev.narrascope.corpus.StoryEntry;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * Decoded story states ({@link StoryEntry}) kept from one batch of this store instance to the next, least
 * recently used dropped first once they hold {@link #maxBytes}. Adding news reads about nine stored story
 * states per article (the stories each new article is scored against), most of them read by a recent batch
 * too, and decoding their JSON was a sixth of the serialised write (BENCHMARKS.md). Entries are never handed
 * out: a batch changes some of the states it reads, so it gets a copy on write ({@link StoryEntry#copy}); the
 * entries kept are as a decoded state is ({@link StoryEntry#reread}), so a batch decides as if it had read
 * them. When an entry is valid is {@link PostingsCache}'s business: it drives this cache under the same
 * stamp, and empties it with its own entries. Thread-safe.
 */
final class StoryStateCache {
  /** The share of the maximum heap the states may hold: 1/10, ~50 MB at {@code -Xmx512m} (~3,500 stories). */
  private static final int HEAP_SHARE = 10;

  private final long maxBytes;
  private final LinkedHashMap<String, Held> entries = new LinkedHashMap<>(1 << 10, 0.75f, true);
  private long held;

  private record Held(StoryEntry state, long bytes) {}

  StoryStateCache() {
    this(Runtime.getRuntime().maxMemory() / HEAP_SHARE);
  }

  StoryStateCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A copy of story {@code id}'s state, or {@code null} when none is kept. */
  synchronized StoryEntry get(String id) {
    Held h = entries.get(id);
    return h == null ? null : h.state().copy();
  }

  /** Keeps {@code state} (not copied: the caller hands over one nobody changes, as decoded or {@link StoryEntry#reread}). */
  synchronized void put(StoryEntry state) {
    Held h = new Held(state, state.heapBytes());
    if (h.bytes() > maxBytes) {
      remove(state.id());
      return;
    }
    Held old = entries.put(state.id(), h);
    held += h.bytes() - (old == null ? 0 : old.bytes());
    for (Iterator<Held> it = entries.values().iterator(); held > maxBytes && it.hasNext(); ) {
      held -= it.next().bytes();
      it.remove();
    }
  }

  synchronized void remove(String id) {
    Held old = entries.remove(id);
    if (old != null) held -= old.bytes();
  }

  synchronized void clear() {
    entries.clear();
    held = 0;
  }

  synchronized int size() {
    return entries.size();
  }
}
