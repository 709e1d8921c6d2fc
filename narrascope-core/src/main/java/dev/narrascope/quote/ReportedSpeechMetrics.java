package dev.narrascope.quote;

import dev.narrascope.Quote;
import java.util.List;

/**
 * How far the system's reported speech ("X said that …") can be trusted, scored on PolNeAR's annotation of every
 * attribution (the README's metric covers direct quotes only): a system reported quote <em>matches</em> when one
 * annotated attribution's content holds at least {@link QuoteMetrics#MIN_OVERLAP} of its words (the direct-quote
 * metric's share, turned round), and is <em>right</em> when that attribution's source names someone and the speaker
 * holds one of those names (the direct-quote test). PolNeAR
 * annotates a negated or asked attribution ("Reid would not say whether …") like any other. Immutable.
 *
 * @param reported the system's reported quotes
 * @param matched  those matching an annotated attribution
 * @param named    matched ones whose attribution's source names someone (not "he", "officials")
 * @param right    named ones whose speaker holds one of the names
 */
public record ReportedSpeechMetrics(int reported, int matched, int named, int right) {
  public static final ReportedSpeechMetrics ZERO = new ReportedSpeechMetrics(0, 0, 0, 0);

  /** Share of reported quotes that are annotated attributions. */
  public double matchedShare() {
    return reported == 0 ? 0 : matched / (double) reported;
  }

  /** Share of the named matched ones with the right speaker. */
  public double accuracy() {
    return named == 0 ? 0 : right / (double) named;
  }

  public ReportedSpeechMetrics plus(ReportedSpeechMetrics o) {
    return new ReportedSpeechMetrics(reported + o.reported, matched + o.matched, named + o.named, right + o.right);
  }

  /** The scores of one article's system quotes (direct ones are left out) against its attributions. */
  public static ReportedSpeechMetrics of(String text, List<Quote> found, List<PolnearQuotes.Attribution> gold) {
    ReportedSpeechMetrics m = ZERO;
    for (Quote q : found) {
      if (q.direct()) continue;
      List<int[]> words = PolnearQuotes.words(text, q.start(), Math.min(q.end(), text.length()));
      PolnearQuotes.Attribution best = null;
      int most = 0;
      for (PolnearQuotes.Attribution a : gold) {
        int n = 0;
        for (int[] w : words) if (a.content().stream().anyMatch(c -> w[0] >= c[0] && w[1] <= c[1])) n++;
        if (n > most) {
          most = n;
          best = a;
        }
      }
      boolean matched = best != null && most >= QuoteMetrics.MIN_OVERLAP * words.size();
      boolean named = matched && !best.names().isEmpty();
      boolean right = named && q.speaker() != null && QuoteMetrics.names(q.speaker(), best.names());
      m = m.plus(new ReportedSpeechMetrics(1, matched ? 1 : 0, named ? 1 : 0, right ? 1 : 0));
    }
    return m;
  }
}
