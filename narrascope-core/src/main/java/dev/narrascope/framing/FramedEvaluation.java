package dev.narrascope.framing;

import java.util.Locale;
import java.util.Map;

/**
 * Figures of the "is this actor framed?" decision per language and over all articles, with how they
 * were obtained. Immutable.
 *
 * @param byLanguage figures per lower-case language code
 * @param overall          figures over all articles
 * @param rankingPrecision per lower-case language code, the share of framed actors that are annotated when the
 *                         threshold is chosen on the scored articles' own out-of-fold probabilities so that
 *                         {@link #RANKING_KEEP} of the formerly framed annotated entities stay framed: optimistic
 *                         (the threshold sees the scored folds), but free of the noise of thresholds chosen by
 *                         inner cross-validation, so it tells whether a change ranks the candidates better; empty
 *                         where there are no out-of-fold probabilities (the held-out part)
 * @param method           how the figures were obtained (folds and seed, or the held-out split)
 */
public record FramedEvaluation(Map<String, FramedFigures> byLanguage, FramedFigures overall,
                               Map<String, Double> rankingPrecision, String method) {
  /** The share of formerly framed annotated entities kept at which {@code rankingPrecision} is read (issue 13's 0.70). */
  public static final double RANKING_KEEP = 0.70;

  public FramedEvaluation {
    byLanguage = Map.copyOf(byLanguage);
    rankingPrecision = Map.copyOf(rankingPrecision);
  }

  /** A fixed-width table: one row per language, then {@code all}. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-5s %8s %10s %8s %9s %9s %7s %7s %7s %9s %9s %9s%n", "lang", "articles", "candidates",
        "framed", "framed/a", "annotated", "P", "R", "kept", "/a before", "P before", "R before"));
    byLanguage.keySet().stream().sorted().forEach(l -> row(sb, l, byLanguage.get(l)));
    row(sb, "all", overall);
    sb.append("(P: share of framed actors the annotators framed; R: share of annotated entities framed; kept: share of "
        + "those framed before, as one of the " + FramingStage.DEFAULT_MAX_ACTORS + " most mentioned actors, still framed; "
        + "before: framed per article, P and R when framing those " + FramingStage.DEFAULT_MAX_ACTORS + "; "
        + "the entity stage finds ").append(String.format(Locale.ROOT, "%.3f", overall.annotated() == 0 ? 0
        : (double) overall.annotatedFound() / overall.annotated())).append("; ").append(method).append(")\n");
    if (!rankingPrecision.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "P at kept %.2f, threshold chosen on these out-of-fold probabilities (ranking only, optimistic):",
          RANKING_KEEP));
      rankingPrecision.keySet().stream().sorted()
          .forEach(l -> sb.append(String.format(Locale.ROOT, " %s %.3f", l, rankingPrecision.get(l))));
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, FramedFigures f) {
    sb.append(String.format(Locale.ROOT, "%-5s %8d %10d %8d %9.2f %9d %7.3f %7.3f %7.3f %9.2f %9.3f %9.3f%n", name, f.articles(),
        f.candidates(), f.framed(), f.framedPerArticle(), f.annotated(), f.precision(), f.recall(), f.kept(),
        f.articles() == 0 ? 0 : (double) f.framedBefore() / f.articles(), f.precisionBefore(), f.recallBefore()));
  }
}
