package dev.narrascope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class SamplesF1Test {
  private static final Set<String> TAXONOMY = Set.of("A", "B", "C", "Other");

  @Test
  void f1_partialOverlap_isTwoTpOverSizes() {
    // pred {A,B}, gold {A}: tp 1, |p| 2, |g| 1 -> 2/3
    assertThat(SamplesF1.f1(Set.of("A", "B"), Set.of("A"), TAXONOMY::contains)).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void f1_labelOutsideTaxonomy_countsAsNothing() {
    // "Z" is dropped: pred {A}, gold {A} -> 1
    assertThat(SamplesF1.f1(Set.of("A", "Z"), Set.of("A"), TAXONOMY::contains)).isEqualTo(1.0);
  }

  @Test
  void f1_bothEmpty_isZero() {
    assertThat(SamplesF1.f1(Set.of(), Set.of(), TAXONOMY::contains)).isZero();
  }

  @Test
  void mean_averagesDocuments() {
    SamplesF1 f = new SamplesF1(TAXONOMY::contains);
    f.add(Set.of("A", "B"), Set.of("A"));      // 2/3
    f.add(Set.of("Other"), Set.of("Other"));   // 1
    f.add(Set.of("C"), Set.of("A", "B"));      // 0
    assertThat(f.documents()).isEqualTo(3);
    assertThat(f.mean()).isCloseTo((2.0 / 3 + 1 + 0) / 3, within(1e-9));
  }
}
