package dev.narrascope.quote;

import dev.narrascope.Quote;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The suggested direct-quote speaker metric of PolNeAR: a gold quote is found when the system's quotes
 * cover at least {@link #MIN_OVERLAP} of its words, and right when the speaker of the quote covering
 * most of them holds one of the gold source's names as a word (case-insensitive). Counts add up; immutable.
 *
 * @param gold         gold quotes scored
 * @param found        gold quotes found
 * @param right        gold quotes found with a right speaker
 * @param wrongSpeaker found, but the speaker holds none of the names
 * @param emptySpeaker found, with no speaker
 */
public record QuoteMetrics(int gold, int found, int right, int wrongSpeaker, int emptySpeaker) {
  /** Share of a gold quote's words a system quote must cover. */
  public static final double MIN_OVERLAP = 0.6;

  public static final QuoteMetrics ZERO = new QuoteMetrics(0, 0, 0, 0, 0);

  /** What became of one gold quote. */
  public enum Outcome { RIGHT, WRONG_SPEAKER, EMPTY_SPEAKER, NOT_FOUND }

  /** Gold quotes not found. */
  public int notFound() {
    return gold - found;
  }

  /** Share of gold quotes found. */
  public double foundShare() {
    return gold == 0 ? 0 : (double) found / gold;
  }

  /** Speaker accuracy among the quotes found. */
  public double accuracyFound() {
    return found == 0 ? 0 : (double) right / found;
  }

  /** Speaker accuracy over all gold quotes (not found counts as wrong). */
  public double accuracyAll() {
    return gold == 0 ? 0 : (double) right / gold;
  }

  public QuoteMetrics plus(QuoteMetrics o) {
    return new QuoteMetrics(gold + o.gold, found + o.found, right + o.right, wrongSpeaker + o.wrongSpeaker,
        emptySpeaker + o.emptySpeaker);
  }

  /** The counts of one outcome. */
  public static QuoteMetrics of(Outcome o) {
    return switch (o) {
      case RIGHT -> new QuoteMetrics(1, 1, 1, 0, 0);
      case WRONG_SPEAKER -> new QuoteMetrics(1, 1, 0, 1, 0);
      case EMPTY_SPEAKER -> new QuoteMetrics(1, 1, 0, 0, 1);
      case NOT_FOUND -> new QuoteMetrics(1, 0, 0, 0, 0);
    };
  }

  /**
   * The system quote covering most of {@code gold}'s words when the system's quotes together cover at
   * least {@link #MIN_OVERLAP} of them (a quote split in two by "…," she said. "…" is still found), else null.
   */
  public static Quote match(PolnearQuotes.GoldQuote gold, List<Quote> found) {
    Quote best = null;
    int bestCovered = 0;
    int covered = 0;
    for (int[] w : gold.words()) {
      if (found.stream().anyMatch(q -> w[0] >= q.start() && w[1] <= q.end())) covered++;
    }
    for (Quote q : found) {
      int n = 0;
      for (int[] w : gold.words()) if (w[0] >= q.start() && w[1] <= q.end()) n++;
      if (n > bestCovered) {
        bestCovered = n;
        best = q;
      }
    }
    return best != null && covered >= MIN_OVERLAP * gold.words().size() ? best : null;
  }

  /** The outcome of one gold quote against the system's quotes of its article. */
  public static Outcome outcome(PolnearQuotes.GoldQuote gold, List<Quote> found) {
    Quote q = match(gold, found);
    if (q == null) return Outcome.NOT_FOUND;
    if (q.speaker() == null || q.speaker().isBlank()) return Outcome.EMPTY_SPEAKER;
    return names(q.speaker(), gold.names()) ? Outcome.RIGHT : Outcome.WRONG_SPEAKER;
  }

  /** Scores one article's gold quotes against the system's quotes. */
  public static QuoteMetrics score(List<PolnearQuotes.GoldQuote> gold, List<Quote> found) {
    QuoteMetrics m = ZERO;
    for (PolnearQuotes.GoldQuote g : gold) m = m.plus(of(outcome(g, found)));
    return m;
  }

  /** Whether {@code speaker} holds one of {@code names} as a whole word, ignoring case. */
  static boolean names(String speaker, List<String> names) {
    String s = speaker.toLowerCase(Locale.ROOT);
    for (String n : names) {
      if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
          .matcher(s).find()) return true;
    }
    return false;
  }
}
