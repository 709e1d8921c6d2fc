package dev.narrascope;

import java.util.List;

/**
 * A pipeline step that needs the whole batch (repeated-boilerplate removal, dedup, stories).
 * Returns the batch in the same order, each article possibly replaced by an enriched copy.
 */
public interface CorpusStage {
  String name();

  List<Article> apply(List<Article> batch, Findings findings);
}
