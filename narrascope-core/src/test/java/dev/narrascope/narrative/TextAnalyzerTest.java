package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  @Test
  void terms_stemmedWordsAndBigrams_charNgramsOfTheUnstemmedLowerCasedWords() {
    TextAnalyzer analyzer = new TextAnalyzer(3, 3);

    var terms = analyzer.terms("Ships sailing", "en");

    assertThat(terms).startsWith("ship", "sail", "ship sail");
    assertThat(terms).contains("#<sh", "#ips", "#ps>", "#ing", "#ng>");
    assertThat(terms).doesNotContain("#<Sh", "#il>");
  }

  @Test
  void terms_withoutCharNgrams_onlyWordsAndBigrams() {
    assertThat(new TextAnalyzer(0, 0).terms("Ships sailing", "en")).containsExactly("ship", "sail", "ship sail");
  }
}
