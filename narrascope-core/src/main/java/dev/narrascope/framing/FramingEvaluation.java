package dev.narrascope.framing;

import java.util.Locale;
import java.util.Map;

/**
 * Cross-validated subtask-1 figures: per language and over all mentions, with the folds and seed
 * that produced them. Immutable.
 *
 * @param byLanguage metrics per lower-case language code, in a stable order
 * @param overall    metrics over all mentions (micro over languages)
 * @param folds      number of folds (documents never split across folds)
 * @param seed       seed of the fold assignment
 */
public record FramingEvaluation(Map<String, FramingMetrics> byLanguage, FramingMetrics overall, int folds, long seed) {
  public FramingEvaluation {
    byLanguage = Map.copyOf(byLanguage);
  }

  /** A fixed-width table: one row per language, then {@code all}. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-5s %8s %6s %6s %6s %6s %8s%n", "lang", "mentions", "EMR", "P", "R", "F1", "mainAcc"));
    byLanguage.keySet().stream().sorted().forEach(l -> row(sb, l, byLanguage.get(l)));
    row(sb, "all", overall);
    sb.append(String.format(Locale.ROOT, "(%d-fold cross-validation by document, seed %d)%n", folds, seed));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, FramingMetrics m) {
    sb.append(String.format(Locale.ROOT, "%-5s %8d %6.3f %6.3f %6.3f %6.3f %8.3f%n", name, m.mentions(), m.exactMatch(),
        m.precision(), m.recall(), m.f1(), m.mainAccuracy()));
  }
}
