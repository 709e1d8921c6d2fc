package dev.narrascope.story;

import dev.narrascope.corpus.PostedStories;
import it.unimi.dsi.fastutil.doubles.DoubleHeapPriorityQueue;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weight each story shares with an article, summed over the postings of the article's heaviest
 * terms ({@link StoryClusterer}'s candidates), keyed by story sequence number: an article adds up
 * thousands of postings, and on primitive maps that never reads the stories' id strings
 * ({@link PostedStories}). Ids are compared only between the best stories, where weights tie. One
 * look-up per posting (a story's place in plain arrays), where two maps by number took two or three
 * and grew by rehashing for every article.
 */
final class SharedWeights {
  /** Each story's place in the arrays below, by sequence number (-1: not added yet). */
  private final Long2IntOpenHashMap places = new Long2IntOpenHashMap(1024);
  /** The stories in the order they were first added: id, summed weight. */
  private String[] ids = new String[256];
  private double[] weights = new double[256];
  private int size;
  /** Whether a story already added was added to again after the last new one (see {@link #best}). */
  private boolean addedAgainLast;

  SharedWeights() {
    places.defaultReturnValue(-1);
  }

  /** Empties it for the next article, keeping the space: one instance serves a whole batch. */
  void clear() {
    places.clear();
    Arrays.fill(ids, 0, size, null);
    size = 0;
    addedAgainLast = false;
  }

  /** Adds {@code weight} to story {@code seq} (id {@code id}). */
  void add(long seq, String id, double weight) {
    int at = places.putIfAbsent(seq, size);
    addedAgainLast = at >= 0;
    if (addedAgainLast) {
      weights[at] += weight;
      return;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      weights = Arrays.copyOf(weights, size * 2);
    }
    ids[size] = id;
    weights[size++] = weight;
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
    if (size <= k) {
      Map<String, Boolean> all = new HashMap<>();
      for (int i = 0; i < size; i++) all.merge(ids[i], Boolean.TRUE, (was, again) -> was);
      if (addedAgainLast) all.merge(ids[0], Boolean.TRUE, (was, again) -> was);
      return List.copyOf(all.keySet());
    }
    // The k-th largest weight by a bounded heap of plain doubles; only stories at or above it are sorted.
    DoubleHeapPriorityQueue heap = new DoubleHeapPriorityQueue(k + 1);
    for (int i = 0; i < size; i++) {
      double w = weights[i];
      if (heap.size() < k) {
        heap.enqueue(w);
      } else if (Double.compare(w, heap.firstDouble()) > 0) {
        heap.dequeueDouble();
        heap.enqueue(w);
      }
    }
    double floor = heap.firstDouble();
    IntArrayList kept = new IntArrayList();
    for (int i = 0; i < size; i++) if (Double.compare(weights[i], floor) >= 0) kept.add(i);
    kept.sort((a, b) -> {
      int c = Double.compare(weights[b], weights[a]);
      return c != 0 ? c : ids[a].compareTo(ids[b]);
    });
    String[] out = new String[k];
    for (int i = 0; i < k; i++) out[i] = ids[kept.getInt(i)];
    return List.of(out);
  }
}
