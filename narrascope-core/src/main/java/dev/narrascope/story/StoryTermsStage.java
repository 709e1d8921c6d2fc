package dev.narrascope.story;

import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.Set;

/**
 * The story terms {@link StoryClusterer} weighs ({@link ArticleVectors#termCounts}: title and lead
 * terms, names, numbers, canonical entity names), counted as a per-article stage, so in parallel over
 * the batch (under Spark, on the executors) and not in the corpus tail (the store's write transaction;
 * Spark's driver), which only weighs them against the document frequencies. It reads the final text,
 * title and canonical names, so it runs after the batch stage that renames actors ({@link Keys#ACTORS})
 * and before the tail. Stateless; thread-safe.
 */
public final class StoryTermsStage implements ArticleStage {
  public static final String NAME = "story-terms";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.ACTORS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.STORY_TERMS);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    return article.withAnalysis(article.analysis().withStoryTerms(ArticleVectors.termCounts(article)));
  }
}
