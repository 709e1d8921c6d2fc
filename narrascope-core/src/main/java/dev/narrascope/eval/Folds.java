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
}
