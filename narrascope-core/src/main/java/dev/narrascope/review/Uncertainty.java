package dev.narrascope.review;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.LabelScore;
import java.util.Locale;
import java.util.Optional;

/**
 * How unsure the model is of one article's labels, from the confidences it stored: the probability,
 * in [0,1], that its least sure decision is wrong, and that decision ({@code reason}). The decisions
 * it stored are scored, each by the model's own probability that it is wrong:
 * <ul>
 *   <li>each narrative it gave, "Other" included (its confidence is 1 minus the best narrative's), and
 *       each named sub-narrative: {@code 1 - p};
 *   <li>each salient actor, framed or not: {@code 1 - p} when it called the actor framed, {@code p} when not;
 *   <li>each framed actor's main role: {@code 1 - p} (3 roles, so a tie is already 2/3; a role chosen
 *       jointly with its fine role can be below a third).
 * </ul>
 * Labels the model left out carry no stored probability and are not scored. The article's uncertainty
 * is its least sure decision, not a mean: an analyst corrects decisions one at a time, and one
 * coin-flip label is likely wrong however sure the rest are, whereas a mean would hide it among many
 * confident actors (and rank long articles by their length). Pure; thread-safe.
 *
 * <pre>{@code
 * Uncertainty.of(article.analysis()).ifPresent(u -> print(u.score() + " " + u.reason()));
 * }</pre>
 */
public record Uncertainty(double score, String reason) {
  /** The article's uncertainty, or empty when it holds no model output (not analysed: nothing to review). */
  public static Optional<Uncertainty> of(Analysis a) {
    Uncertainty worst = null;
    for (LabelScore l : a.narratives()) worst = worse(worst, 1 - l.confidence(), "narrative " + quoted(l));
    // Not the "Other" ones: the global one is the narratives' decision, scored above, and a narrative's
    // "…: Other" is filled in by the decoder when no sub-narrative was chosen, whatever its probability.
    for (LabelScore l : a.namedSubNarratives()) worst = worse(worst, 1 - l.confidence(), "sub-narrative " + quoted(l));
    for (ActorFraming f : a.actors()) {
      double framed = f.framedConfidence();
      worst = worse(worst, f.framed() ? 1 - framed : framed, "whether " + f.actor() + " is framed at all (" + percent(framed) + ")");
      if (f.framed()) worst = worse(worst, 1 - f.mainConfidence(), f.actor() + " as " + f.mainRole() + " (" + percent(f.mainConfidence()) + ")");
    }
    return Optional.ofNullable(worst);
  }

  private static Uncertainty worse(Uncertainty worst, double wrong, String reason) {
    double score = Math.min(1, Math.max(0, wrong));
    return worst == null || score > worst.score ? new Uncertainty(score, reason) : worst;
  }

  private static String quoted(LabelScore l) {
    return "\"" + l.label() + "\" (" + percent(l.confidence()) + ")";
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * p);
  }
}
