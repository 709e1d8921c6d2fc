package dev.narrascope.quote;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Quote;
import dev.narrascope.entity.EntityStage;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the product's quote path on PolNeAR articles (language {@code en}, then {@link EntityStage}
 * and {@link QuoteStage}, as {@code Pipelines.defaults()} does) and scores it with {@link QuoteMetrics}.
 * Immutable; thread-safe.
 */
public final class QuoteEvaluation {
  /** One gold quote's outcome, with the speaker the system gave (for error analysis). */
  public record Scored(String docId, PolnearQuotes.GoldQuote gold, QuoteMetrics.Outcome outcome, String speaker) {}

  /** The total and every gold quote's outcome, and the reported speech's scores. */
  public record Result(int articles, QuoteMetrics total, List<Scored> quotes, ReportedSpeechMetrics reported) {}

  private record PerDoc(List<Scored> quotes, ReportedSpeechMetrics reported) {}

  private final EntityStage entities = new EntityStage();
  private final QuoteStage quotes;

  /** The product's quote stage. */
  public QuoteEvaluation() {
    this(new QuoteStage());
  }

  QuoteEvaluation(QuoteStage quotes) {
    this.quotes = quotes;
  }

  /** The system's quotes of one text, read as English. */
  public List<Quote> quotes(String id, String text) {
    Article a = new Article(id, id, null, "", null, null, "en", 1.0, text, null, null);
    Findings none = Findings.none();
    return quotes.apply(entities.apply(a, none), none).analysis().quotes();
  }

  public Result evaluate(List<PolnearQuotes.Doc> docs) {
    List<PerDoc> per = docs.parallelStream().map(d -> {
      List<Quote> found = quotes(d.id(), d.text());
      List<Scored> out = new ArrayList<>();
      for (PolnearQuotes.GoldQuote g : d.quotes()) {
        Quote q = QuoteMetrics.match(g, found);
        out.add(new Scored(d.id(), g, QuoteMetrics.outcome(g, found), q == null ? null : q.speaker()));
      }
      return new PerDoc(out, ReportedSpeechMetrics.of(d.text(), found, d.attributions()));
    }).toList();
    List<Scored> all = per.stream().flatMap(p -> p.quotes().stream()).toList();
    QuoteMetrics total = QuoteMetrics.ZERO;
    for (Scored s : all) total = total.plus(QuoteMetrics.of(s.outcome()));
    ReportedSpeechMetrics reported = ReportedSpeechMetrics.ZERO;
    for (PerDoc p : per) reported = reported.plus(p.reported());
    return new Result(docs.size(), total, all, reported);
  }
}
