package dev.narrascope.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SentencesTest {
  private static List<String> sentences(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  // ---- what ICU gives

  @Test
  void split_plainSentences_endAtTheirStop() {
    assertThat(sentences("Russia launched drones overnight. Ukraine said it shot down 30! Was it true? Nobody knows…"))
        .containsExactly("Russia launched drones overnight.", "Ukraine said it shot down 30!", "Was it true?", "Nobody knows…");
  }

  @Test
  void split_closingQuoteAfterTheStop_belongsToTheSentence() {
    assertThat(sentences("Reznikov said: “We are carrying out NATO’s mission.” The ministry declined to comment."))
        .containsExactly("Reznikov said: “We are carrying out NATO’s mission.”", "The ministry declined to comment.");
    assertThat(sentences("He called it \"a shield for the West.\" Moscow disagreed."))
        .containsExactly("He called it \"a shield for the West.\"", "Moscow disagreed.");
  }

  @Test
  void split_lineBreaks_alwaysEndASentence() {
    assertThat(sentences("NATO hints at support\n\nThe alliance met on Friday"))
        .containsExactly("NATO hints at support", "The alliance met on Friday");
  }

  @Test
  void split_decimalsAndLowerCaseAfterAStop_doNotSplit() {
    assertThat(sentences("Inflation rose 3.5 percent, i.e. more than expected. Prices fell."))
        .containsExactly("Inflation rose 3.5 percent, i.e. more than expected.", "Prices fell.");
  }

  // ---- news repairs

  @ParameterizedTest
  @ValueSource(strings = {
      "Mr. Blinken met Gen. Milley in Washington on Jan. 5 to discuss aid.",
      "The U.S. State Department said Lt. Col. Smith would attend.",
      "J. R. Smith, a Fox News analyst, said the talks failed.",
      "Sen. Graham and Rep. Greene argued about aid to Kyiv.",
      "The No. 2 official in the ministry resigned.",
      "Acme Inc. said it would stop deliveries to Russia.",
      "Президент В. Путин встретился с проф. Ивановым в Москве.",
      "Встреча прошла 5 мая 2023 г. в Кремле, сообщил Песков.",
      "Д-р Иванов от ул. Раковски каза, че войната ще продължи.",
      "A Sra. Silva e o Dr. Costa chegaram ao Parlamento ontem.",
      "डॉ. शर्मा ने कहा कि युद्ध जल्द खत्म नहीं होगा।",
      "विदेश मंत्री एस. जयशंकर ने मॉस्को में बात की।",
      "Визит прошел в г. Москва, сообщил Песков.",
  })
  void split_abbreviationsAndInitials_doNotEndASentence(String sentence) {
    assertThat(sentences(sentence + " The next sentence follows.")).containsExactly(sentence, "The next sentence follows.");
  }

  @Test
  void split_yearAbbreviationAfterANumber_andAUnitAfterADegreeSign_endTheSentence() {
    assertThat(sentences("Доклад беше публикуван през 2025 г. Затова не бива да забравяме опасността."))
        .containsExactly("Доклад беше публикуван през 2025 г.", "Затова не бива да забравяме опасността.");
    assertThat(sentences("O acordo fixou o limite em 1,5°C. Esta meta está longe."))
        .containsExactly("O acordo fixou o limite em 1,5°C.", "Esta meta está longe.");
    assertThat(sentences("Санкции ввели и т.д. Затем цены выросли."))
        .containsExactly("Санкции ввели и т.д.", "Затем цены выросли.");
  }

  @Test
  void split_sentenceOpeningWithANumber_isASentence() {
    assertThat(sentences("Генерал перевел мошенникам 400 тысяч рублей. 8 июля его вызвали в суд."))
        .containsExactly("Генерал перевел мошенникам 400 тысяч рублей.", "8 июля его вызвали в суд.");
    assertThat(sentences("The talks resumed on Feb. 17 in Geneva. 2024 was the warmest year."))
        .containsExactly("The talks resumed on Feb. 17 in Geneva.", "2024 was the warmest year.");
  }

  @Test
  void split_lowerCaseWordsSpelledLikeAbbreviations_endTheSentence() {
    assertThat(sentences("O nível subiu no mar. A costa recuou."))
        .containsExactly("O nível subiu no mar.", "A costa recuou.");
    assertThat(sentences("Запад продолжает помогать им. Москва возражает."))
        .containsExactly("Запад продолжает помогать им.", "Москва возражает.");
  }

  @Test
  void split_thePlatformX_endsASentence() {
    assertThat(sentences("“It stayed for 39 seconds,” it said on X. “The radar saw it.”"))
        .containsExactly("“It stayed for 39 seconds,” it said on X.", "“The radar saw it.”");
  }

  @Test
  void split_questionInsideAQuote_followedByLowerCase_continues() {
    assertThat(sentences("“Why should we pay for this war?” he asked. Nobody answered."))
        .containsExactly("“Why should we pay for this war?” he asked.", "Nobody answered.");
    assertThat(sentences("«Зачем нам эта война?» — спросил он. Ответа не было."))
        .containsExactly("«Зачем нам эта война?» — спросил он.", "Ответа не было.");
  }

  @Test
  void split_quoteOpenedMidSentence_isNotSplitInside() {
    assertThat(sentences("He said “We will win. They will lose” and left the podium. Reporters followed."))
        .containsExactly("He said “We will win. They will lose” and left the podium.", "Reporters followed.");
    assertThat(sentences("Той каза „Ние победихме. Те загубиха“ и си тръгна. Репортерите го последваха."))
        .containsExactly("Той каза „Ние победихме. Те загубиха“ и си тръгна.", "Репортерите го последваха.");
  }

  @Test
  void split_quoteOpeningTheSentence_splitsAtItsSentences() {
    assertThat(sentences("“We will win. They will lose,” Zelensky said."))
        .containsExactly("“We will win.", "They will lose,” Zelensky said.");
  }

  @Test
  void split_unclosedQuote_doesNotSwallowTheParagraph() {
    assertThat(sentences("He said “we will win. Then he left. Nobody followed."))
        .containsExactly("He said “we will win.", "Then he left.", "Nobody followed.");
  }

  @Test
  void split_sentenceEndingInAnAbbreviatedWord_beforeAnUpperCaseWord_stillSplitsOnOrdinaryWords() {
    assertThat(sentences("The talks ended in Geneva. The delegates went home."))
        .containsExactly("The talks ended in Geneva.", "The delegates went home.");
  }

  @Test
  void split_multilingual() {
    assertThat(sentences("Украйна иска оръжие. НАТО мълчи.")).containsExactly("Украйна иска оръжие.", "НАТО мълчи.");
    assertThat(sentences("A Ucrânia pediu armas. A NATO hesitou.")).containsExactly("A Ucrânia pediu armas.", "A NATO hesitou.");
    assertThat(sentences("यूक्रेन ने हथियार मांगे। नाटो चुप रहा।")).containsExactly("यूक्रेन ने हथियार मांगे।", "नाटो चुप रहा।");
  }

  @Test
  void split_spansAreTrimmedAndNeverEmpty() {
    String text = "  \n First one.   Second one.  \n\n  ";
    List<TextSpan> spans = Sentences.split(text);
    assertThat(spans).hasSize(2);
    for (TextSpan s : spans) {
      assertThat(s.end()).isGreaterThan(s.start());
      assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
      assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
    }
    assertThat(Sentences.split("")).isEmpty();
    assertThat(Sentences.split(" \n ")).isEmpty();
  }

  @Test
  void shared_sameTextAgain_givesTheFirstSplit() {
    String text = "Russia launched drones overnight. Ukraine said it shot down 30!";
    String other = "Nobody knows. Was it true?";

    List<TextSpan> first = Sentences.shared(text);
    List<TextSpan> again = Sentences.shared(new String(text.toCharArray()));
    List<TextSpan> forOther = Sentences.shared(other);

    assertThat(first).isEqualTo(Sentences.split(text)).isSameAs(again);
    assertThat(forOther).isEqualTo(Sentences.split(other));
    assertThat(Sentences.shared(text)).isEqualTo(first).isNotSameAs(first);
  }
}
