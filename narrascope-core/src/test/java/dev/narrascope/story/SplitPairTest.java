package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SplitPairTest {
  /** A unit vector of 6 dimensions ({@link TestVectors#unit}). */
  private static float[] unit(double main, double other, int k, double noise) {
    return TestVectors.unit(6, main, other, k, noise);
  }

  @Test
  void mate_storyOfTwoEvents_isTheArticlesOwnEventMate() {
    // Event one along the first axis, event two mostly along the second (cosine about 0.5 between them).
    float[] article = unit(1, 0, 2, 0.2);
    List<float[]> rest = List.of(unit(0.5, 0.87, 3, 0.2), unit(0.5, 0.87, 4, 0.2), unit(1, 0, 5, 0.2),
        unit(0.5, 0.87, 5, 0.1), unit(0.5, 0.87, 2, 0.1));

    assertThat(SplitPair.mate(article, rest, StoryClusterer.SPLIT_MARGIN)).isEqualTo(2);
  }

  @Test
  void mate_storyOfOneEvent_none() {
    // Every member a telling of one event: the story's rest is closer to each than any one member.
    float[] article = unit(1, 0, 2, 0.3);
    List<float[]> rest = List.of(unit(1, 0, 3, 0.3), unit(1, 0, 4, 0.3), unit(1, 0, 5, 0.3), unit(1, 0, 3, -0.3));

    assertThat(SplitPair.mate(article, rest, StoryClusterer.SPLIT_MARGIN)).isEqualTo(-1);
  }

  @Test
  void mate_emptyRest_none() {
    assertThat(SplitPair.mate(unit(1, 0, 2, 0), List.of(), StoryClusterer.SPLIT_MARGIN)).isEqualTo(-1);
  }
}
