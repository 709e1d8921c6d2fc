package dev.narrascope.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Assigns items to k cross-validation folds, stratified by a key (e.g. the language) so that every
 * fold holds each group in proportion; shuffled with a fixed seed, so runs are reproducible.
 * Stateless.
 */
public final class Folds {
  private Folds() {}

  /** Returns {@code fold[i]} in {@code [0, k)} for every item. */
  public static <T> int[] assign(List<T> items, int k, long seed, Function<T, String> stratum) {
    if (k < 2) throw new IllegalArgumentException("folds must be >= 2: " + k);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) groups.computeIfAbsent(stratum.apply(items.get(i)), s -> new ArrayList<>()).add(i);
    Random random = new Random(seed);
    int[] fold = new int[items.size()];
    int offset = 0;
    for (List<Integer> g : groups.values()) {
      Collections.shuffle(g, random);
      for (int j = 0; j < g.size(); j++) fold[g.get(j)] = (offset + j) % k;
      offset += g.size(); // continue the round-robin so small groups do not all start in fold 0
    }
    return fold;
  }

  /**
   * Like {@link #assign}, but the items of one group (e.g. the articles of one story) all land in the same fold, so
   * a fold's model is scored on groups it never saw, as a model is on news of another time. Groups are placed
   * largest first (ties in a seeded random order), each into the fold holding the fewest items of its first item's
   * stratum so far, then the fewest items: folds stay balanced by stratum and size as far as the groups allow.
   */
  public static <T> int[] assignGrouped(List<T> items, int k, long seed, Function<T, String> stratum,
                                        Function<T, String> group) {
    if (k < 2) throw new IllegalArgumentException("folds must be >= 2: " + k);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) groups.computeIfAbsent(group.apply(items.get(i)), g -> new ArrayList<>()).add(i);
    List<List<Integer>> order = new ArrayList<>(groups.values());
    Collections.shuffle(order, new Random(seed));
    order.sort((a, b) -> Integer.compare(b.size(), a.size()));
    Map<String, int[]> byStratum = new LinkedHashMap<>();
    int[] size = new int[k];
    int[] fold = new int[items.size()];
    for (List<Integer> g : order) {
      int[] counts = byStratum.computeIfAbsent(stratum.apply(items.get(g.get(0))), s -> new int[k]);
      int best = 0;
      for (int f = 1; f < k; f++) {
        if (counts[f] < counts[best] || counts[f] == counts[best] && size[f] < size[best]) best = f;
      }
      for (int i : g) fold[i] = best;
      counts[best] += g.size();
      size[best] += g.size();
    }
    return fold;
  }
}
