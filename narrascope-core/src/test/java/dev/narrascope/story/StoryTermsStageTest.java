package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.corpus.TermCounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StoryTermsStageTest {
  private static Article article(String id, String date, String title, String text) {
    return new Article(id, id, null, title, "outlet-" + id, LocalDate.parse(date), "en", 1, text, null, null);
  }

  private static final Article DAM = article("d1", "2023-06-06", "Kakhovka dam destroyed",
      "The Kakhovka dam on the Dnipro was destroyed in 2023, Reznikov said.");

  @Test
  void apply_countsTitleLeadNamesNumbersAndEntities_inTermOrder() {
    Article a = DAM.withAnalysis(DAM.analysis().withEntities(List.of(new EntityMention("Reznikov", "Oleksii Reznikov",
        "PERSON", DAM.text().indexOf("Reznikov"), DAM.text().indexOf("Reznikov") + 8))));

    TermCounts c = new StoryTermsStage().apply(a, Findings.tracking(0)).analysis().storyTerms();

    List<String> terms = List.of(c.terms());
    String kakhovka = Terms.term("Kakhovka"), reznikov = ArticleVectors.ENTITY_PREFIX + Terms.fold("Oleksii Reznikov");
    assertThat(terms).isSorted().contains(kakhovka, "2023", reznikov);
    assertThat(c.counts()[terms.indexOf(kakhovka)]).isEqualTo(ArticleVectors.TITLE_WEIGHT + 1);
    assertThat(c.boosts()[terms.indexOf("2023")]).isEqualTo(ArticleVectors.NUMBER_BOOST);
    assertThat(c.boosts()[terms.indexOf(reznikov)]).isEqualTo(ArticleVectors.NAME_BOOST);
  }

  @Test
  void vectors_weighTheCarriedTerms_insteadOfCountingAgain() {
    TermCounts carried = new TermCounts(new String[] {"carried"}, new double[] {1}, new double[] {1});
    Article a = DAM.withAnalysis(DAM.analysis().withStoryTerms(carried));

    ArticleVectors v = ArticleVectors.of(List.of(a), new InMemoryCorpusState(), false);

    assertThat(v.full[0].terms()).containsExactly("carried");
  }

  @Test
  void cluster_withCarriedTerms_isTheClusteringWithout() {
    List<Article> batch = List.of(DAM,
        article("d2", "2023-06-07", "Kherson floods after Kakhovka dam", "Water from the destroyed Kakhovka dam flooded Kherson."),
        article("g1", "2023-07-17", "Russia quits Black Sea grain deal", "Russia left the Black Sea Grain Initiative."));
    StoryTermsStage stage = new StoryTermsStage();
    List<Article> carrying = batch.stream().map(a -> stage.apply(a, Findings.tracking(0))).toList();

    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false);
    assertThat(clusterer.cluster(carrying).articles()).isEqualTo(clusterer.cluster(batch).articles());
  }

  @Test
  void json_leavesTheTermsOut_andTheArticleReadBackEqualsTheOneWritten() throws Exception {
    Article a = new StoryTermsStage().apply(DAM, Findings.tracking(0));

    String json = Json.MAPPER.writeValueAsString(a);
    Article back = Json.MAPPER.readValue(json, Article.class);

    assertThat(json).doesNotContain("storyTerms");
    assertThat(back.analysis().storyTerms()).isNull();
    assertThat(back).isEqualTo(a);
  }
}
