package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EmbeddingStageTest {
  private static Article article(String id, String lang, String title, String text) {
    return new Article(id, id, null, title, null, null, lang, 1, text, null, null);
  }

  @Test
  void apply_embedsEnglishArticles_whatTheStoriesStageWouldCompute() {
    Article en = article("d1", "en", "Kakhovka dam destroyed", "The Kakhovka dam on the Dnipro was destroyed, flooding Kherson.");
    Article bg = article("b1", "bg", "Разрушена е стената на Каховка", "Язовирната стена на Каховка е разрушена.");
    EmbeddingStage stage = new EmbeddingStage();

    Article embedded = stage.apply(en, Findings.tracking(0));

    assertThat(embedded.analysis().embedding()).containsExactly(ArticleEmbedder.embed(List.of(en))[0]);
    assertThat(stage.apply(bg, Findings.tracking(0)).analysis().embedding()).isNull();
  }

  @Test
  void embed_keepsAnEmbeddingTheArticleCarries() {
    float[] carried = {1f, 0f};
    Article a = article("d1", "en", "Title", "Text.");
    a = a.withAnalysis(a.analysis().withEmbedding(carried));

    assertThat(ArticleEmbedder.embed(List.of(a))[0]).isSameAs(carried);
  }

  @Test
  void json_leavesTheEmbeddingOut_andTheArticleReadBackEqualsTheOneWritten() throws Exception {
    Article a = article("d1", "en", "Title", "Text.");
    a = a.withAnalysis(a.analysis().withEmbedding(new float[] {0.5f, 0.25f}));

    String json = Json.MAPPER.writeValueAsString(a);
    Article back = Json.MAPPER.readValue(json, Article.class);

    assertThat(json).doesNotContain("embedding");
    assertThat(back.analysis().embedding()).isNull();
    assertThat(back).isEqualTo(a);
  }
}
