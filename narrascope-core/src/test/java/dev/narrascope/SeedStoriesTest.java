package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five real scraped seed articles, all about Ukraine and NATO, through the path {@code analyze}
 * takes on an empty store ({@code Pipelines.defaults()}, reposts and stories included): 000 and 001 tell one event (Reznikov's "carrying out NATO's
 * mission" / "shedding blood" remarks) in different words, so one story but no repost; 002, 003
 * and 004 are other events on the same topic. Skips without {@code ../shared/seeds}.
 */
final class SeedStoriesTest {
  @Test
  void stories_seeds_sameEventTogetherOtherEventsApart() {
    Map<String, Article> bySeed = AnalysedSeeds.bySeed();
    assertThat(bySeed).containsOnlyKeys("000", "001", "002", "003", "004");

    assertThat(bySeed.get("001").analysis().storyId()).as("001 with 000").isEqualTo(bySeed.get("000").analysis().storyId());
    assertThat(bySeed.get("000").analysis().repostOf()).isNull();
    assertThat(bySeed.get("001").analysis().repostOf()).isNull();
    assertThat(List.of("000", "002", "003", "004").stream().map(k -> bySeed.get(k).analysis().storyId()).distinct())
        .as("000, 002, 003 and 004 in four stories").hasSize(4);
  }
}
