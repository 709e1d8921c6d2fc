package dev.narrascope.compare;

import dev.narrascope.compare.OutletComparison.DistinctiveWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008,
 * "Fightin' Words", eq. 16–22): for word w, group i against the rest j,
 * <pre>
 *   δ = log((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α_0 − y_jw − α_w))
 *   σ² ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w),    z = δ / σ
 * </pre>
 * The prior α is the word counts of all groups together (the story itself is the background
 * corpus), so rare words are shrunk towards no difference. Stateless; thread-safe.
 */
final class LogOddsRatio {
  private LogOddsRatio() {}

  /** The {@code top} words of group {@code i} with the highest positive z-score, ties by word. */
  static List<DistinctiveWord> top(Map<String, Integer> group, Map<String, Integer> all, int top) {
    long ni = group.values().stream().mapToLong(Integer::longValue).sum();
    long nAll = all.values().stream().mapToLong(Integer::longValue).sum();
    long nj = nAll - ni;
    double a0 = nAll;
    List<DistinctiveWord> scored = new ArrayList<>();
    for (Map.Entry<String, Integer> e : group.entrySet()) {
      double yi = e.getValue();
      double aw = all.get(e.getKey());
      double yj = aw - yi;
      double delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
      double z = delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
      if (z > 0 && Double.isFinite(z)) scored.add(new DistinctiveWord(e.getKey(), e.getValue(), z));
    }
    scored.sort(Comparator.comparingDouble(DistinctiveWord::zScore).reversed().thenComparing(DistinctiveWord::word));
    return List.copyOf(scored.subList(0, Math.min(top, scored.size())));
  }

  /** Adds every count of {@code from} into {@code into}. */
  static void addAll(Map<String, Integer> into, Map<String, Integer> from) {
    from.forEach((w, c) -> into.merge(w, c, Integer::sum));
  }
}
