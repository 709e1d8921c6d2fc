package dev.narrascope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import dev.narrascope.compare.OutletComparison.Column;
import dev.narrascope.compare.OutletComparison.DistinctiveWord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OutletComparatorTest {
  static Article article(String id, String outlet, LocalDate date, String text, List<LabelScore> narratives,
                         List<ActorFraming> actors, List<Quote> quotes) {
    Analysis an = Analysis.EMPTY.withNarratives(narratives, List.of()).withActors(actors).withQuotes(quotes);
    return new Article(id, null, null, "Title " + id, outlet, date, "en", 1, text, null, an);
  }

  static ActorFraming framing(String actor, String role, double confidence, String... fine) {
    return new ActorFraming(actor, role, confidence, List.of(fine), List.of(), 1.0);
  }

  static List<Article> story() {
    return List.of(
        article("a1", "rt.com", LocalDate.of(2023, 1, 2), "NATO provocation. The provocation continues, Western provocation.",
            List.of(new LabelScore("URW: Blaming the war on others rather than the invader", 0.9), new LabelScore("URW: Other", 0.2)),
            List.of(framing("NATO", "Antagonist", 0.8, "Instigator"), framing("Oleksii Reznikov", "Antagonist", 0.6, "Deceiver")),
            List.of(new Quote("We carry out NATO’s mission", "Oleksii Reznikov", 0, 10, true))),
        article("a2", "rt.com", LocalDate.of(2023, 1, 1), "Another provocation by NATO in Ukraine.",
            List.of(new LabelScore("URW: Blaming the war on others rather than the invader", 0.7)),
            List.of(framing("NATO", "Antagonist", 0.9, "Conspirator", "Instigator")), List.of()),
        article("b1", "bbc.co.uk", LocalDate.of(2023, 1, 3), "Russia's invasion of Ukraine. The invasion killed civilians.",
            List.of(new LabelScore("URW: Discrediting Ukraine", 0.3)),
            List.of(framing("NATO", "Protagonist", 0.7, "Guardian"), framing("Oleksii Reznikov", "Protagonist", 0.5, "Guardian"),
                framing("Vladimir Putin", "Antagonist", 0.9, "Aggressor")), List.of()),
        article("c1", null, null, "Weather is fine.", List.of(), List.of(), List.of()));
  }

  @Test
  void compare_columnsPerOutlet_mostArticlesFirstAndArticlesByDate() {
    OutletComparison c = OutletComparator.compare(story());
    assertThat(c.outlets()).extracting(Column::outlet).containsExactly("rt.com", OutletComparator.UNKNOWN_OUTLET, "bbc.co.uk");
    assertThat(c.outlets().get(0).articles()).extracting(OutletComparison.ArticleRef::id).containsExactly("a2", "a1");
  }

  @Test
  void compare_sharedActors_framedPerOutlet() {
    OutletComparison c = OutletComparator.compare(story());
    assertThat(c.sharedActors()).containsExactly("NATO", "Oleksii Reznikov");
    Column rt = c.outlets().get(0);
    assertThat(rt.actors().get(0).mainRole()).isEqualTo("Antagonist");
    assertThat(rt.actors().get(0).fineRoles()).containsExactly("Instigator", "Conspirator");
    assertThat(rt.actors().get(0).articles()).isEqualTo(2);
    Column bbc = c.outlets().get(2);
    assertThat(bbc.actors().get(0).mainRole()).isEqualTo("Protagonist");
    assertThat(c.outlets().get(1).actors()).allMatch(a -> a.mainRole() == null);
  }

  @Test
  void compare_narrativesAndQuotes_collected() {
    Column rt = OutletComparator.compare(story()).outlets().get(0);
    assertThat(rt.narratives()).singleElement().satisfies(n -> {
      assertThat(n.articles()).isEqualTo(2);
      assertThat(n.meanConfidence()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    });
    assertThat(rt.quotes()).extracting(OutletComparison.QuoteUse::speaker).containsExactly("Oleksii Reznikov");
    // A low-confidence best label still counts: it is what the classifier thought most likely.
    assertThat(OutletComparator.compare(story()).outlets().get(2).narratives()).hasSize(1);
  }

  @Test
  void compare_distinctiveWords_separateOutlets() {
    OutletComparison c = OutletComparator.compare(story());
    assertThat(c.outlets().get(0).distinctiveWords()).extracting(DistinctiveWord::word).first().isEqualTo("provocation");
    assertThat(c.outlets().get(2).distinctiveWords()).extracting(DistinctiveWord::word).contains("invasion")
        .doesNotContain("provocation", "the", "of");
    assertThat(c.outlets().get(0).distinctiveWords()).hasSizeLessThanOrEqualTo(OutletComparator.TOP_WORDS);
  }

  @Test
  void compare_empty_noColumns() {
    assertThat(OutletComparator.compare(List.of()).outlets()).isEmpty();
  }

  @Test
  void top_wordOnlyInGroup_scoresAboveSharedWord() {
    Map<String, Integer> group = Map.of("only", 5, "shared", 5);
    Map<String, Integer> all = Map.of("only", 5, "shared", 10, "other", 20);
    List<DistinctiveWord> top = LogOddsRatio.top(group, all, 10);
    assertThat(top).extracting(DistinctiveWord::word).startsWith("only");
    assertThat(top.get(0).zScore()).isGreaterThan(0);
  }
}
