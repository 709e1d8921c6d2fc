package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-worked examples: gold {a,b,c}{d,e}; predicted {a,b}{c,d,e}. */
final class ClusterMetricsTest {
  private static final Map<String, String> GOLD = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
  private static final Map<String, String> PRED = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");

  @Test
  void bcubed_handWorked() {
    // precision: a,b 2/2; c 1/3; d,e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
    // recall:    a,b 2/3; c 1/3; d,e 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
    ClusterMetrics.Scores s = ClusterMetrics.bcubed(PRED, GOLD);
    assertThat(s.precision()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(s.f1()).isCloseTo(11 / 15.0, within(1e-9));
  }

  @Test
  void pairwise_handWorked() {
    // predicted pairs: ab, cd, ce, de = 4; gold pairs: ab, ac, bc, de = 4; common: ab, de = 2
    ClusterMetrics.Scores s = ClusterMetrics.pairwise(PRED, GOLD);
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void bothMetrics_allSingletons() {
    Map<String, String> singletons = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
    // B-cubed: precision 1; recall (1/3*3 + 1/2*2)/5 = 2/5
    assertThat(ClusterMetrics.bcubed(singletons, GOLD).precision()).isEqualTo(1.0);
    assertThat(ClusterMetrics.bcubed(singletons, GOLD).recall()).isCloseTo(0.4, within(1e-9));
    // pairwise: no predicted pairs -> precision 1 by convention, recall 0
    assertThat(ClusterMetrics.pairwise(singletons, GOLD).precision()).isEqualTo(1.0);
    assertThat(ClusterMetrics.pairwise(singletons, GOLD).recall()).isEqualTo(0.0);
  }

  @Test
  void bothMetrics_missingPredictionIsSingleton() {
    Map<String, String> partial = Map.of("a", "1", "b", "1");
    Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X");
    assertThat(ClusterMetrics.pairwise(partial, gold).recall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(ClusterMetrics.bcubed(partial, gold).precision()).isEqualTo(1.0);
  }
}
