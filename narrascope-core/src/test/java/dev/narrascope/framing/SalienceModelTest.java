package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SalienceModelTest {
  /** Articles where the actor mentioned three times is framed and the one mentioned once is not. */
  static SalienceModel mentionCountModel(double threshold) {
    List<SalienceDocument> docs = new ArrayList<>();
    for (int d = 0; d < 30; d++) {
      docs.add(new SalienceDocument("en", "en/" + d, List.of(Map.of("count", Math.log1p(3)), Map.of("count", Math.log1p(1))),
          new boolean[] {true, false}, List.of(new int[] {0})));
    }
    return SalienceTrainer.fit(docs, Map.of("en", threshold), 0.9);
  }

  /** Articles where, oddly, the actor mentioned once is framed and the one mentioned three times is not. */
  static SalienceModel onceMentionedModel(double threshold) {
    List<SalienceDocument> docs = new ArrayList<>();
    for (int d = 0; d < 30; d++) {
      docs.add(new SalienceDocument("en", "en/" + d, List.of(Map.of("count", Math.log1p(3)), Map.of("count", Math.log1p(1))),
          new boolean[] {false, true}, List.of(new int[] {1})));
    }
    return SalienceTrainer.fit(docs, Map.of("en", threshold), 0.9);
  }

  @Test
  void decide_thresholdAndCap_framesOnlyTheMostMentionedAboveThreshold() {
    double[] p = {0.2, 0.9, 0.6, 0.7}; // candidates most mentioned first

    assertThat(SalienceModel.decide(p, 0.5, 8)).containsExactly(false, true, true, true);
    assertThat(SalienceModel.decide(p, 0.5, 2)).containsExactly(false, true, false, false);
    assertThat(SalienceModel.decide(p, 0.95, 8)).containsExactly(false, false, false, false);
  }

  @Test
  void fit_separableCounts_framedActorMoreProbable() {
    SalienceModel m = mentionCountModel(0.5);

    double[] p = m.probabilities(List.of(Map.of("count", Math.log1p(3)), Map.of("count", Math.log1p(1))));

    assertThat(p[0]).isGreaterThan(0.5);
    assertThat(p[1]).isLessThan(0.5);
    assertThat(m.threshold("EN")).isEqualTo(0.5);
    assertThat(m.threshold("xx")).isEqualTo(0.9);
  }

  @Test
  void fit_oneClassOnly_framesEverything() {
    SalienceDocument allFramed = new SalienceDocument("en", "en/1", List.of(Map.of("count", 1.0)), new boolean[] {true},
        List.of(new int[] {0}));

    SalienceModel m = SalienceTrainer.fit(List.of(allFramed), Map.of(), 0.5);

    assertThat(m).isSameAs(SalienceModel.FRAMES_ALL);
    assertThat(m.probabilities(List.of(Map.of()))).containsExactly(1.0);
  }

  @Test
  void writeAndRead_roundTrip_sameProbabilitiesAndThresholds() throws Exception {
    SalienceModel m = mentionCountModel(0.4);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      m.write(out);
    }

    SalienceModel read = SalienceModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    List<Map<String, Double>> x = List.of(Map.of("count", 1.0), Map.of("count", 0.2));
    assertThat(read.probabilities(x)[0]).isCloseTo(m.probabilities(x)[0], org.assertj.core.data.Offset.offset(1e-3));
    assertThat(read.probabilities(x)[1]).isCloseTo(m.probabilities(x)[1], org.assertj.core.data.Offset.offset(1e-3));
    assertThat(read.thresholds()).isEqualTo(Map.of("en", 0.4));
    assertThat(read.threshold("bg")).isEqualTo(0.9);
  }

  @Test
  void figures_framedAndAnnotated_countsPrecisionRecallAndKept() {
    // Candidates 0..3 (most mentioned first); annotated entities: one standing as 0, one as 3, one the entity stage missed.
    SalienceDocument d = new SalienceDocument("en", "en/1", List.of(Map.of(), Map.of(), Map.of(), Map.of()),
        new boolean[] {true, false, false, true}, List.of(new int[] {0}, new int[] {3}, new int[0]));

    FramedFigures f = FramedFigures.of(d, new boolean[] {true, true, false, false}, 2);

    assertThat(f.precision()).isEqualTo(0.5);
    assertThat(f.recall()).isEqualTo(1 / 3.0);
    assertThat(f.annotatedFound()).isEqualTo(2);
    // Framed before (cap 2): only the entity standing as candidate 0, and it is still framed.
    assertThat(f.kept()).isEqualTo(1.0);
    assertThat(f.precisionBefore()).isEqualTo(0.5);
    assertThat(f.recallBefore()).isEqualTo(1 / 3.0);
  }

  @Test
  void rankingPrecision_outOfFoldProbabilities_precisionAtTheThresholdKeepingSeventyPercent() {
    // Two articles, one annotated entity each; keeping 0.70 of two means keeping both: threshold 0.6.
    SalienceDocument a = new SalienceDocument("en", "en/a", List.of(Map.of(), Map.of()), new boolean[] {true, false},
        List.of(new int[] {0}));
    SalienceDocument b = new SalienceDocument("en", "en/b", List.of(Map.of(), Map.of()), new boolean[] {false, true},
        List.of(new int[] {1}));

    Map<String, Double> p = SalienceEvaluator.rankingPrecision(List.of(a, b), List.of(new double[] {0.9, 0.2}, new double[] {0.8, 0.6}));

    // Framed at 0.6: a's first, b's both; two of the three are annotated.
    assertThat(p).containsOnlyKeys("en");
    assertThat(p.get("en")).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
