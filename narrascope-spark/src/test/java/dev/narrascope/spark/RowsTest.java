package dev.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.corpus.TermCounts;
import org.junit.jupiter.api.Test;

final class RowsTest {
  @Test
  void analysed_carriesTheEmbeddingBitForBit_whichPlainJsonLeavesOut() {
    Article a = new Article("a1", "a1", null, "Title", null, null, "en", 1, "Text.", null, null);
    float[] v = {0.1f, -1.5e-7f, Float.MIN_VALUE, 1f / 3};
    a = a.withAnalysis(a.analysis().withEmbedding(v));

    Article travelled = Rows.article(Rows.analysed(a));

    assertThat(travelled.analysis().embedding()).containsExactly(v);
    assertThat(travelled).isEqualTo(a);
    assertThat(Rows.article(Rows.json(a)).analysis().embedding()).isNull();
  }

  @Test
  void analysed_carriesTheStoryTermsExactly_whichPlainJsonLeavesOut() {
    Article a = new Article("a1", "a1", null, "Title", null, null, "en", 1, "Text.", null, null);
    TermCounts terms = new TermCounts(new String[] {"=reznikov", "2023", "shedd"}, new double[] {1, 3, 2.0},
        new double[] {2.0, 1.5, 1.0});
    a = a.withAnalysis(a.analysis().withStoryTerms(terms));

    Article travelled = Rows.article(Rows.analysed(a));

    assertThat(travelled.analysis().storyTerms().terms()).containsExactly(terms.terms());
    assertThat(travelled.analysis().storyTerms().counts()).containsExactly(terms.counts());
    assertThat(travelled.analysis().storyTerms().boosts()).containsExactly(terms.boosts());
    assertThat(travelled).isEqualTo(a);
    assertThat(Rows.article(Rows.json(a)).analysis().storyTerms()).isNull();
  }
}
