package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {

  @Test
  void shingles_unicodeWordTokensInFours() {
    // Five \w+ tokens (punctuation and the dash are not tokens), so two overlapping shingles.
    assertThat(ExtractionMetric.shingles("Привет, мир — это тест, друзья!")).containsOnly(
        Map.entry(List.of("Привет", "мир", "это", "тест"), 1),
        Map.entry(List.of("мир", "это", "тест", "друзья"), 1));
  }

  @Test
  void shingles_shortText_isOneShingle_emptyTextNone() {
    assertThat(ExtractionMetric.shingles("just two")).containsExactlyEntriesOf(Map.of(List.of("just", "two"), 1));
    assertThat(ExtractionMetric.shingles("  ...  ")).isEmpty();
  }

  @Test
  void score_identical_isOneAndOne() {
    assertThat(ExtractionMetric.score("a b c d e", "a b c d e")).isEqualTo(new ExtractionMetric.PageScore(1, 1));
  }

  @Test
  void score_handWorkedOverlap() {
    // truth "a b c d e f": shingles abcd, bcde, cdef (3). prediction "a b c d e x": abcd, bcde, cdex (3).
    // TP = 2, FP = 1, FN = 1 -> precision 2/3, recall 2/3.
    ExtractionMetric.PageScore s = ExtractionMetric.score("a b c d e f", "a b c d e x");
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void score_repeatedShinglesCountAsMultiset() {
    // truth: "w x y z" once; prediction has it twice (with "w x y z w x y z" giving wxyz, xyzw, yzwx, zwxy, wxyz).
    // TP = 1, FP = 4 (one extra wxyz and three others), FN = 0.
    ExtractionMetric.PageScore s = ExtractionMetric.score("w x y z", "w x y z w x y z");
    assertThat(s.precision()).isCloseTo(0.2, within(1e-9));
    assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void means_precisionSkipsEmptyPredictions_recallCountsThem() {
    ExtractionMetric m = new ExtractionMetric();
    m.add("a b c d e f", "a b c d e x"); // P 2/3, R 2/3
    m.add("a b c d", "");                // P undefined, R 0
    m.add("a b c d", "a b c d");         // P 1, R 1

    assertThat(m.pages()).isEqualTo(3);
    assertThat(m.precision()).isCloseTo((2.0 / 3 + 1) / 2, within(1e-9));   // 5/6
    assertThat(m.recall()).isCloseTo((2.0 / 3 + 0 + 1) / 3, within(1e-9));  // 5/9
    assertThat(m.f1()).isCloseTo(2 * (5.0 / 6) * (5.0 / 9) / (5.0 / 6 + 5.0 / 9), within(1e-9)); // 2/3
  }

  @Test
  void f1_noPages_isZero() {
    assertThat(new ExtractionMetric().f1()).isZero();
  }
}
