package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

final class FramingMetricsTest {

  @Test
  void of_handWorkedExample_matchesTaskDefinitions() {
    List<RoleLabel> gold = List.of(
        new RoleLabel("Antagonist", List.of("Deceiver")),
        new RoleLabel("Protagonist", List.of("Guardian", "Virtuous")),
        new RoleLabel("Innocent", List.of("Victim")));
    List<RoleLabel> predicted = List.of(
        new RoleLabel("Antagonist", List.of("Deceiver")),
        new RoleLabel("Protagonist", List.of("Guardian")),
        new RoleLabel("Antagonist", List.of("Tyrant")));

    FramingMetrics m = FramingMetrics.of(gold, predicted);

    // exact: only the first; fine roles: 2 right of 3 predicted, of 4 gold.
    assertThat(m.mentions()).isEqualTo(3);
    assertThat(m.exactMatch()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(m.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(m.f1()).isCloseTo(4 / 7.0, within(1e-9));
    assertThat(m.mainAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void of_setOrderIgnored_countsExactMatch() {
    FramingMetrics m = FramingMetrics.of(
        List.of(new RoleLabel("Protagonist", List.of("Guardian", "Virtuous"))),
        List.of(new RoleLabel("Protagonist", List.of("Virtuous", "Guardian"))));

    assertThat(m.exactMatch()).isEqualTo(1.0);
    assertThat(m.f1()).isEqualTo(1.0);
  }

  @Test
  void of_sizesDiffer_throws() {
    assertThatThrownBy(() -> FramingMetrics.of(List.of(new RoleLabel("Innocent", List.of("Victim"))), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 vs 0");
  }
}
