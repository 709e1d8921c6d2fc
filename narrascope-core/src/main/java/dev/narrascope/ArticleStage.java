package dev.narrascope;

/**
 * A per-article pipeline step: a pure function of one article. Implementations are immutable and
 * shared across threads. Bad data is recorded in {@link Findings}, never thrown.
 */
public interface ArticleStage extends Stage {
  Article apply(Article article, Findings findings);
}
