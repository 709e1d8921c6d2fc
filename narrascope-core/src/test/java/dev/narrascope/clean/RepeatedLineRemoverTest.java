package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLineRemoverTest {
  private final RepeatedLineRemover remover = RepeatedLineRemover.defaults();

  private static Article article(String id, String outlet, String text) {
    return new Article(id, id + ".txt", null, "t" + id, outlet, null, null, 0, text, null, null);
  }

  private static List<Article> outletBatch(String outlet, int n, String footer) {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(article(outlet + i, outlet, "Story number " + i + " about topic " + (char) ('a' + i)
          + " has its own first sentence.\n\nA second, different paragraph " + i + (char) ('k' + i) + ".\n\n" + footer));
    }
    return batch;
  }

  @Test
  void apply_lineInMostArticlesOfOutlet_removedAndIdsKept() {
    // Digits are normalised: "1,204" and "98" subscribers count as the same line.
    List<Article> batch = outletBatch("daily", 4, "Join our 1,204 subscribers on Telegram today");
    batch.set(3, batch.get(3).withText(batch.get(3).text().replace("1,204", "98")));

    List<Article> out = remover.apply(batch, Findings.none());

    assertThat(out).extracting(Article::id).containsExactly("daily0", "daily1", "daily2", "daily3");
    assertThat(out).allSatisfy(a -> assertThat(a.text()).doesNotContain("Telegram").contains("own first sentence"));
    assertThat(out.get(0).text()).isEqualTo("Story number 0 about topic a has its own first sentence.\n\nA second, different paragraph 0k.");
  }

  @Test
  void apply_lineInTooFewArticles_kept() {
    List<Article> batch = outletBatch("daily", 5, "A footer line");
    // Only 2 of 5 keep the footer: below 60%.
    for (int i = 2; i < 5; i++) batch.set(i, batch.get(i).withText(batch.get(i).text().replace("A footer line", "")));

    List<Article> out = remover.apply(batch, Findings.none());

    assertThat(out.get(0).text()).contains("A footer line");
  }

  @Test
  void apply_twoArticlesOnly_belowMinimum_kept() {
    List<Article> out = remover.apply(outletBatch("daily", 2, "Same footer"), Findings.none());

    assertThat(out).allSatisfy(a -> assertThat(a.text()).contains("Same footer"));
  }

  @Test
  void apply_differentOutlets_notPooled() {
    List<Article> batch = new ArrayList<>();
    batch.addAll(outletBatch("a", 1, "Shared line"));
    batch.addAll(outletBatch("b", 1, "Shared line"));
    batch.addAll(outletBatch("c", 1, "Shared line"));

    assertThat(remover.apply(batch, Findings.none())).allSatisfy(a -> assertThat(a.text()).contains("Shared line"));
  }

  @Test
  void apply_repostsOfOneArticle_keptWhole() {
    Article a = article("x", "daily", "The same short story.\n\nWith the same two paragraphs.");
    List<Article> batch = List.of(a, article("y", "daily", a.text()), article("z", "daily", a.text()),
        article("w", "daily", a.text().replace("short", "brief")));

    List<Article> out = remover.apply(batch, Findings.none());

    assertThat(out).extracting(Article::text).allSatisfy(t -> assertThat(t).contains("two paragraphs"));
  }

  @Test
  void of_badParameters_throw() {
    assertThatThrownBy(() -> RepeatedLineRemover.of(0, 3)).hasMessageContaining("minShare");
    assertThatThrownBy(() -> RepeatedLineRemover.of(0.5, 1)).hasMessageContaining("minArticles");
  }
}
