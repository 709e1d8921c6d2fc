package dev.narrascope.app.review;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.LabelScore;
import dev.narrascope.framing.Roles;
import java.util.Locale;
import java.util.Optional;

/**
 * How unsure the model is of one article's labels, from the confidences it stored, in [0,1], and
 * the decision that makes it so ({@code reason}). Every label the model decided is scored:
 * <ul>
 *   <li>each narrative and sub-narrative it gave (and "Other", whose confidence is 1 minus the best
 *       narrative's): a yes/no decision at probability p, unsure as {@code 1 - |2p - 1|} (1 at a coin flip);
 *   <li>each salient actor, whether it is framed at all: the same, at the framed probability;
 *   <li>each framed actor's main role, one of three: {@code (1 - p) * 3/2}, 1 when p is a third.
 * </ul>
 * The article's uncertainty is its least sure decision, not a mean: an analyst corrects decisions
 * one at a time, and one coin-flip label is likely wrong however sure the rest are, whereas a mean
 * would hide it among many confident actors (and rank long articles by their length). Pure; thread-safe.
 *
 * <pre>{@code
 * Uncertainty.of(article.analysis()).ifPresent(u -> print(u.score() + " " + u.reason()));
 * }</pre>
 */
public record Uncertainty(double score, String reason) {
  private static final double ROLES = Roles.MAIN.size();

  /** The article's uncertainty, or empty when it holds no model output (not analysed: nothing to review). */
  public static Optional<Uncertainty> of(Analysis a) {
    Uncertainty worst = null;
    for (LabelScore l : a.narratives()) worst = worse(worst, yesNo(l.confidence()), "narrative " + quoted(l));
    for (LabelScore l : a.subNarratives()) {
      // The global "Other" is the narratives' own decision, already scored above.
      if (!l.label().equals("Other")) worst = worse(worst, yesNo(l.confidence()), "sub-narrative " + quoted(l));
    }
    for (ActorFraming f : a.actors()) {
      worst = worse(worst, yesNo(f.framedConfidence()), "whether " + f.actor() + " is framed at all (" + percent(f.framedConfidence()) + ")");
      if (f.framed()) {
        double u = Math.min(1, Math.max(0, (1 - f.mainConfidence()) * ROLES / (ROLES - 1)));
        worst = worse(worst, u, f.actor() + " as " + f.mainRole() + " (" + percent(f.mainConfidence()) + ")");
      }
    }
    return Optional.ofNullable(worst);
  }

  /** How unsure a yes/no decision taken at probability {@code p} is: 0 at 0 or 1, 1 at 0.5. */
  static double yesNo(double p) {
    return Math.min(1, Math.max(0, 1 - Math.abs(2 * p - 1)));
  }

  private static Uncertainty worse(Uncertainty worst, double score, String reason) {
    return worst == null || score > worst.score ? new Uncertainty(score, reason) : worst;
  }

  private static String quoted(LabelScore l) {
    return "\"" + l.label() + "\" (" + percent(l.confidence()) + ")";
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * p);
  }
}
