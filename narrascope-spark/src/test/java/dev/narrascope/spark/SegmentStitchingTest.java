package dev.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.spark.SegmentStitching.Placement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SegmentStitchingTest {
  @Test
  void continued_storyHoldingLeadInArticles_takesTheIdOfTheirStoryThroughEverySegment() {
    // Segment 0 puts a, b in s-a; segment 1 clusters a, b again (lead-in) into s-b with its own c;
    // segment 2 clusters c again (lead-in) into s-c with its own d.
    Map<String, String> continued = SegmentStitching.continued(List.of(
        new Placement(0, false, 0, "a", "s-a"), new Placement(0, false, 1, "b", "s-a"),
        new Placement(1, true, 0, "a", "s-b"), new Placement(1, true, 1, "b", "s-b"),
        new Placement(1, false, 2, "c", "s-b"),
        new Placement(2, true, 2, "c", "s-c")));

    assertThat(continued).containsEntry(SegmentStitching.key(1, "s-b"), "s-a")
        .containsEntry(SegmentStitching.key(2, "s-c"), "s-a").hasSize(2);
  }

  @Test
  void continued_leadInArticlesOfTwoStories_followTheMostAndNeverJoinTheEarlierStories() {
    // a in s-a, b and c in s-b in segment 0; segment 1 puts all three in one story: it continues s-b (two votes).
    Map<String, String> continued = SegmentStitching.continued(List.of(
        new Placement(0, false, 0, "a", "s-a"), new Placement(0, false, 1, "b", "s-b"), new Placement(0, false, 2, "c", "s-b"),
        new Placement(1, true, 0, "a", "s-x"), new Placement(1, true, 1, "b", "s-x"), new Placement(1, true, 2, "c", "s-x")));

    assertThat(continued).containsExactly(Map.entry(SegmentStitching.key(1, "s-x"), "s-b"));
  }

  @Test
  void continued_tie_goesToTheStoryOfTheEarliestLeadInArticle() {
    Map<String, String> continued = SegmentStitching.continued(List.of(
        new Placement(0, false, 5, "late", "s-late"), new Placement(0, false, 3, "early", "s-early"),
        new Placement(1, true, 5, "late", "s-x"), new Placement(1, true, 3, "early", "s-x")));

    assertThat(continued).containsExactly(Map.entry(SegmentStitching.key(1, "s-x"), "s-early"));
  }

  @Test
  void continued_storiesWithoutLeadInArticles_areNotListed() {
    assertThat(SegmentStitching.continued(List.of(new Placement(0, false, 0, "a", "s-a")))).isEmpty();
  }
}
