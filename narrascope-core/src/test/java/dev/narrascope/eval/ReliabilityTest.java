package dev.narrascope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ReliabilityTest {
  @Test
  void bins_groupConfidencesAndCountHits() {
    Reliability r = new Reliability();
    r.add(0.72, true);
    r.add(0.78, false);
    r.add(0.74, true);
    r.add(0.05, false);
    r.add(1.0, true);
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.bins()).hasSize(3);
    Reliability.Bin seventies = r.bins().get(1);
    assertThat(seventies.from()).isEqualTo(0.7);
    assertThat(seventies.count()).isEqualTo(3);
    assertThat(seventies.meanConfidence()).isCloseTo(0.74666, within(1e-4));
    assertThat(seventies.accuracy()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.bins().get(2).from()).as("1.0 falls in the top bin").isEqualTo(0.9);
  }

  @Test
  void expectedCalibrationError_weighsGapsByCount() {
    Reliability r = new Reliability();
    for (int i = 0; i < 10; i++) r.add(0.9, i < 9); // calibrated bin: gap 0
    for (int i = 0; i < 10; i++) r.add(0.6, i < 3); // over-confident: gap 0.3
    assertThat(r.expectedCalibrationError()).isCloseTo(0.15, within(1e-9));
    assertThat(new Reliability().expectedCalibrationError()).isZero();
  }

  @Test
  void add_rejectsConfidenceOutsideUnitInterval() {
    assertThatThrownBy(() -> new Reliability().add(1.2, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
  }
}
