package dev.narrascope;

import dev.narrascope.clean.OutletNames;
import dev.narrascope.clean.RepeatedLineRemover;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.ActorStage;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.language.LanguageStage;
import dev.narrascope.quote.QuoteStage;
import dev.narrascope.story.StoryClusterer;

/**
 * The standard pipelines, so the CLI, the server and Spark run the same stages in the same order:
 * outlet names, corpus-level boilerplate removal, language, entities, quotes, narratives, framing, explanation,
 * then the corpus stages actors, reposts and stories.
 */
public final class Pipelines {
  private Pipelines() {}

  /** Every stage of the full analysis, in order, with the bundled models. */
  public static Pipeline defaults() {
    return Pipeline.builder()
        .addCorpus(new OutletNames())
        .addCorpus(RepeatedLineRemover.defaults())
        .add(LanguageStage.defaults())
        .add(new EntityStage())
        .add(new QuoteStage())
        .addCorpus(new ActorStage())
        .addCorpus(new MinHashNearDuplicates())
        .addCorpus(new StoryClusterer())
        .build();
  }
}
