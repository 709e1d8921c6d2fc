package dev.narrascope;

import dev.narrascope.clean.OutletNames;
import dev.narrascope.clean.RepeatedLineRemover;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.ActorStage;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.framing.FramingModel;
import dev.narrascope.framing.FramingStage;
import dev.narrascope.explain.ExplanationStage;
import dev.narrascope.language.LanguageStage;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativeStage;
import dev.narrascope.quote.QuoteStage;
import dev.narrascope.story.StoryClusterer;

/**
 * The standard pipelines, so the CLI, the server and Spark run the same stages in the same order:
 * outlet names, corpus-level boilerplate removal, language, entities, quotes, narratives, framing,
 * explanation, then the corpus stages actors (one canonical name per actor across the batch), reposts
 * and stories.
 */
public final class Pipelines {
  private Pipelines() {}

  /** Every stage of the full analysis, in order, with the bundled models. */
  public static Pipeline defaults() {
    return beforeStories().addCorpus(new MinHashNearDuplicates()).addCorpus(new StoryClusterer()).build();
  }

  /**
   * Every stage but reposts and stories, for callers that find those over the batch together with
   * stored articles (the CLI's {@code analyze}): clustering the batch alone first would be wasted work.
   */
  public static Pipeline withoutStories() {
    return beforeStories(new NarrativeStage(), FramingStage.defaults(), new ExplanationStage()).build();
  }

  /** {@link #withoutStories()} with models trained by the user (e.g. on their own taxonomy). */
  public static Pipeline withoutStories(NarrativeModel narratives, FramingModel framing) {
    return beforeStories(new NarrativeStage(narratives), FramingStage.of(framing), new ExplanationStage(narratives)).build();
  }

  private static Pipeline.Builder beforeStories() {
    return beforeStories(new NarrativeStage(), FramingStage.defaults(), new ExplanationStage());
  }

  private static Pipeline.Builder beforeStories(NarrativeStage narratives, FramingStage framing, ExplanationStage explanation) {
    return Pipeline.builder()
        .addCorpus(new OutletNames())
        .addCorpus(RepeatedLineRemover.defaults())
        .add(LanguageStage.defaults())
        .add(new EntityStage())
        .add(new QuoteStage())
        .add(narratives)
        .add(framing)
        .add(explanation)
        .addCorpus(new ActorStage());
  }
}
