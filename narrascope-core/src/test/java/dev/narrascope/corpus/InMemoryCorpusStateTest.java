package dev.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class InMemoryCorpusStateTest {
  @Test
  void articlesInBands_perKeyTheSmallestIdsWhateverTheOrderAdded() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    for (String id : new String[] {"d", "b", "e", "a", "c"}) state.addBands(id, new long[] {7});
    state.addBands("z", new long[] {9});
    assertThat(state.articlesInBands(new long[] {7, 9}, 2)).containsExactlyInAnyOrder("a", "b", "z");
  }

  @Test
  void idOrder_byCodePointAsBinaryCollationsOnUtf8() {
    // U+1F600 (a surrogate pair in Java) sorts after U+FF5E by code point, though its first UTF-16 unit is smaller.
    assertThat(CorpusState.ID_ORDER.compare("\uD83D\uDE00", "\uFF5E")).isPositive();
    assertThat(CorpusState.ID_ORDER.compare("ab", "abc")).isNegative();
    assertThat(CorpusState.ID_ORDER.compare("abc", "abc")).isZero();
  }

  @Test
  void postedStories_scansTheNewestFoundedStories_notTheLastToGetTheTerm() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryEntry old = story(state, "s-old");
    StoryEntry middle = story(state, "s-middle");
    StoryEntry young = story(state, "s-young");
    state.addPostings(middle, List.of("dam"));
    state.addPostings(young, List.of("dam"));
    state.addPostings(old, List.of("dam")); // the oldest story gains the term last
    assertThat(state.storiesWithTerm("dam", null, null, 2)).containsExactly("s-young", "s-middle");
    assertThat(state.storiesWithTerm("dam", null, null, 10)).containsExactly("s-young", "s-middle", "s-old");
  }

  @Test
  void postedStories_namesAStoryOnce_whateverHowOftenItGotTheTerm() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryEntry a = story(state, "s-a");
    StoryEntry b = story(state, "s-b");
    state.addPostings(a, List.of("dam"));
    state.addPostings(b, List.of("dam", "dam")); // a term among its words and its anchors
    state.addPostings(a, List.of("dam", "kakhovka"));
    assertThat(state.storiesWithTerm("dam", null, null, 10)).containsExactly("s-b", "s-a");
    assertThat(state.postings().get("dam")).containsExactly(a, b);
  }

  @Test
  void postedStories_leavesOutMergedAwayStories_withoutLettingThemTakeAPlace() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryEntry a = story(state, "s-a");
    StoryEntry b = story(state, "s-b");
    StoryEntry c = story(state, "s-c");
    for (StoryEntry s : List.of(a, b, c)) state.addPostings(s, List.of("dam"));
    state.mergeStory("s-c", "s-a", "x");
    assertThat(state.storiesWithTerm("dam", null, null, 2)).containsExactly("s-b", "s-a");
  }

  private static StoryEntry story(InMemoryCorpusState state, String id) {
    StoryEntry s = new StoryEntry(id, state.nextStorySeq());
    state.putStory(s);
    return s;
  }
}
