package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class TermsTest {
  @Test
  void term_cyrillicAndLatinNames_meet() {
    assertThat(Terms.term("Резников")).isEqualTo(Terms.term("Reznikov"));
    assertThat(Terms.term("Резникова")).isEqualTo(Terms.term("Reznikov"));
    assertThat(Terms.term("Зеленский")).isEqualTo(Terms.term("Zelenskyy"));
    assertThat(Terms.term("НАТО")).isEqualTo(Terms.term("NATO"));
    assertThat(Terms.term("Rússia")).isEqualTo(Terms.term("Russia"));
  }

  @Test
  void tokens_stopWordsDroppedNamesFlagged() {
    List<Terms.Token> t = Terms.tokens("The minister met Stoltenberg in Vilnius on 11 July.");
    assertThat(t).extracting(Terms.Token::term).doesNotContain("the", "in", "on");
    assertThat(t).filteredOn(Terms.Token::name).extracting(Terms.Token::term)
        .containsExactly(Terms.term("Stoltenberg"), Terms.term("Vilnius"), Terms.term("July"));
    assertThat(t).filteredOn(Terms.Token::number).extracting(Terms.Token::term).containsExactly("11");
  }

  @Test
  void tokens_hindi_wordsKeptWholeStopWordsDroppedDigitsAscii() {
    List<Terms.Token> t = Terms.tokens("दिल्ली में पारा १.९ डिग्री तक गिरा");
    // Vowel signs are combining marks: the words must not be cut into syllables at them.
    assertThat(t).extracting(Terms.Token::term).containsExactly("दिल्ली", "पारा", "1.9", "डिग्री", "गिरा");
  }

  @Test
  void tokens_garbage_neverThrows() {
    assertThat(Terms.tokens("")).isEmpty();
    assertThat(Terms.tokens("'' -- ... 1,2 ’x’ \u0000\uFFFF")).isNotNull();
  }
}
