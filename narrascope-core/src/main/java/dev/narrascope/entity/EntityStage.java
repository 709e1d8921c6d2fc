package dev.narrascope.entity;

import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.Set;

/**
 * Finds named people, organisations, places and groups in {@link Article#text()} and stores them in
 * {@code Analysis.entities} with exact offsets and a canonical name per real-world entity ("Kiev" →
 * "Kyiv", "Defense Minister Oleksii Reznikov" → "Oleksii Reznikov", "Reznikov" → the full name seen in
 * the same article, "Иван Петров" → "Ivan Petrov" where the gazetteer does not know the name). Rules
 * plus the bundled gazetteer; no model. Immutable; share one instance.
 *
 * <pre>{@code
 * Article done = new EntityStage().apply(article, findings);
 * done.analysis().entities();  // [EntityMention[text=Kiev, canonical=Kyiv, type=LOCATION, …], …]
 * }</pre>
 */
public final class EntityStage implements ArticleStage {
  public static final String NAME = "entities";

  private final EntityExtractor extractor = new EntityExtractor(Gazetteer.bundled());

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
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    return article.withAnalysis(article.analysis().withEntities(extractor.find(article.text(), article.language())));
  }
}
