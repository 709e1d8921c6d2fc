package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class NameSplitTest {
  /** {@code a} reports naming Klitschko and Rahman, then {@code b} naming Klitschko and Thompson. */
  private static List<Set<String>> bouts(int a, int b) {
    List<Set<String>> out = new ArrayList<>();
    for (int i = 0; i < a; i++) out.add(Set.of("Wladimir Klitschko", "Hasim Rahman"));
    for (int i = 0; i < b; i++) out.add(Set.of("Wladimir Klitschko", "Tony Thompson"));
    return out;
  }

  @Test
  void leaving_twoGroupsNamingDifferentOpponents_theSmallerGroupLeaves() {
    assertThat(NameSplit.leaving(bouts(7, 5))).containsExactly(7, 8, 9, 10, 11);
    assertThat(NameSplit.leaving(bouts(5, 7))).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void leaving_reportsNamingNeitherOrOneRecallingBoth_stillSplit() {
    List<Set<String>> names = bouts(6, 6);
    names.add(Set.of("Wladimir Klitschko"));
    names.add(Set.of("Wladimir Klitschko", "Hasim Rahman", "Tony Thompson"));

    assertThat(NameSplit.leaving(names)).hasSize(6).allMatch(i -> i >= 6 && i < 12);
  }

  @Test
  void leaving_aGroupUnderFiveReports_noSplit() {
    assertThat(NameSplit.leaving(bouts(8, 4))).isEmpty();
  }

  @Test
  void leaving_twoReportsNamingBoth_noSplit() {
    // One event: its reports name both men, some one of them only.
    List<Set<String>> names = bouts(5, 5);
    names.add(Set.of("Hasim Rahman", "Tony Thompson"));
    names.add(Set.of("Hasim Rahman", "Tony Thompson"));

    assertThat(NameSplit.leaving(names)).isEmpty();
  }

  @Test
  void leaving_theTwoGroupsAFewOfAStory_noSplit() {
    // Ten of twenty reports name one of two people: the story is not about them.
    List<Set<String>> names = bouts(5, 5);
    for (int i = 0; i < 10; i++) names.add(Set.of("Wladimir Klitschko"));

    assertThat(NameSplit.leaving(names)).isEmpty();
  }

  @Test
  void leaving_twoSpellingsOfOneName_noSplit() {
    List<Set<String>> names = new ArrayList<>();
    for (int i = 0; i < 6; i++) names.add(Set.of("Alexandros Grigoropoulos"));
    for (int i = 0; i < 6; i++) names.add(Set.of("Alexis Grigoropoulos"));

    assertThat(NameSplit.leaving(names)).isEmpty();
  }
}
