package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cross-validation on the real task data; slow, so it runs with {@code -Pslow} only. */
@Tag("slow")
final class FramingCrossValidationTest {
  private static final Path DATA = Path.of("../../shared/data/semeval2025-task10/train");

  @Test
  void crossValidate_englishTaskData_beatsMajorityBaseline() {
    assumeTrue(Files.isDirectory(DATA.resolve("labels/EN")), "task data absent: " + DATA.toAbsolutePath());

    FramingEvaluation e = FramingEvaluator.crossValidate(DATA, List.of("EN"), 3, 42);

    System.out.print(e.table());
    FramingMetrics en = e.byLanguage().get("en");
    assertThat(en.mentions()).isGreaterThan(600);
    // Majority main role (Antagonist) is ~0.69 in English; its most frequent fine role alone gives EMR ~0.2.
    assertThat(en.mainAccuracy()).isGreaterThan(0.66);
    assertThat(en.exactMatch()).isGreaterThan(0.12);
  }
}
