package dev.narrascope.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class FirstCharAlternationTest {
  private static final String FLAT = String.join("|", SpeechCues.VERB_LIST);

  @Test
  void groupsByFirstLetterKeepingOrderAndLeavesConstructsAlone() {
    assertThat(FirstCharAlternation.of(List.of("said", "told", "says", "(?<!-)called", "a?b", "say")))
        .isEqualTo("s(?:aid|ays|ay)|told|(?<!-)called|a?b");
  }

  @Test
  void speechCuesMatchWhatTheFlatAlternationMatchesOnEveryVerbInContext() {
    List<String> texts = new ArrayList<>();
    for (String verb : SpeechCues.VERB_LIST) {
      String w = verb.replace("(?<!-)", "").replace("[sz]", "s").replace("[аи]?", "а").replace("[аи]", "и");
      for (String form : List.of(w, w.toUpperCase(Locale.ROOT), Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
        texts.add("Officials " + form + " that the talks failed, " + form + " the minister.");
        texts.add("\"We are ready,\" " + form + " Lee Park. He " + form + "s it. un" + form + " x-" + form + " " + form);
        texts.add("according to Ann, Ann " + form + " the plan would work; " + form + ", " + form + " что " + form + " que.");
      }
    }
    assertSameMatches(texts);
  }

  @Test
  void speechCuesMatchWhatTheFlatAlternationMatchesOnRealArticles() throws IOException {
    Path docs = SharedData.require("data/semeval2025-task10/train/raw-documents");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(docs)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().limit(120).toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertSameMatches(texts);
  }

  private static void assertSameMatches(List<String> texts) {
    Pattern cue = SpeechCues.cue(FLAT);
    Pattern reported = SpeechCues.reported(FLAT);
    for (String text : texts) {
      assertThat(matches(SpeechCues.CUE, text)).as(text).isEqualTo(matches(cue, text));
      assertThat(matches(SpeechCues.REPORTED, text)).as(text).isEqualTo(matches(reported, text));
      // The quote finder also matches in regions (opaque bounds): from every 13th offset, as far as 30 and 200 characters.
      for (int k = 0; k < text.length(); k += 13) {
        assertThat(inRegion(SpeechCues.CUE, text, k, 30)).isEqualTo(inRegion(cue, text, k, 30));
        assertThat(inRegion(SpeechCues.CUE, text, k, 200)).isEqualTo(inRegion(cue, text, k, 200));
      }
    }
  }

  private static String inRegion(Pattern p, String text, int from, int length) {
    Matcher m = p.matcher(text).region(from, Math.min(text.length(), from + length));
    String looking = m.lookingAt() ? m.group() : "-";
    m.region(from, Math.min(text.length(), from + length));
    return looking + "|" + (m.find() ? m.start() + "-" + m.end() : "-");
  }

  /** Every match with its span, and the "src" group where the pattern has one. */
  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    boolean src = p.pattern().contains("(?<src>");
    while (m.find()) out.add(m.start() + "-" + m.end() + (src && m.group("src") != null ? "src" : ""));
    return out;
  }
}
