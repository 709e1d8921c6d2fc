package dev.narrascope.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LinguaModels#confidences} must answer exactly what Lingua's own API answers, only on the
 * caller's thread, and {@link LinguaModels#detect} must choose the language Lingua chooses.
 */
final class LinguaModelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "1234 5678 !!!", "ab", "Hi", "NATO", "Путин", "सरकार", "政府宣布", "أعلنت الحكومة",
      "Die Regierung hat neue Maßnahmen angekündigt.", "Le gouvernement a annoncé de nouvelles mesures.",
      "El gobierno anunció nuevas medidas.", "Il governo ha annunciato nuove misure.", "Rząd ogłosił nowe środki.",
      "Уряд оголосив про нові заходи.", "Правителството обяви нови мерки.", "Правительство объявило о мерах.",
      "O governo anunciou novas medidas.", "The government announced new measures.",
      "Kyiv said «Україна» and Moscow said «Россия» — NATO 2023", "Zelensky Зеленський Zelenskyy Зеленский"})
  void confidences_shortAndMixedTexts_equalLinguasOwnAnswer(String text) {
    assertSameAsLingua(text);
  }

  /**
   * The bundled sample corpus (five languages, articles of hundreds to thousands of chars, some
   * HTML) at the lengths the language stage reads and whole.
   */
  @Test
  void confidences_sampleCorpusArticles_equalLinguasOwnAnswer() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../samples/corpus"))) {
      for (Path f : files.sorted().toList()) texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
    }
    assertThat(texts).hasSizeGreaterThan(20);
    for (String text : texts) {
      for (int length : new int[] {60, 150, 400, LanguageStage.MAX_CHARS, text.length()}) {
        assertSameAsLingua(text.substring(0, Math.min(length, text.length())));
      }
    }
  }

  /**
   * The point of {@link LinguaModels#confidences}: it needs no worker of the common pool. Every worker
   * is held here while a thread of another pool (as the pipeline's analysis threads are) detects a
   * language; Lingua's own call would wait for a free common worker until they are released. The
   * bound only keeps a regression from hanging the build: it is a deadlock guard, not a speed figure.
   */
  @Test
  void confidences_everyCommonPoolWorkerBusy_stillAnswersOnTheCallersThread() throws Exception {
    ForkJoinPool common = ForkJoinPool.commonPool();
    int workers = common.getParallelism();
    CountDownLatch started = new CountDownLatch(workers), release = new CountDownLatch(1);
    for (int i = 0; i < workers; i++) {
      common.execute(() -> {
        started.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    ForkJoinPool other = new ForkJoinPool(1);
    try {
      assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
      var answer = other.submit(() -> LinguaModels.confidences("The government announced new measures to support farmers."));
      assertThat(answer.get(1, TimeUnit.MINUTES).firstKey().getIsoCode639_1().name()).isEqualTo("EN");
    } finally {
      release.countDown();
      other.shutdownNow();
    }
  }

  private static void assertSameAsLingua(String text) {
    var ours = LinguaModels.confidences(text);
    var lingua = LinguaModels.detector().computeLanguageConfidenceValues(text);
    assertThat(List.copyOf(ours.entrySet())).as(text).isEqualTo(List.copyOf(lingua.entrySet()));
    assertThat(ours.entrySet().stream().map(Map.Entry::getKey).toList()).isEqualTo(List.copyOf(lingua.keySet()));
    // detect() chooses Lingua's first language, and its lead is finite exactly when a runner-up exists.
    var detection = LinguaModels.detect(text);
    if (lingua.isEmpty()) {
      assertThat(detection).as(text).isNull();
    } else {
      assertThat(detection.language()).as(text).isEqualTo(lingua.firstKey());
      assertThat(Double.isInfinite(detection.lead())).as(text).isEqualTo(lingua.size() == 1);
    }
  }
}
