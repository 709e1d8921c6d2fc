package dev.narrascope.story;

import dev.narrascope.corpus.PostedStories;
import it.unimi.dsi.fastutil.doubles.DoubleHeapPriorityQueue;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weight each story shares with an article, summed over the postings of the article's heaviest
 * terms ({@link StoryClusterer}'s candidates), keyed by story sequence number: an article adds up
 * thousands of postings, and on primitive maps that never reads the stories' id strings
 * ({@link PostedStories}). Ids are compared only between the best stories, where weights tie.
 */
final class SharedWeights {
  private final Long2DoubleOpenHashMap weights = new Long2DoubleOpenHashMap();
  private final Long2ObjectOpenHashMap<String> ids = new Long2ObjectOpenHashMap<>();
  /** Stories in the order they were first added. */
  private final LongArrayList order = new LongArrayList();
  /** Whether a story already added was added to again after the last new one (see {@link #best}). */
  private boolean addedAgainLast;

  /** Adds {@code weight} to story {@code seq} (id {@code id}). */
  void add(long seq, String id, double weight) {
    addedAgainLast = weights.containsKey(seq);
    if (addedAgainLast) {
      weights.addTo(seq, weight);
    } else {
      weights.put(seq, weight);
      ids.put(seq, id);
      order.add(seq);
    }
  }

  /**
   * The ids of the {@code k} stories sharing most weight, most first, ties by id. With no more than
   * {@code k} stories, all of them in the order a {@link HashMap} of their ids lists them when filled by
   * {@link HashMap#merge} as they were added: the order candidates have always had, which decides between
   * stories that score the same. Merge puts a new key first in its bin and grows the table at the call
   * after the one that passed its threshold, so the new ids are merged in the order they came and, when
   * the last call added to a known story, one call more.
   */
  List<String> best(int k) {
    if (order.size() <= k) {
      Map<String, Boolean> all = new HashMap<>();
      for (int i = 0; i < order.size(); i++) all.merge(ids.get(order.getLong(i)), Boolean.TRUE, (was, again) -> was);
      if (addedAgainLast) all.merge(ids.get(order.getLong(0)), Boolean.TRUE, (was, again) -> was);
      return List.copyOf(all.keySet());
    }
    // The k-th largest weight by a bounded heap of plain doubles; only stories at or above it are sorted.
    DoubleHeapPriorityQueue heap = new DoubleHeapPriorityQueue(k + 1);
    for (int i = 0; i < order.size(); i++) {
      double w = weights.get(order.getLong(i));
      if (heap.size() < k) {
        heap.enqueue(w);
      } else if (Double.compare(w, heap.firstDouble()) > 0) {
        heap.dequeueDouble();
        heap.enqueue(w);
      }
    }
    double floor = heap.firstDouble();
    LongArrayList kept = new LongArrayList();
    for (int i = 0; i < order.size(); i++) {
      long s = order.getLong(i);
      if (Double.compare(weights.get(s), floor) >= 0) kept.add(s);
    }
    kept.sort((a, b) -> {
      int c = Double.compare(weights.get(b), weights.get(a));
      return c != 0 ? c : ids.get(a).compareTo(ids.get(b));
    });
    String[] out = new String[k];
    for (int i = 0; i < k; i++) out[i] = ids.get(kept.getLong(i));
    return List.of(out);
  }
}
