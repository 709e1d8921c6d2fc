package dev.narrascope.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Clustering quality against gold labels: B-cubed and pairwise precision, recall and F1. Both
 * are computed over the items of the gold map; an item missing from the predicted map counts as a
 * singleton. Stateless; thread-safe.
 *
 * <pre>{@code
 * ClusterMetrics.Scores b3 = ClusterMetrics.bcubed(predicted, gold);   // item id -> cluster label
 * }</pre>
 */
public final class ClusterMetrics {
  private ClusterMetrics() {}

  /** Precision, recall and their harmonic mean. */
  public record Scores(double precision, double recall, double f1) {
    static Scores of(double p, double r) {
      return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /**
   * B-cubed (Bagga and Baldwin 1998): per item, precision is the share of its predicted cluster that
   * shares its gold cluster, recall the share of its gold cluster found in its predicted cluster;
   * both averaged over items.
   */
  public static Scores bcubed(Map<String, String> predicted, Map<String, String> gold) {
    if (gold.isEmpty()) return Scores.of(1, 1);
    Map<String, String> pred = complete(predicted, gold);
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String item : gold.keySet()) {
      predSize.merge(pred.get(item), 1, Integer::sum);
      goldSize.merge(gold.get(item), 1, Integer::sum);
      both.merge(pred.get(item) + "\u0000" + gold.get(item), 1, Integer::sum);
    }
    double p = 0, r = 0;
    for (String item : gold.keySet()) {
      int common = both.get(pred.get(item) + "\u0000" + gold.get(item));
      p += common / (double) predSize.get(pred.get(item));
      r += common / (double) goldSize.get(gold.get(item));
    }
    return Scores.of(p / gold.size(), r / gold.size());
  }

  /**
   * Pairwise: precision is the share of predicted same-cluster pairs that are gold same-cluster pairs,
   * recall the converse. With no predicted (gold) pairs precision (recall) is 1.
   */
  public static Scores pairwise(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> pred = complete(predicted, gold);
    Map<String, Long> predSize = new HashMap<>();
    Map<String, Long> goldSize = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (String item : gold.keySet()) {
      predSize.merge(pred.get(item), 1L, Long::sum);
      goldSize.merge(gold.get(item), 1L, Long::sum);
      both.merge(pred.get(item) + "\u0000" + gold.get(item), 1L, Long::sum);
    }
    long tp = pairs(both), predPairs = pairs(predSize), goldPairs = pairs(goldSize);
    return Scores.of(predPairs == 0 ? 1 : tp / (double) predPairs, goldPairs == 0 ? 1 : tp / (double) goldPairs);
  }

  private static long pairs(Map<String, Long> sizes) {
    long s = 0;
    for (long n : sizes.values()) s += n * (n - 1) / 2;
    return s;
  }

  /** The predictions for the gold items; a missing one becomes its own singleton cluster. */
  private static Map<String, String> complete(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> out = new HashMap<>();
    for (String item : gold.keySet()) {
      String c = predicted.get(item);
      out.put(item, c == null ? "\u0001singleton:" + item : "\u0002" + c);
    }
    return out;
  }
}
