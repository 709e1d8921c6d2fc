package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedWeightsTest {
  private static final Comparator<Map.Entry<String, Double>> BEST_SHARED =
      Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  /** The candidates as chosen before they were keyed by sequence number: a HashMap of ids and a bounded heap. */
  private static List<String> byIds(Map<String, Double> shared, int k) {
    if (shared.size() <= k) return List.copyOf(shared.keySet());
    PriorityQueue<Map.Entry<String, Double>> top = new PriorityQueue<>(k + 1, BEST_SHARED.reversed());
    for (Map.Entry<String, Double> e : shared.entrySet()) {
      if (top.size() == k && BEST_SHARED.compare(e, top.peek()) >= 0) continue;
      top.add(e);
      if (top.size() > k) top.poll();
    }
    List<Map.Entry<String, Double>> kept = new ArrayList<>(top);
    kept.sort(BEST_SHARED);
    return kept.stream().map(Map.Entry::getKey).toList();
  }

  @Test
  void best_choosesAndOrdersAsTheIdKeyedWay_tiesIncluded() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      SharedWeights shared = new SharedWeights();
      Map<String, Double> reference = new HashMap<>();
      int stories = 1 + random.nextInt(90);
      int adds = 1 + random.nextInt(400);
      for (int i = 0; i < adds; i++) {
        int s = random.nextInt(stories);
        // A few distinct weights, so that many stories tie, at the cut too.
        double w = (1 + random.nextInt(3)) * 0.5;
        shared.add(1_000 + s, "s-" + Integer.toString(s * 7919, 36), w);
        reference.merge("s-" + Integer.toString(s * 7919, 36), w, Double::sum);
      }
      assertThat(shared.best(30)).as("round %d", round).containsExactlyElementsOf(byIds(reference, 30));
    }
  }
}
