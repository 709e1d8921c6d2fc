package dev.narrascope.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.LabelScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How unsure stored model output is: the review queue's order. */
final class UncertaintyTest {
  /** The narrative at {@code p}, and the "…: Other" the decoder fills in, at a low probability that is no decision. */
  static Analysis narrative(double p) {
    return Analysis.EMPTY.withNarratives(List.of(new LabelScore("URW: Discrediting Ukraine", p)),
        List.of(new LabelScore("URW: Discrediting Ukraine: Other", 0.02)));
  }

  @Test
  void of_isTheChanceTheLeastSureLabelIsWrong_namedInTheReason() {
    Uncertainty u = Uncertainty.of(narrative(0.4)).orElseThrow();
    assertThat(u.score()).isCloseTo(0.6, within(1e-9));
    assertThat(u.reason()).isEqualTo("narrative \"URW: Discrediting Ukraine\" (40%)");
    assertThat(Uncertainty.of(narrative(0.95)).orElseThrow().score()).isCloseTo(0.05, within(1e-9));
  }

  @Test
  void of_namedSubNarrative_counts() {
    Analysis an = Analysis.EMPTY.withNarratives(List.of(new LabelScore("URW: Discrediting Ukraine", 0.9)),
        List.of(new LabelScore("URW: Discrediting Ukraine: Ukraine is a puppet of the West", 0.3)));
    Uncertainty u = Uncertainty.of(an).orElseThrow();
    assertThat(u.score()).isCloseTo(0.7, within(1e-9));
    assertThat(u.reason()).isEqualTo("sub-narrative \"URW: Discrediting Ukraine: Ukraine is a puppet of the West\" (30%)");
  }

  @Test
  void of_takesTheLeastSureDecision_notTheMean() {
    // A sure narrative and a framed actor whose main role is nearly a three-way tie: the role decides.
    Analysis an = narrative(0.97).withActors(List.of(
        new ActorFraming("NATO", "Antagonist", 0.95, List.of(), List.of(), 0.99),
        new ActorFraming("Sergei Shoigu", "Protagonist", 0.4, List.of(), List.of(), 0.98)));
    Uncertainty u = Uncertainty.of(an).orElseThrow();
    assertThat(u.score()).isCloseTo(0.6, within(1e-9));
    assertThat(u.reason()).isEqualTo("Sergei Shoigu as Protagonist (40%)");
  }

  @Test
  void of_actorThatMayOrMayNotBeFramed_counts() {
    Analysis an = narrative(0.97).withActors(List.of(ActorFraming.notFramed("Jens Stoltenberg", List.of(), 0.45)));
    Uncertainty u = Uncertainty.of(an).orElseThrow();
    assertThat(u.score()).isCloseTo(0.45, within(1e-9));
    assertThat(u.reason()).isEqualTo("whether Jens Stoltenberg is framed at all (45%)");
  }

  @Test
  void of_other_isScoredByItsOwnConfidence_andWithoutModelOutputThereIsNothingToReview() {
    Analysis other = Analysis.EMPTY.withNarratives(List.of(new LabelScore("Other", 0.6)), List.of(new LabelScore("Other", 0.6)));
    assertThat(Uncertainty.of(other).orElseThrow().score()).isCloseTo(0.4, within(1e-9));
    assertThat(Uncertainty.of(Analysis.EMPTY)).isEmpty();
  }
}
