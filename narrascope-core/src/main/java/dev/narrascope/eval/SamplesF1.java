package dev.narrascope.eval;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Samples-averaged F1 as the SemEval-2025 Task 10 scorer defines it for subtask 2: per document, F1
 * between the predicted and the gold label sets; then the mean over documents. A predicted label
 * outside the taxonomy counts as nothing (it is dropped before scoring); a document whose two sets
 * are both empty scores 0, as scikit-learn's samples average does. Not thread-safe: one accumulator
 * per run.
 *
 * <pre>{@code
 * SamplesF1 f = new SamplesF1(taxonomy::contains);
 * f.add(Set.of("A", "B"), Set.of("A"));   // F1 = 2·1 / (2 + 1) = 0.667
 * f.mean();
 * }</pre>
 */
public final class SamplesF1 {
  private final Predicate<String> known;
  private double sum;
  private int documents;

  /** @param known which predicted labels exist in the taxonomy */
  public SamplesF1(Predicate<String> known) {
    this.known = known;
  }

  /** F1 of one document; predicted labels that {@code known} rejects are ignored. */
  public static double f1(Set<String> predicted, Set<String> gold, Predicate<String> known) {
    Set<String> p = new HashSet<>();
    for (String s : predicted) if (known.test(s)) p.add(s);
    if (p.isEmpty() && gold.isEmpty()) return 0;
    int tp = 0;
    for (String s : p) if (gold.contains(s)) tp++;
    return 2.0 * tp / (p.size() + gold.size());
  }

  /** Adds one document and returns its F1. */
  public double add(Set<String> predicted, Set<String> gold) {
    double f = f1(predicted, gold, known);
    sum += f;
    documents++;
    return f;
  }

  public int documents() {
    return documents;
  }

  /** The samples-averaged F1 so far (0 with no documents). */
  public double mean() {
    return documents == 0 ? 0 : sum / documents;
  }
}
