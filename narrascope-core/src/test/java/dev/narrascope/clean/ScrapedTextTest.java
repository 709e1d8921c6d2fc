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
  void clean_wholeArticleOnOneLine_isTheBody_notATitle() {
    String paragraph = "Президент США Джо Байден, выступая в Вашингтоне с речью по случаю 75-летия НАТО, заявил, что Киев"
        + " сможет одержать верх в конфликте. Байден считает, что «Украина была свободной страной». Об этом сообщает агентство.";

    ScrapedText t = ScrapedText.clean(paragraph);

    assertThat(t.title()).isEqualTo("Президент США Джо Байден, выступая в Вашингтоне с речью по случаю 75-летия НАТО, заявил, что"
        + " Киев сможет одержать верх в конфликте.");
    assertThat(t.body()).isEqualTo(paragraph);
  }

  @Test
  void clean_loneHeadline_staysTheTitle_withNoBody() {
    ScrapedText t = ScrapedText.clean("Biden says Kyiv can win with NATO's help\n");

    assertThat(t.title()).isEqualTo("Biden says Kyiv can win with NATO's help");
    assertThat(t.body()).isEmpty();
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

  @Test
  void clean_staffCreditWithLabelledDate_givesOutletAndDate() {
    ScrapedText t = ScrapedText.clean("Headline here\nExample Wire Staff — Published: 2024-03-12\nThe body sentence.");

    assertThat(t.outlet()).isEqualTo("Example Wire");
    assertThat(t.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(t.extra()).containsEntry("author", "Example Wire Staff");
    assertThat(t.body()).isEqualTo("The body sentence.");
  }

  @Test
  void clean_datelinesInOtherLanguages_readAndRemoved() {
    assertThat(ScrapedText.clean("Título\nPublicado em 12 de março de 2024 | Jornal Exemplo\nO texto.").outlet())
        .isEqualTo("Jornal Exemplo");
    ScrapedText bg = ScrapedText.clean("Заглавие\nПубликувано: 12.03.2024 | Пример Днес\nТекстът.");
    assertThat(bg.outlet()).isEqualTo("Пример Днес");
    assertThat(bg.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(bg.body()).isEqualTo("Текстът.");
    ScrapedText hi = ScrapedText.clean("शीर्षक\nउदाहरण समाचार | 12 मार्च 2024\nपाठ यहाँ है।");
    assertThat(hi.outlet()).isEqualTo("उदाहरण समाचार");
    assertThat(hi.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(hi.body()).isEqualTo("पाठ यहाँ है।");
  }

  @Test
  void clean_nameCommaDateline_dateReadButNameNotTakenForOutlet() {
    // "Москва, 12 марта 2024" names a place as often as an outlet.
    ScrapedText t = ScrapedText.clean("Заголовок\nМосква, 12 марта 2024, 09:15\nТекст статьи.");

    assertThat(t.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(t.outlet()).isNull();
    assertThat(t.body()).isEqualTo("Текст статьи.");
  }

  @Test
  void clean_copyrightHolder_outranksBylineName() {
    ScrapedText t = ScrapedText.clean("Title\nBy Ana Silva | Opinion Desk Weekly | 12 March 2024\nBody.\n© 2024 Example Post");

    assertThat(t.outlet()).isEqualTo("Example Post");
    assertThat(t.body()).isEqualTo("Body.");
  }

  @Test
  void clean_onlyUpdateDate_standsInForPublication() {
    ScrapedText t = ScrapedText.clean("Title\nUpdated: Mar 12, 2024\nBody.");

    assertThat(t.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(t.extra()).containsEntry("updated", "2024-03-12");
  }

  @Test
  void clean_junkFirstLine_isNotTheTitle_lowerCaseTailIsKept() {
    ScrapedText t = ScrapedText.clean("top of page\nThe council is coming for your car — and your parking space\nBody.");

    assertThat(t.title()).isEqualTo("The council is coming for your car — and your parking space");
  }

  @Test
  void isByline_metaLineWithCounter_true_sentence_false() {
    assertThat(ScrapedText.isByline("Jane Doe · Opinion · 12.03.2024 · Views: 1 204")).isTrue();
    assertThat(ScrapedText.isByline("by Jane Doe, Example Review:")).isTrue();
    assertThat(ScrapedText.isByline("From the Alps to the sea – the heat grips Europe")).isFalse();
  }

  // ---- page dates (weather and date widgets, "today is") are never the article's

  @Test
  void clean_dateBesideAWeatherWidget_isNotThePublicationDate() {
    // seed 002: the site header's weather and today's date above the headline
    ScrapedText t = ScrapedText.clean("33.1 C\nFriday, September 29, 2023\n\nNATO hints to support Ukraine\n\nMore than a dozen NATO countries have advisers.");

    assertThat(t.published()).isNull();
    assertThat(t.title()).isEqualTo("NATO hints to support Ukraine");
    assertThat(t.body()).isEqualTo("More than a dozen NATO countries have advisers.");
  }

  @Test
  void clean_weatherWidgetAfterTheDate_underTheTitle_isNotThePublicationDate() {
    ScrapedText t = ScrapedText.clean("Headline here\nВторник, 12 марта 2024\n-3 °C Москва\nТекст статьи.");

    assertThat(t.published()).isNull();
    assertThat(t.body()).isEqualTo("Текст статьи.");
  }

  @Test
  void clean_todayLine_isNotThePublicationDate() {
    assertThat(ScrapedText.clean("Headline here\nToday is Friday, September 29, 2023\nThe body sentence.").published()).isNull();
    assertThat(ScrapedText.clean("Заглавие\nДнес е 12.03.2024\nТекстът.").published()).isNull();
  }

  @Test
  void clean_bareDateAboveTheTitle_isTheHeadersDate_bylineDateWins() {
    ScrapedText t = ScrapedText.clean("Friday, September 29, 2023\nHeadline here\nBy Jane Doe | Example Times | 12 March 2024\nThe body sentence.");

    assertThat(t.title()).isEqualTo("Headline here");
    assertThat(t.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(ScrapedText.clean("Friday, September 29, 2023\nHeadline here\nThe body sentence.").published()).isNull();
  }

  @Test
  void clean_datelineUnderTheTitle_isStillRead() {
    ScrapedText t = ScrapedText.clean("Headline here\nFriday, September 29, 2023\nThe body sentence.");

    assertThat(t.published()).isEqualTo(LocalDate.of(2023, 9, 29));
    assertThat(t.body()).isEqualTo("The body sentence.");
  }
}
