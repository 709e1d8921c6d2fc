package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.testing.SharedData;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cross-validation on the real task data; slow, so it runs with {@code -Pslow} only. */
@Tag("slow")
final class FramingCrossValidationTest {
  @Test
  void crossValidate_englishTaskData_beatsMajorityBaseline() {
    Path data = SharedData.require("data/semeval2025-task10/train/labels/EN").getParent().getParent();

    FramingEvaluation e = FramingEvaluator.crossValidate(data, List.of("EN"), 3, 42);

    System.out.print(e.table());
    FramingMetrics en = e.byLanguage().get("en");
    assertThat(en.mentions()).isGreaterThan(600);
    // The baselines of always predicting the commonest answer, computed from the same mentions: the
    // commonest main role for main-role accuracy, the commonest (main role, fine roles) label for EMR.
    List<RoleLabel> gold = SemevalRoleData.readLabelled(data, List.of("EN")).stream().map(LabelledMention::gold).toList();
    double majorityMain = largestShare(gold.stream().map(RoleLabel::mainRole).toList());
    double majorityLabel = largestShare(gold.stream().map(g -> g.mainRole() + " " + g.fineRoles().stream().sorted().toList()).toList());
    System.out.printf(java.util.Locale.ROOT, "EN majority baselines: main role %.3f, exact match %.3f (%d mentions)%n",
        majorityMain, majorityLabel, gold.size());
    assertThat(en.mainAccuracy()).as("main-role accuracy vs majority baseline %.3f", majorityMain).isGreaterThan(majorityMain);
    assertThat(en.exactMatch()).as("EMR vs majority-label baseline %.3f", majorityLabel).isGreaterThan(majorityLabel);
  }

  private static double largestShare(Collection<String> values) {
    Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.values().stream().mapToLong(Long::longValue).max().orElse(0) / (double) values.size();
  }
}
