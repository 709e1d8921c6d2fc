package dev.narrascope.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class AnalysedTextTest {
  @Test
  void termsAreStemmedWithoutStopWordsAndKeepTheirOffsets() {
    AnalysedText t = AnalysedText.of("The cats are running home.", "en");

    assertThat(t.terms()).containsExactly("cat", "run", "home");
    assertThat(t.firstStartingAt(4)).isZero();
    assertThat(t.firstEndingAfter(9)).isEqualTo(1);            // after "cats" (and "are"): "running"
    assertThat(t.firstStartingAt(t.text().indexOf("home"))).isEqualTo(2);
  }

  @Test
  void aLanguageWithoutStemmerIsLowerCasedOnly() {
    assertThat(AnalysedText.of("Die Katzen", "de").terms()).containsExactly("die", "katzen");
    assertThat(AnalysedText.of("Die Katzen", null).terms()).containsExactly("die", "katzen");
  }

  @Test
  void sharedReusesTheLastAnalysisOfTheSameTextAndAnalyzerOnly() {
    String body = "Ministers met in Sofia. They agreed.";
    AnalysedText first = AnalysedText.shared(body, "en");

    assertThat(AnalysedText.shared(new String(body.toCharArray()), "EN")).isSameAs(first);
    assertThat(AnalysedText.shared(body, "pt")).isNotSameAs(first);
    assertThat(AnalysedText.shared(body, "en").terms()).isEqualTo(AnalysedText.of(body, "en").terms());
    assertThat(AnalysedText.shared("Other text.", "en").terms()).containsExactly("other", "text");
  }

  @Test
  void aSentencesTermsAreReadFromTheWholeTextsAnalysis() {
    String text = "NATO's leaders met. They agreed on new sanctions.\n\nRussia's reply came later.";
    AnalysedText whole = AnalysedText.of(text, "en");

    for (TextSpan s : Sentences.split(text)) {
      assertThat(whole.termsOf(s)).contains(AnalysedText.of(text.substring(s.start(), s.end()), "en").terms());
    }
  }

  @Test
  void aSentenceGluedToTheNextIsLeftToItsOwnAnalysis() {
    String text = "They won.Then they left.";           // one token "won.then" in the whole text
    AnalysedText whole = AnalysedText.of(text, "en");

    assertThat(whole.termsOf(new TextSpan(0, 9))).isEmpty();
    assertThat(whole.termsOf(new TextSpan(9, text.length()))).isEmpty();
  }

  /**
   * What sharing one analysis relies on, on real news in the five languages: a sentence's terms read
   * from the body's analysis are those of the sentence alone, and a title line and a body analysed
   * together ("title\n\nbody", the narrative model's text) give the title's terms, then the body's.
   */
  @Test
  void onSemevalDocumentsSharingGivesTheTermsOfSeparateAnalyses() throws IOException {
    Path raw = SharedData.require("data/semeval2025-task10/train/raw-documents");
    int sentences = 0;
    int read = 0;
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(raw)) {
      all.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    for (Path file : files) {
      String language = file.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
      String doc = Files.readString(file, StandardCharsets.UTF_8);
      int nl = doc.indexOf('\n');
      String title = nl < 0 ? doc.strip() : doc.substring(0, nl).strip();
      String body = nl < 0 ? "" : doc.substring(nl + 1).strip();
      AnalysedText analysed = AnalysedText.of(body, language);
      List<String> joined = new ArrayList<>(AnalysedText.of(title, language).terms());
      joined.addAll(analysed.terms());
      assertThat(joined).as(file.toString()).isEqualTo(AnalysedText.of(title + "\n\n" + body, language).terms());
      for (TextSpan s : Sentences.split(body)) {
        sentences++;
        var shared = analysed.termsOf(s);
        if (shared.isEmpty()) continue;
        read++;
        assertThat(shared.get()).as(file + " " + s).isEqualTo(AnalysedText.of(body.substring(s.start(), s.end()), language).terms());
      }
    }
    assertThat(files).hasSizeGreaterThan(1000);
    assertThat(read).as("sentences read from the body's analysis").isGreaterThan(sentences * 9 / 10);
  }
}
