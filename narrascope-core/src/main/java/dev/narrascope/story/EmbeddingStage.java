package dev.narrascope.story;

import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.List;
import java.util.Set;

/**
 * The sentence embedding {@link StoryClusterer} compares English articles by ({@link ArticleEmbedder}),
 * computed as a per-article stage: about 13 ms of CPU an English article that would otherwise be spent inside
 * the corpus tail, i.e. inside the store's serialised write transaction and, under Spark, on the
 * driver. Here it runs in parallel with the other per-article stages (on the executors under Spark).
 * Articles in other languages pass unchanged. Stateless; thread-safe.
 */
public final class EmbeddingStage implements ArticleStage {
  public static final String NAME = "embedding";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.LANGUAGE);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.EMBEDDING);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    float[] v = ArticleEmbedder.embed(List.of(article))[0];
    return v == null ? article : article.withAnalysis(article.analysis().withEmbedding(v));
  }
}
