package dev.narrascope.compare;

import java.time.LocalDate;
import java.util.List;

/**
 * How each outlet tells one story.
 *
 * @param outlets      one column per outlet, most articles first
 * @param sharedActors actors framed by at least two outlets, most outlets first
 */
public record OutletComparison(List<Column> outlets, List<String> sharedActors) {
  public OutletComparison {
    outlets = List.copyOf(outlets);
    sharedActors = List.copyOf(sharedActors);
  }

  /**
   * One outlet's telling.
   *
   * @param outlet           outlet name, or {@link OutletComparator#UNKNOWN_OUTLET}
   * @param articles         its articles, earliest first
   * @param narratives       narratives its articles push, most articles first
   * @param actors           how it frames each shared actor, in {@code sharedActors} order
   * @param quotes           whom it quotes saying what, in article order
   * @param distinctiveWords its most distinctive words against the other outlets, most distinctive first
   */
  public record Column(String outlet, List<ArticleRef> articles, List<NarrativeUse> narratives, List<ActorFrame> actors,
                       List<QuoteUse> quotes, List<DistinctiveWord> distinctiveWords) {
    public Column {
      articles = List.copyOf(articles);
      narratives = List.copyOf(narratives);
      actors = List.copyOf(actors);
      quotes = List.copyOf(quotes);
      distinctiveWords = List.copyOf(distinctiveWords);
    }
  }

  /** An article of the outlet; {@code published} may be {@code null}. */
  public record ArticleRef(String id, String title, LocalDate published) {}

  /** A narrative label, in how many of the outlet's articles it appears and its mean confidence there. */
  public record NarrativeUse(String label, int articles, double meanConfidence) {}

  /**
   * The outlet's framing of one actor: the main role with the most confidence summed over its
   * articles, and the fine roles it used, most frequent first; {@code mainRole} is {@code null}
   * when the outlet does not frame the actor.
   */
  public record ActorFrame(String actor, String mainRole, double meanConfidence, List<String> fineRoles, int articles) {
    public ActorFrame {
      fineRoles = List.copyOf(fineRoles);
    }
  }

  /** A quote the outlet carries; {@code speaker} is {@code null} when unattributed. */
  public record QuoteUse(String speaker, String text, boolean direct) {}

  /** A word with its count in the outlet and its log-odds z-score against the other outlets. */
  public record DistinctiveWord(String word, int count, double zScore) {}
}
