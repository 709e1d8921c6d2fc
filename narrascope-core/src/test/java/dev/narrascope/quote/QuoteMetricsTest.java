package dev.narrascope.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import dev.narrascope.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PolNeAR quote metric and reader on invented sentences. */
final class QuoteMetricsTest {
  // 0         1         2         3         4         5         6         7
  // 01234567890123456789012345678901234567890123456789012345678901234567890123456789
  private static final String TEXT = "Mayor Ada Brook said: “The harbour will reopen next spring.” He smiled.";
  private static final int Q_START = TEXT.indexOf("The harbour");
  private static final int Q_END = TEXT.indexOf('”');

  private static JsonNode article(String text, String attributions) throws IOException {
    return Json.MAPPER.readTree("{\"id\":\"a1\",\"text\":" + Json.MAPPER.writeValueAsString(text)
        + ",\"attributions\":[" + attributions + "]}");
  }

  private static String attribution(String text, String source, int contentStart, int contentEnd) {
    int s = text.indexOf(source);
    return "{\"source\":[[" + s + "," + (s + source.length()) + ",\"x\"]],\"cue\":[],\"content\":[[" + contentStart + ","
        + contentEnd + ",\"x\"]]}";
  }

  private static PolnearQuotes.GoldQuote gold() throws IOException {
    PolnearQuotes.Doc d = PolnearQuotes.parse(article(TEXT, attribution(TEXT, "Mayor Ada Brook", Q_START - 1, Q_END + 1)));
    assertThat(d.quotes()).hasSize(1);
    return d.quotes().get(0);
  }

  @Test
  void parse_quotedContentWithNamedSource_isGoldWithNames() throws IOException {
    PolnearQuotes.GoldQuote g = gold();

    assertThat(g.words()).hasSize(6);
    assertThat(g.names()).containsExactly("Mayor", "Ada", "Brook");
  }

  @Test
  void parse_pronounSourceOrShortQuote_isNotGold() throws IOException {
    String text = "He said: “The harbour will reopen next spring.” She called it “a fine plan” later.";
    int q1 = text.indexOf("The harbour");
    int q2 = text.indexOf("a fine plan");
    PolnearQuotes.Doc d = PolnearQuotes.parse(article(text,
        attribution(text, "He", q1, text.indexOf('”')) + "," + attribution(text, "She", q2, q2 + 11)));

    assertThat(d.quotes()).isEmpty();
  }

  @Test
  void parse_paraphraseWithoutQuotationMarks_isNotGold() throws IOException {
    String text = "Senator Lee Park said the bridge would be rebuilt within two years.";
    int c = text.indexOf("the bridge");
    PolnearQuotes.Doc d = PolnearQuotes.parse(article(text, attribution(text, "Senator Lee Park", c, text.length() - 1)));

    assertThat(d.quotes()).isEmpty();
    assertThat(d.attributions()).singleElement().satisfies(a -> assertThat(a.names()).containsExactly("Senator", "Lee", "Park"));
  }

  /** Offsets before the start or past the end of the text are clamped, not a crash (reported speech reads every source). */
  @Test
  void parse_offsetsOutsideTheText_areClamped() throws IOException {
    String text = "Senator Lee Park said the bridge would be rebuilt within two years.";
    PolnearQuotes.Doc d = PolnearQuotes.parse(article(text, "{\"source\":[[-4,16,\"x\"]],\"cue\":[],\"content\":[[-2,9999,\"x\"]]}"));

    assertThat(d.attributions()).singleElement().satisfies(a -> {
      assertThat(a.names()).containsExactly("Senator", "Lee", "Park");
      assertThat(a.content().get(0)).containsExactly(0, text.length());
    });
  }

  /** Reported speech is matched to any attribution holding 60 % of its words; right when a source name is the speaker's. */
  @Test
  void reportedSpeech_matchedNamedAndRight() throws IOException {
    String text = "Senator Lee Park said that the bridge would be rebuilt soon. Later officials said that the road stays shut.";
    int c1 = text.indexOf("the bridge");
    int c2 = text.indexOf("the road");
    PolnearQuotes.Doc d = PolnearQuotes.parse(article(text, attribution(text, "Senator Lee Park", c1, c1 + 30) + ","
        + attribution(text, "officials", c2, c2 + 19)));
    List<Quote> found = List.of(new Quote("the bridge would be rebuilt soon", "Lee Park", c1, c1 + 32, false),
        new Quote("the road stays shut", "Lee Park", c2, c2 + 19, false),
        new Quote("unrelated words here", "Lee Park", 0, 7, false),
        new Quote("the bridge would be rebuilt soon", "Lee Park", c1, c1 + 32, true));

    ReportedSpeechMetrics m = ReportedSpeechMetrics.of(text, found, d.attributions());

    assertThat(m).isEqualTo(new ReportedSpeechMetrics(3, 2, 1, 1));
    assertThat(m.accuracy()).isEqualTo(1.0);
  }

  @Test
  void names_skipsArticlesPronounsAndPossessives() {
    assertThat(PolnearQuotes.names("the Governor's office")).containsExactly("Governor");
    assertThat(PolnearQuotes.names("His spokeswoman, Jo Vance")).containsExactly("Jo", "Vance");
    assertThat(PolnearQuotes.names("a senior official")).isEmpty();
  }

  @Test
  void quotedParts_openQuoteRunsToParagraphEnd() {
    String text = "“First part, still going\n\nNext “closed one” here";
    List<int[]> parts = PolnearQuotes.quotedParts(text);

    assertThat(parts).hasSize(2);
    assertThat(text.substring(parts.get(0)[0], parts.get(0)[1])).isEqualTo("First part, still going");
    assertThat(text.substring(parts.get(1)[0], parts.get(1)[1])).isEqualTo("closed one");
  }

  @Test
  void outcome_quoteFoundWithSurname_isRight() throws IOException {
    Quote q = new Quote("…", "Ada Brook", Q_START, Q_END, true);

    assertThat(QuoteMetrics.outcome(gold(), List.of(q))).isEqualTo(QuoteMetrics.Outcome.RIGHT);
  }

  @Test
  void outcome_partialNameIsNotAWordMatch_isWrongSpeaker() throws IOException {
    Quote q = new Quote("…", "Brooklyn Council", Q_START, Q_END, true);

    assertThat(QuoteMetrics.outcome(gold(), List.of(q))).isEqualTo(QuoteMetrics.Outcome.WRONG_SPEAKER);
  }

  @Test
  void outcome_noSpeaker_isEmptySpeaker() throws IOException {
    Quote q = new Quote("…", null, Q_START, Q_END, true);

    assertThat(QuoteMetrics.outcome(gold(), List.of(q))).isEqualTo(QuoteMetrics.Outcome.EMPTY_SPEAKER);
  }

  @Test
  void outcome_overlapBelowSixtyPercent_isNotFound() throws IOException {
    // Covers "The harbour will" only: 3 of 6 words.
    Quote half = new Quote("…", "Ada Brook", Q_START, TEXT.indexOf(" reopen"), true);
    // Covers "The harbour will reopen" : 4 of 6 words, above 60%.
    Quote most = new Quote("…", "Ada Brook", Q_START, TEXT.indexOf(" next"), true);

    assertThat(QuoteMetrics.outcome(gold(), List.of(half))).isEqualTo(QuoteMetrics.Outcome.NOT_FOUND);
    assertThat(QuoteMetrics.outcome(gold(), List.of(half, most))).isEqualTo(QuoteMetrics.Outcome.RIGHT);
  }

  @Test
  void outcome_quoteFoundInTwoParts_isFoundWithTheLargerPartsSpeaker() throws IOException {
    // "The harbour will" (3 words) and "reopen next spring" (3 words): together all 6.
    Quote first = new Quote("…", "Ada Brook", Q_START, TEXT.indexOf(" reopen"), true);
    Quote second = new Quote("…", null, TEXT.indexOf("reopen"), Q_END, true);
    Quote secondNamed = new Quote("…", "Ada Brook", TEXT.indexOf("reopen"), Q_END, true);

    assertThat(QuoteMetrics.outcome(gold(), List.of(first, second))).isEqualTo(QuoteMetrics.Outcome.RIGHT);
    assertThat(QuoteMetrics.outcome(gold(), List.of(second, first))).isEqualTo(QuoteMetrics.Outcome.EMPTY_SPEAKER);
    assertThat(QuoteMetrics.outcome(gold(), List.of(secondNamed, first))).isEqualTo(QuoteMetrics.Outcome.RIGHT);
  }

  @Test
  void score_sumsOutcomesAndShares() throws IOException {
    QuoteMetrics m = QuoteMetrics.score(List.of(gold(), gold()), List.of(new Quote("…", "Ada Brook", Q_START, Q_END, true)))
        .plus(QuoteMetrics.of(QuoteMetrics.Outcome.NOT_FOUND)).plus(QuoteMetrics.of(QuoteMetrics.Outcome.EMPTY_SPEAKER));

    assertThat(m).isEqualTo(new QuoteMetrics(4, 3, 2, 0, 1));
    assertThat(m.notFound()).isEqualTo(1);
    assertThat(m.foundShare()).isEqualTo(0.75);
    assertThat(m.accuracyFound()).isEqualTo(2.0 / 3);
    assertThat(m.accuracyAll()).isEqualTo(0.5);
  }

  @Test
  void evaluate_inventedArticle_findsQuoteAndSpeaker(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, Json.MAPPER.writeValueAsString(article(TEXT,
        attribution(TEXT, "Mayor Ada Brook", Q_START - 1, Q_END + 1))) + "\n");

    QuoteEvaluation.Result r = new QuoteEvaluation().evaluate(PolnearQuotes.read(dir));

    assertThat(r.articles()).isEqualTo(1);
    assertThat(r.total()).isEqualTo(new QuoteMetrics(1, 1, 1, 0, 0));
  }
}
