package dev.narrascope.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as quoted words: mixed curly and straight marks, as PolNeAR's copy and scraped news mix them. */
final class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  /** PolNeAR train: "“…," said Atlantic City Mayor Don Guardian" ran on over the attribution into the next quote. */
  @Test
  void find_curlyMarkClosedByAStraightOne_endsThere() {
    assertThat(quoted("“At this point, I don’t think there is bad publicity,\" said Mayor Don Guardian. \"We need to"
        + " diversify our economy.\""))
        .containsExactly("At this point, I don’t think there is bad publicity", "We need to diversify our economy.");
  }

  /**
   * PolNeAR train: "“I heard parts of Bernie’s speech," Trump said. "He wants … folks.”" was one quote from the curly mark
   * to the curly one, holding "Trump said", so the speaker was someone else.
   */
  @Test
  void find_curlyMarkClosedByAStraightOneBeforeItsCurlyCloser_endsThere() {
    assertThat(quoted("“I heard parts of Bernie’s speech,\" Trump said. \"He wants to give away our country, folks.”"))
        .containsExactly("I heard parts of Bernie’s speech", "He wants to give away our country, folks.");
  }

  @Test
  void find_straightMarkClosedByACurlyOne_endsThere() {
    assertThat(quoted("\"We will not give up,” Lee Park said on Monday.")).containsExactly("We will not give up");
  }

  /** A straight mark that opens the next quote (space before it) does not close a curly one. */
  @Test
  void find_curlyMarkWithAStraightOpeningLater_runsToItsOwnClosingMark() {
    assertThat(quoted("“We said \"no\" twice,” Lee Park said.")).first().isEqualTo("We said \"no\" twice");
  }

  /**
   * SemEval RU: text exported through CSV doubles its straight marks; the words between two quotes
   * ("". Он грабил … потому что") were read as a quote.
   */
  @Test
  void find_doubledStraightMarks_countAsOneMark() {
    assertThat(quoted("Они были \"\"и полицией, и судом\"\". Он грабил людей, потому что \"\"так делали все\"\". Нет."))
        .containsExactly("и полицией, и судом", "так делали все");
    assertThat(quoted("<tweet pic=\"\" author=\"x y\">")).containsExactly("x y");
  }

  /**
   * A SemEval Bulgarian article: a „…“ quote running over two paragraphs was cut at the first paragraph's end (its
   * closer “ counted as a mark reopening the quote), and the closer then opened a "quote" of the attribution after it.
   */
  @Test
  void find_lowQuoteRunningOverAParagraph_closesAtItsHighCloser_andTheCloserOpensNothing() {
    assertThat(quoted("Лавров каза: „Мирът не е в плановете на нашите противници.\nТова е ясно на всички, които следят"
        + " преговорите.“, отбеляза министърът, коментирайки перспективите за посредничество."))
        .containsExactly("Мирът не е в плановете на нашите противници.\nТова е ясно на всички, които следят преговорите.");
  }

  /** SemEval test CC_TEST_00025: a headline's ‘…’ whose closer reads as an apostrophe ran to the paragraph's end. */
  @Test
  void find_curlySingleMarkLeftOpen_isAQuoteOnlyWhereTheNextParagraphReopensOne() {
    assertThat(quoted("Modest Proposals to ‘Save the Planet’What’s the proposed solution? How are we going to “save the"
        + " planet?”\n\nBut are any of the claims true?")).containsExactly("save the planet?");
    assertThat(quoted("‘We will fight on and on without end\n\n‘And we will win in the end,’ Lee Park said."))
        .containsExactly("We will fight on and on without end", "And we will win in the end");
  }

  /** SemEval test RU: a «…» holding «Север» ended at its first », and its rest was lost. */
  @Test
  void find_guillemetsNestedInGuillemets_closeAtTheOuterMark() {
    assertThat(quoted("В канале говорится: «Подразделениями группировки войск «Север» поражена живая сила противника». Далее."))
        .containsExactly("Подразделениями группировки войск «Север» поражена живая сила противника");
    assertThat(quoted("Он сказал: «Мы победим». Она ответила: «Нет»."))
        .containsExactly("Мы победим", "Нет");
    // An inner mark left open: the first » closes, as before.
    assertThat(quoted("Он сказал: «Мы «победим». Она молчала.")).containsExactly("Мы «победим");
  }
}
