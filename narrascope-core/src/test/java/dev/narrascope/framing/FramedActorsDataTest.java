package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FramedActorsDataTest {
  @Test
  void crossValidate_taskData_framedActorsMostlyAnnotated() {
    Path data = SharedData.require("data/semeval2025-task10/train/labels").getParent();
    FramedEvaluation cv = SalienceEvaluator.crossValidate(data, List.of(), 5, 7);
    System.out.print(cv.table());
    FramedEvaluation held = SalienceEvaluator.heldOut(data, List.of());
    System.out.print(held.table());
    assertThat(cv.overall().precision()).isGreaterThan(0);
  }
}
