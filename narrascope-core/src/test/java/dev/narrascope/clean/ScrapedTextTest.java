package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScrapedTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"Friday, September 29, 2023", "12 марта 2024 г.", "Вторник, 12 марта 2024",
      "terça-feira, 12 de março de 2024", "2024-03-12 10:15 UTC", "12.03.2024"})
  void isDateOnly_dateLines_true(String line) {
    assertThat(ScrapedText.isDateOnly(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 марта 2024 года парламент принял закон.", "On 12 March 2024 the talks resumed.", "Friday"})
  void isDateOnly_sentencesWithDates_false(String line) {
    assertThat(ScrapedText.isDateOnly(line)).isFalse();
  }

  @Test
  void clean_sentenceStartingWithBy_isNotAByline() {
    ScrapedText t = ScrapedText.clean("Talks fail\n\nBy Monday, the talks had failed.\n\nBy Vladimir Putin's decree, the law took effect.");

    assertThat(t.body()).isEqualTo("By Monday, the talks had failed.\n\nBy Vladimir Putin's decree, the law took effect.");
    assertThat(t.extra()).doesNotContainKey("author");
  }

  @Test
  void clean_bylineWithDateAndOutlet_readAndRemoved() {
    ScrapedText t = ScrapedText.clean("Headline here\nBy Ana Silva - Diário do Sul - 12 de março de 2024\nO governo aprovou o orçamento.");

    assertThat(t.title()).isEqualTo("Headline here");
    assertThat(t.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(t.outlet()).isEqualTo("Diário do Sul");
    assertThat(t.extra()).containsEntry("author", "Ana Silva");
    assertThat(t.body()).isEqualTo("O governo aprovou o orçamento.");
  }

  @Test
  void clean_sourceUrlInTheMiddle_isKept_noOutletInvented() {
    ScrapedText t = ScrapedText.clean("Title\nSource: https://a.example/x\nFirst sentence.\nSecond sentence.\nThird.\nFourth.");

    assertThat(t.outlet()).isNull();
    assertThat(t.body()).startsWith("Source: https://a.example/x");
  }

  @Test
  void clean_relatedHeadingFollowedByProse_onlyHeadingGoes() {
    ScrapedText t = ScrapedText.clean("Title\nFirst sentence.\nRelated:\nThe debate continued into the night, officials said.");

    assertThat(t.body()).isEqualTo("First sentence.\n\nThe debate continued into the night, officials said.");
  }
}
