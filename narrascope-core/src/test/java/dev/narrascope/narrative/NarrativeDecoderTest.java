package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class NarrativeDecoderTest {
  // Label order: narratives [WAR: Blame others, CLI: Hoax], then sub-narratives
  // [West, Kyiv, WAR Other, Bad data, CLI Other].
  private final Taxonomy taxonomy = SyntheticCorpus.taxonomy();

  private NarrativePrediction decode(double... p) {
    double[] t = new double[p.length];
    Arrays.fill(t, 0.5);
    return new NarrativeDecoder(taxonomy, t).predict(p);
  }

  @Test
  void subNarrative_bringsItsNarrative() {
    NarrativePrediction p = decode(0.2, 0.1, 0.8, 0.1, 0.1, 0.1, 0.1);
    assertThat(p.narrativeLabels()).containsExactly("WAR: Blame others");
    assertThat(p.subNarrativeLabels()).containsExactly(SyntheticCorpus.WEST);
    assertThat(p.narratives().get(0).confidence()).isEqualTo(0.8);
  }

  @Test
  void narrativeWithoutSubNarrative_getsItsOther() {
    NarrativePrediction p = decode(0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
    assertThat(p.subNarrativeLabels()).containsExactly("WAR: Blame others: Other");
  }

  @Test
  void nothingOverThreshold_isOther() {
    NarrativePrediction p = decode(0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
    assertThat(p.narrativeLabels()).containsExactly("Other");
    assertThat(p.subNarrativeLabels()).containsExactly("Other");
  }

  @Test
  void mostLikely_belowEveryThreshold_stillNamesTheLikeliestNarrativeAndSubNarrative() {
    double[] p = {0.2, 0.3, 0.15, 0.1, 0.05, 0.25, 0.1};
    NarrativePrediction decoded = new NarrativeDecoder(taxonomy, new double[p.length]).withSetRule(0.4, 1.0, 1.0).predict(p);
    assertThat(decoded.narrativeLabels()).containsExactly("Other");
    NarrativePrediction likeliest = new NarrativeDecoder(taxonomy, new double[p.length]).mostLikely(p);
    assertThat(likeliest.narrativeLabels()).containsExactly("CLI: Hoax");
    assertThat(likeliest.subNarrativeLabels()).containsExactly(SyntheticCorpus.DATA);
    assertThat(likeliest.narratives().get(0).confidence()).isEqualTo(0.3);
  }

  @Test
  void twoDomains_keepsTheMoreConfidentOne() {
    NarrativePrediction p = decode(0.9, 0.6, 0.1, 0.7, 0.1, 0.55, 0.1);
    assertThat(p.narrativeLabels()).containsExactly("WAR: Blame others");
    assertThat(p.subNarrativeLabels()).containsExactly(SyntheticCorpus.KYIV);
  }

  private NarrativePrediction decodeExpectedF1(double... p) {
    return new NarrativeDecoder(taxonomy, new double[p.length]).withSetRule(0.2, 1.0, 1.0).predict(p);
  }

  @Test
  void expectedF1_takesTheLikelySubNarrativesOfTheBestDomain() {
    // Under WAR: 2·0.7/(1+1.35) < 2·1.3/(2+1.35) > 2·1.35/(3+1.35): two sub-narratives; CLI is dropped.
    NarrativePrediction p = decodeExpectedF1(0.9, 0.3, 0.7, 0.6, 0.05, 0.4, 0.1);
    assertThat(p.narrativeLabels()).containsExactly("WAR: Blame others");
    assertThat(p.subNarrativeLabels()).containsExactlyInAnyOrder(SyntheticCorpus.WEST, SyntheticCorpus.KYIV);
  }

  @Test
  void expectedF1_likelyOtherSubNarrative_isKeptAlone() {
    NarrativePrediction p = decodeExpectedF1(0.9, 0.1, 0.05, 0.05, 0.6, 0.05, 0.1);
    assertThat(p.subNarrativeLabels()).containsExactly("WAR: Blame others: Other");
  }

  @Test
  void expectedF1_noNarrativeOverOtherBelow_isOther() {
    NarrativePrediction p = decodeExpectedF1(0.15, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
    assertThat(p.narrativeLabels()).containsExactly("Other");
    assertThat(p.subNarrativeLabels()).containsExactly("Other");
  }
}
