package dev.narrascope.framing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The subtask-1 metrics over a set of mentions: exact match ratio (predicted fine-role set equals the
 * gold set), micro precision/recall/F1 over fine roles, and main-role accuracy.
 *
 * <pre>{@code
 * FramingMetrics m = FramingMetrics.of(goldLabels, predictedLabels);
 * m.exactMatch();  // 0.47
 * }</pre>
 *
 * @param mentions     number of mentions scored
 * @param exactMatch   share of mentions whose fine-role set is exactly right
 * @param precision    micro precision over fine roles
 * @param recall       micro recall over fine roles
 * @param f1           micro F1 over fine roles
 * @param mainAccuracy share of mentions whose main role is right
 */
public record FramingMetrics(int mentions, double exactMatch, double precision, double recall, double f1,
                             double mainAccuracy) {
  /** Scores predictions against gold labels, pairwise in order; both lists must have the same size. */
  public static FramingMetrics of(List<RoleLabel> gold, List<RoleLabel> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " vs " + predicted.size());
    }
    int exact = 0;
    int main = 0;
    long tp = 0;
    long predictedCount = 0;
    long goldCount = 0;
    for (int i = 0; i < gold.size(); i++) {
      Set<String> g = new HashSet<>(gold.get(i).fineRoles());
      Set<String> p = new HashSet<>(predicted.get(i).fineRoles());
      if (g.equals(p)) exact++;
      if (gold.get(i).mainRole().equals(predicted.get(i).mainRole())) main++;
      goldCount += g.size();
      predictedCount += p.size();
      p.retainAll(g);
      tp += p.size();
    }
    int n = gold.size();
    double precision = predictedCount == 0 ? 0 : (double) tp / predictedCount;
    double recall = goldCount == 0 ? 0 : (double) tp / goldCount;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new FramingMetrics(n, n == 0 ? 0 : (double) exact / n, precision, recall, f1, n == 0 ? 0 : (double) main / n);
  }
}
