package dev.narrascope.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class TextSpanTest {

  @Test
  void indexHolding_findsTheSpanHoldingAnOffset_andNoneBetweenOrOutsideThem() {
    List<TextSpan> spans = List.of(new TextSpan(0, 5), new TextSpan(7, 10), new TextSpan(10, 12));
    assertThat(TextSpan.indexHolding(spans, 0)).isZero();
    assertThat(TextSpan.indexHolding(spans, 4)).isZero();
    assertThat(TextSpan.indexHolding(spans, 5)).isEqualTo(-1);
    assertThat(TextSpan.indexHolding(spans, 7)).isEqualTo(1);
    assertThat(TextSpan.indexHolding(spans, 10)).isEqualTo(2);
    assertThat(TextSpan.indexHolding(spans, 12)).isEqualTo(-1);
    assertThat(TextSpan.indexHolding(List.of(), 3)).isEqualTo(-1);
  }
}
