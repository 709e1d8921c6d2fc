package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LabelScoreTest {
  @Test
  void isOther_globalAndPerNarrativeOther_only() {
    assertThat(LabelScore.isOther("Other")).isTrue();
    assertThat(LabelScore.isOther("URW: Discrediting Ukraine: Other")).isTrue();
    assertThat(LabelScore.isOther("URW: Discrediting Ukraine")).isFalse();
    assertThat(LabelScore.isOther("CC: Criticism of institutions and authorities: Criticism of the EU")).isFalse();
  }

  @Test
  void namedNarratives_dropOtherLabels_keepOrder() {
    Analysis a = Analysis.EMPTY.withNarratives(
        List.of(new LabelScore("URW: Praise of Russia", 0.8), new LabelScore("Other", 0.3)),
        List.of(new LabelScore("URW: Praise of Russia: Other", 0.6), new LabelScore("URW: Praise of Russia: Russia is a guarantor of peace and prosperity", 0.5)));
    assertThat(a.namedNarratives()).extracting(LabelScore::label).containsExactly("URW: Praise of Russia");
    assertThat(a.namedSubNarratives()).extracting(LabelScore::label)
        .containsExactly("URW: Praise of Russia: Russia is a guarantor of peace and prosperity");
    assertThat(a.narratives()).as("the analysis keeps them for the SemEval formats").hasSize(2);
  }
}
