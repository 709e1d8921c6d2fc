package dev.narrascope.quote;

import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.Set;

/**
 * Finds direct quotes (in any of the usual quotation marks) and reported speech ("X said that …")
 * in {@link Article#text()} and attributes each to a speaker taken from {@code Analysis.entities}, so
 * run it after {@link dev.narrascope.entity.EntityStage}. Stores {@code Analysis.quotes} with offsets
 * of the quoted words. Immutable; share one instance.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().given(Keys.LANGUAGE).add(new EntityStage()).add(new QuoteStage()).build();
 * }</pre>
 */
public final class QuoteStage implements ArticleStage {
  public static final String NAME = "quotes";

  private final QuoteExtractor rules = new QuoteExtractor();
  private final QuoteExtractor ranked;

  /** Rules for every language; English direct quotes' speakers re-ranked by the bundled {@link SpeakerRanker}. */
  public QuoteStage() {
    this(SpeakerRanker.bundled());
  }

  /** With {@code ranker} for English ({@code null}: rules only). */
  QuoteStage(SpeakerRanker ranker) {
    this.ranked = ranker == null ? rules : new QuoteExtractor(ranker);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.QUOTES);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    QuoteExtractor extractor = "en".equals(article.language()) ? ranked : rules;
    return article.withAnalysis(article.analysis().withQuotes(extractor.find(article.text(), article.analysis().entities())));
  }
}
