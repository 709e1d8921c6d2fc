package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which actors the framing stage frames at all, against the entities annotated in the task data
 * (MODELS.md, "Which actors are framed"): per language, the share of framed actors that are annotated
 * entities and the share of the annotated entities framed before (as one of the 8 most mentioned
 * actors) that are still framed. Floors a little under the measured figures (5-fold cross-validation
 * of the training part, seed 7). Slow (about a minute and a half), so it runs with {@code -Pslow} only.
 */
@Tag("slow")
final class FramedActorsCrossValidationTest {
  private static FramedEvaluation crossValidation;
  private static FramedEvaluation heldOut;

  // Measured: P bg 0.392, en 0.451, hi 0.729, pt 0.496, ru 0.478; kept 0.725, 0.734, 0.720, 0.744, 0.732;
  // framed per article 3.2-3.3 (before, the 8 most mentioned: 6.5-7.8 per article, P 0.23-0.30, hi 0.52).
  @ParameterizedTest
  @CsvSource({"bg, 0.36, 0.70", "en, 0.42, 0.70", "hi, 0.70, 0.70", "pt, 0.46, 0.70", "ru, 0.44, 0.70"})
  void crossValidate_taskData_framesFewerActorsMostlyAnnotatedOnes(String lang, double precisionFloor, double keptFloor) {
    FramedFigures f = crossValidation().byLanguage().get(lang);

    assertThat(f.precision()).as("%s share of framed actors that are annotated", lang).isGreaterThanOrEqualTo(precisionFloor);
    assertThat(f.kept()).as("%s share of formerly framed annotated entities still framed", lang).isGreaterThanOrEqualTo(keptFloor);
    assertThat(f.framedPerArticle()).as("%s framed actors per article", lang).isLessThan(4);
  }

  // Measured on the held-out fifth (273 articles): P 0.559, kept 0.764, R 0.530.
  @ParameterizedTest
  @CsvSource({"0.52, 0.72"})
  void heldOut_taskData_framedActorsMostlyAnnotated(double precisionFloor, double keptFloor) {
    FramedFigures f = heldOut().overall();

    assertThat(f.precision()).isGreaterThanOrEqualTo(precisionFloor);
    assertThat(f.kept()).isGreaterThanOrEqualTo(keptFloor);
  }

  private static synchronized FramedEvaluation crossValidation() {
    if (crossValidation == null) {
      crossValidation = SalienceEvaluator.crossValidate(data(), List.of(), 5, 7);
      System.out.print(crossValidation.table());
    }
    return crossValidation;
  }

  private static synchronized FramedEvaluation heldOut() {
    if (heldOut == null) {
      heldOut = SalienceEvaluator.heldOut(data(), List.of());
      System.out.print(heldOut.table());
    }
    return heldOut;
  }

  private static Path data() {
    return SharedData.require("data/semeval2025-task10/train/labels").getParent();
  }
}
