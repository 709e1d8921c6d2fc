package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class LocalSplitTest {
  private static final String[] LEADS = {"leads", "carries", "guides", "takes", "steers", "pushes"};

  /** Report {@code k} of the Colts' win over the Jaguars (id j{@code k}). */
  static Article jaguars(int k) {
    return report("j" + k, null, "Manning " + LEADS[k % LEADS.length] + " Colts past Jaguars 31-24",
        "Peyton Manning threw for 364 yards in Jacksonville on Thursday night; Dallas Clark caught two touchdowns and"
            + " Adam Vinatieri kicked a late field goal.");
  }

  /** Report {@code k} of the Colts' win over the Chiefs, another season (id c{@code k}). */
  static Article chiefs(int k) {
    return report("c" + k, null, "Luck " + LEADS[k % LEADS.length] + " Colts over Chiefs 20-13",
        "Andrew Luck led a fourth-quarter drive at Arrowhead on Sunday while Jamaal Charles rushed for 226 yards for"
            + " Kansas City.");
  }

  /** Report {@code k} of a bridge collapse (id b{@code k}): another event altogether. */
  static Article bridge(int k) {
    return report("b" + k, null, "Tansbury bridge gives way over the Orwick, report " + k,
        "Witnesses in Tansbury said the road bridge over the Orwick gave way at dawn; engineers blamed corroded cables.");
  }

  private static Article report(String id, String date, String title, String text) {
    return new Article(id, id, null, title, "outlet-" + id, date == null ? null : LocalDate.parse(date), "en", 1, text, null, null);
  }

  private static List<Article> of(List<Article> a, List<Article> b) {
    List<Article> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void leaving_twoEventsOfOneKind_thePartWithoutTheFirstMemberLeaves() {
    List<Article> members = of(IntStream.range(0, 6).mapToObj(LocalSplitTest::jaguars).toList(),
        IntStream.range(0, 5).mapToObj(LocalSplitTest::chiefs).toList());

    assertThat(LocalSplit.leaving(members, "j0", StoryClusterer.DEFAULT_THRESHOLD))
        .containsExactlyInAnyOrder("c0", "c1", "c2", "c3", "c4");
    assertThat(LocalSplit.leaving(members, "c3", StoryClusterer.DEFAULT_THRESHOLD))
        .as("the story began with a Chiefs report: the Jaguars part leaves").hasSize(6).allMatch(id -> id.startsWith("j"));
  }

  @Test
  void leaving_oneEventsTellings_nothing() {
    List<Article> members = IntStream.range(0, 12).mapToObj(LocalSplitTest::jaguars).toList();

    assertThat(LocalSplit.leaving(members, "j0", StoryClusterer.DEFAULT_THRESHOLD)).isEmpty();
  }

  @Test
  void leaving_secondPartUnderFive_nothing() {
    List<Article> members = of(IntStream.range(0, 8).mapToObj(LocalSplitTest::jaguars).toList(),
        IntStream.range(0, 4).mapToObj(LocalSplitTest::chiefs).toList());

    assertThat(LocalSplit.leaving(members, "j0", StoryClusterer.DEFAULT_THRESHOLD)).isEmpty();
  }

  @Test
  void leaving_twoLargestPartsUnderFourFifths_nothing() {
    // Three events, 6 + 5 + 4: the two largest hold 11 of 15.
    List<Article> members = of(of(IntStream.range(0, 6).mapToObj(LocalSplitTest::jaguars).toList(),
        IntStream.range(0, 5).mapToObj(LocalSplitTest::chiefs).toList()),
        IntStream.range(0, 4).mapToObj(LocalSplitTest::bridge).toList());

    assertThat(LocalSplit.leaving(members, "j0", StoryClusterer.DEFAULT_THRESHOLD)).isEmpty();
  }
}
