package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FramingEvaluatorTest {

  @Test
  void crossValidate_learnableCorpus_scoresEveryMentionPerLanguage() {
    List<LabelledMention> data = new ArrayList<>(FramingFixtures.corpus(3, 30));
    for (LabelledMention m : FramingFixtures.corpus(4, 15)) {
      data.add(new LabelledMention("pt", m.mention(), m.text(), m.gold()));
    }
    FramingTrainer trainer = new FramingTrainer(FeatureOptions.defaults(), 4, 4, 1);

    FramingEvaluation e = FramingEvaluator.crossValidate(trainer, data, 3, 11);

    assertThat(e.overall().mentions()).isEqualTo(data.size());
    assertThat(e.byLanguage()).containsOnlyKeys("en", "pt");
    assertThat(e.byLanguage().get("en").mentions()).isEqualTo(90);
    assertThat(e.overall().exactMatch()).isGreaterThan(0.9);
    assertThat(e.table()).contains("all").contains("3-fold cross-validation by document, seed 11");
  }

  @Test
  void crossValidate_oneFold_isRejected() {
    assertThatThrownBy(() -> FramingEvaluator.crossValidate(FramingTrainer.defaults(), FramingFixtures.corpus(1, 3), 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folds");
  }
}
