package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.narrascope.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ArticleEmbedderTest {
  private static Article article(String id, String lang, String title, String text) {
    return new Article(id, id, null, title, null, null, lang, 1, text, null, null);
  }

  private static double cosine(float[] x, float[] y) {
    double d = 0;
    for (int k = 0; k < x.length; k++) d += x[k] * y[k];
    return d;
  }

  @Test
  void embed_englishOnly_unitVectorsThatTellEventsApart() {
    Article dam1 = article("d1", "en", "Kakhovka dam destroyed, floods in Kherson",
        "The Kakhovka dam on the Dnipro was destroyed, flooding Kherson villages. Thousands evacuated.");
    Article dam2 = article("d2", "en", "Kherson residents flee as Kakhovka dam waters rise",
        "Water from the destroyed Kakhovka dam on the Dnipro flooded Kherson; evacuations continue.");
    Article grain = article("g1", "en", "Russia quits Black Sea grain deal",
        "Russia left the Black Sea Grain Initiative brokered by the UN and Turkey, the Kremlin said.");
    Article bg = article("b1", "bg", "Разрушена е стената на Каховка", "Язовирната стена на Каховка е разрушена.");
    Article empty = article("e1", "en", "", "");

    float[][] v = ArticleEmbedder.embed(List.of(dam1, dam2, grain, bg, empty));

    assertThat(v[0]).hasSize(384);
    assertThat(cosine(v[0], v[0])).isCloseTo(1.0, within(1e-3));
    assertThat(cosine(v[0], v[1])).isGreaterThan(StoryClusterer.EMBEDDING_GATE).isGreaterThan(cosine(v[0], v[2]) + 0.1);
    assertThat(v[3]).isNull();
    assertThat(v[4]).isNull();
  }

  @Test
  void text_titleOnceThenFirstCharacters() {
    String body = "x".repeat(ArticleEmbedder.EMBEDDED_CHARS + 100);
    assertThat(ArticleEmbedder.text(article("a", "en", "Title", body))).isEqualTo("Title\n" + body.substring(0, ArticleEmbedder.EMBEDDED_CHARS));
    assertThat(ArticleEmbedder.text(article("b", "en", "Title", "Title\nBody."))).isEqualTo("Title\nBody.");
  }
}
