package dev.narrascope.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Correction;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uncertainty of stored model output, and the queue's order, paging and filters over a real SQLite store. */
final class ReviewQueueTest {
  @TempDir Path dir;

  /** The narrative at {@code p}, and the "…: Other" the decoder fills in, at a low probability that is no decision. */
  static Analysis narrative(double p) {
    return Analysis.EMPTY.withNarratives(List.of(new LabelScore("URW: Discrediting Ukraine", p)),
        List.of(new LabelScore("URW: Discrediting Ukraine: Other", 0.02)));
  }

  static Article article(String id, String outlet, Analysis an) {
    return new Article(id, id, null, "Title " + id, outlet, LocalDate.of(2024, 3, 1), "en", 1, "Text of " + id + ".", null, an);
  }

  /* --------------- uncertainty --------------- */

  @Test
  void of_isTheChanceTheLeastSureLabelIsWrong_namedInTheReason() {
    Uncertainty u = Uncertainty.of(narrative(0.4)).orElseThrow();
    assertThat(u.score()).isCloseTo(0.6, within(1e-9));
    assertThat(u.reason()).isEqualTo("narrative \"URW: Discrediting Ukraine\" (40%)");
    assertThat(Uncertainty.of(narrative(0.95)).orElseThrow().score()).isCloseTo(0.05, within(1e-9));
  }

  @Test
  void of_namedSubNarrative_counts() {
    Analysis an = Analysis.EMPTY.withNarratives(List.of(new LabelScore("URW: Discrediting Ukraine", 0.9)),
        List.of(new LabelScore("URW: Discrediting Ukraine: Ukraine is a puppet of the West", 0.3)));
    Uncertainty u = Uncertainty.of(an).orElseThrow();
    assertThat(u.score()).isCloseTo(0.7, within(1e-9));
    assertThat(u.reason()).isEqualTo("sub-narrative \"URW: Discrediting Ukraine: Ukraine is a puppet of the West\" (30%)");
  }

  @Test
  void of_takesTheLeastSureDecision_notTheMean() {
    // A sure narrative and a framed actor whose main role is nearly a three-way tie: the role decides.
    Analysis an = narrative(0.97).withActors(List.of(
        new ActorFraming("NATO", "Antagonist", 0.95, List.of(), List.of(), 0.99),
        new ActorFraming("Sergei Shoigu", "Protagonist", 0.4, List.of(), List.of(), 0.98)));
    Uncertainty u = Uncertainty.of(an).orElseThrow();
    assertThat(u.score()).isCloseTo(0.6, within(1e-9));
    assertThat(u.reason()).isEqualTo("Sergei Shoigu as Protagonist (40%)");
  }

  @Test
  void of_actorThatMayOrMayNotBeFramed_counts() {
    Analysis an = narrative(0.97).withActors(List.of(ActorFraming.notFramed("Jens Stoltenberg", List.of(), 0.45)));
    Uncertainty u = Uncertainty.of(an).orElseThrow();
    assertThat(u.score()).isCloseTo(0.45, within(1e-9));
    assertThat(u.reason()).isEqualTo("whether Jens Stoltenberg is framed at all (45%)");
  }

  @Test
  void of_other_isScoredByItsOwnConfidence_andWithoutModelOutputThereIsNothingToReview() {
    Analysis other = Analysis.EMPTY.withNarratives(List.of(new LabelScore("Other", 0.6)), List.of(new LabelScore("Other", 0.6)));
    assertThat(Uncertainty.of(other).orElseThrow().score()).isCloseTo(0.4, within(1e-9));
    assertThat(Uncertainty.of(Analysis.EMPTY)).isEmpty();
  }

  /* --------------- queue --------------- */

  @Test
  void page_leastSureFirst_pagedWithTotal_filtered_andUnanalysedOrCorrectedLeftOut() {
    try (ArticleStore store = SqliteArticleStore.open(dir.resolve("q.db"))) {
      store.putAll(List.of(article("sure", "A", narrative(0.99)), article("coin", "B", narrative(0.52)),
          article("middle", "A", narrative(0.8)), article("bare", "A", Analysis.EMPTY), article("middle2", "B", narrative(0.8))));
      ReviewQueue.Page all = ReviewQueue.page(store, ArticleQuery.all());
      assertThat(all.items()).extracting(ReviewQueue.Item::id).containsExactly("coin", "middle", "middle2", "sure");
      assertThat(all.total()).isEqualTo(4);
      assertThat(all.items().get(0).uncertainty()).isEqualTo(0.48);
      assertThat(all.items().get(0).reason()).contains("52%");

      ReviewQueue.Page second = ReviewQueue.page(store, ArticleQuery.all().page(1, 2));
      assertThat(second.items()).extracting(ReviewQueue.Item::id).containsExactly("middle", "middle2");
      assertThat(second.total()).isEqualTo(4);
      assertThat(ReviewQueue.page(store, ArticleQuery.all().page(10, 2)).items()).isEmpty();

      ReviewQueue.Page outletA = ReviewQueue.page(store, ArticleQuery.all().withOutlet("a"));
      assertThat(outletA.items()).extracting(ReviewQueue.Item::id).containsExactly("middle", "sure");

      // A correction of any kind, "reviewed" included, takes the article out.
      store.addCorrection(Correction.reviewed("coin", "ana"));
      store.addCorrection(Correction.role("middle2", "ana", "NATO", Correction.NOT_FRAMED, List.of()));
      ReviewQueue.Page after = ReviewQueue.page(store, ArticleQuery.all());
      assertThat(after.items()).extracting(ReviewQueue.Item::id).containsExactly("middle", "sure");
      assertThat(after.total()).isEqualTo(2);
    }
  }
}
