package dev.narrascope;

import java.util.List;

/**
 * A pipeline step that needs the whole batch (repeated-boilerplate removal, canonical actor names).
 * Returns the batch in the same order, each article possibly replaced by an enriched copy.
 */
public interface CorpusStage extends Stage {
  List<Article> apply(List<Article> batch, Findings findings);
}
