package dev.narrascope.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class LanguageStageTest {
  private final Findings findings = Findings.tracking(10);

  private static Article article(String title, String text) {
    return new Article("id1", "in.txt", null, title, null, null, null, 0, text, null, null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      bg | Правителството обяви нови мерки за подкрепа на земеделските производители след сушата.
      en | The government announced new measures to support farmers after the long summer drought.
      hi | सरकार ने लंबे सूखे के बाद किसानों की मदद के लिए नए उपायों की घोषणा की है।
      pt | O governo anunciou novas medidas para apoiar os agricultores depois da longa seca do verão.
      ru | Правительство объявило о новых мерах поддержки фермеров после продолжительной засухи.
      de | Die Regierung hat nach der langen Dürre neue Maßnahmen zur Unterstützung der Landwirte angekündigt.
      fr | Le gouvernement a annoncé de nouvelles mesures pour soutenir les agriculteurs après la sécheresse.
      es | El gobierno anunció nuevas medidas para apoyar a los agricultores después de la larga sequía.
      it | Il governo ha annunciato nuove misure per sostenere gli agricoltori dopo la lunga siccità estiva.
      pl | Rząd ogłosił nowe środki wsparcia dla rolników po długiej letniej suszy w całym kraju.
      uk | Уряд оголосив про нові заходи підтримки фермерів після тривалої літньої посухи в країні.
      ar | أعلنت الحكومة عن إجراءات جديدة لدعم المزارعين بعد موجة الجفاف الطويلة هذا الصيف.
      zh | 政府宣布了新的措施，以支持在长期干旱之后遭受损失的农民和农村地区。
      """)
  void apply_shortSentence_detectsLanguage(String expected, String sentence) {
    Article out = LanguageStage.defaults().apply(article("", sentence), findings);
    assertThat(out.language()).isEqualTo(expected);
    assertThat(out.languageConfidence()).isBetween(0.0, 1.0).isPositive();
    assertThat(findings.count()).isZero();
  }

  /** A sentence of plain English is certain; Lingua's own ratio said about 0.2 for any English text. */
  @Test
  void apply_unambiguousText_isConfident() {
    Article out = LanguageStage.defaults().apply(article("", "The government announced new measures to support "
        + "farmers after the long summer drought, and the opposition said the money came far too late."), findings);
    assertThat(out.languageConfidence()).isGreaterThan(0.99);
    assertThat(findings.count()).isZero();
  }

  /** Words several Latin-script languages share leave the choice open, and the confidence says so. */
  @Test
  void apply_wordsManyLanguagesShare_isUnsure() {
    Article out = LanguageStage.defaults().apply(article("", "Banana, chocolate, tomate, piano, radio."), findings);
    assertThat(out.languageConfidence()).isLessThan(0.7);
  }

  @Test
  void confidence_growsWithTheLeadAndIsCertainWhenOneLanguageIsLeft() {
    assertThat(LanguageStage.confidence(0)).isBetween(0.5, 0.65);
    assertThat(LanguageStage.confidence(3)).isGreaterThan(LanguageStage.confidence(1));
    assertThat(LanguageStage.confidence(20)).isGreaterThan(0.999);
    assertThat(LanguageStage.confidence(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
  }

  @Test
  void apply_titleHelpsShortBody() {
    Article out = LanguageStage.defaults()
        .apply(article("Министърът подаде оставка след скандала", "Той не коментира случая."), findings);
    assertThat(out.language()).isEqualTo("bg");
  }

  @Test
  void apply_tooShort_isUndeterminedWithFinding() {
    Article out = LanguageStage.defaults().apply(article("", "OK 123 !!"), findings);
    assertThat(out.language()).isEqualTo(Article.UNDETERMINED_LANGUAGE);
    assertThat(findings.list()).extracting(Finding::toString)
        .containsExactly("in.txt: text too short to tell its language (2 letters) [language/too-short]");
  }

  @Test
  void apply_unsupportedScript_isUndeterminedWithFinding() {
    Article out = LanguageStage.defaults()
        .apply(article("", "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τους αγρότες μετά την ξηρασία."), findings);
    assertThat(out.language()).isEqualTo(Article.UNDETERMINED_LANGUAGE);
    assertThat(findings.list()).extracting(Finding::code).containsExactly("unknown-language");
  }

  @Test
  void apply_belowMinConfidence_isUndetermined() {
    // Words shared by many Latin-script languages: no language leads by much.
    Article out = LanguageStage.defaults().withMinConfidence(0.9)
        .apply(article("", "Banana, chocolate, tomate, piano, radio."), findings);
    assertThat(out.language()).isEqualTo(Article.UNDETERMINED_LANGUAGE);
    assertThat(findings.list()).extracting(Finding::code).containsExactly("unsure-language");
  }

  @Test
  void withMinConfidence_outOfRange_throws() {
    assertThatThrownBy(() -> LanguageStage.defaults().withMinConfidence(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minConfidence must be in [0,1]: 1.5");
  }

  @Test
  void sample_longText_isCutAtASpace() {
    String text = "word ".repeat(1000);
    String sample = LanguageStage.sample("Title", text);
    assertThat(sample.length()).isLessThanOrEqualTo(LanguageStage.MAX_CHARS);
    assertThat(sample).startsWith("Title\nword").endsWith("word");
  }
}
