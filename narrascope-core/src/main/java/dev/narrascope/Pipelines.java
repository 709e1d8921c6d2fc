package dev.narrascope;

import dev.narrascope.clean.OutletNames;
import dev.narrascope.clean.RepeatedLineRemover;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.ActorStage;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.explain.ExplanationStage;
import dev.narrascope.framing.FramingModel;
import dev.narrascope.framing.FramingStage;
import dev.narrascope.language.LanguageStage;
import dev.narrascope.llm.LlmStage;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativeStage;
import dev.narrascope.quote.QuoteStage;
import dev.narrascope.story.EmbeddingStage;
import dev.narrascope.story.StoryClusterer;
import dev.narrascope.story.StoryTermsStage;

/**
 * The standard pipelines, so the CLI, the server and Spark run the same stages in the same order:
 * outlet names, corpus-level boilerplate removal, language, the sentence embedding stories compare
 * English articles by, entities, quotes, narratives, framing, explanation, optionally a language model's
 * labels over those three ({@link LlmStage}), the batch stage actors (one canonical name per actor across
 * the batch), the story terms stories weigh, and the stateful tail: reposts and stories, found against
 * the corpus state ({@link Pipeline#index}).
 */
public final class Pipelines {
  private Pipelines() {}

  /** Every stage of the full analysis, in order, with the bundled models. */
  public static Pipeline defaults() {
    return of(new NarrativeStage(), FramingStage.defaults(), new ExplanationStage(), null);
  }

  /** {@link #defaults()} with a language model's narratives, explanations and roles, the bundled models' where it fails. */
  public static Pipeline defaults(LlmStage llm) {
    return of(new NarrativeStage(), FramingStage.defaults(), new ExplanationStage(), llm);
  }

  /** {@link #defaults()} with models trained by the user (e.g. on their own taxonomy). */
  public static Pipeline with(NarrativeModel narratives, FramingModel framing) {
    return of(new NarrativeStage(narratives), FramingStage.of(framing), new ExplanationStage(narratives), null);
  }

  /** {@link #with(NarrativeModel, FramingModel)} with a language model's labels, those models' where it fails. */
  public static Pipeline with(NarrativeModel narratives, FramingModel framing, LlmStage llm) {
    return of(new NarrativeStage(narratives), FramingStage.of(framing), new ExplanationStage(narratives), llm);
  }

  /**
   * The stateful tail alone (reposts, stories) for articles analysed earlier: what a full
   * re-clustering replays stored articles through.
   */
  public static Pipeline tail() {
    return tail(new MinHashNearDuplicates(), new StoryClusterer());
  }

  /**
   * {@link #tail()} with other reposts and stories stages: {@link MinHashNearDuplicates#given} links
   * and {@link StoryClusterer#given} stories decided elsewhere (Spark's executors, a run's Parquet
   * tables), the same rules applied on them and recorded in the state.
   */
  public static Pipeline tail(StatefulStage reposts, StatefulStage stories) {
    return Pipeline.builder().given(Keys.LANGUAGE, Keys.ENTITIES).add(reposts).add(stories).build();
  }

  /** @param llm the language-model stage, or {@code null} for none */
  private static Pipeline of(NarrativeStage narratives, FramingStage framing, ExplanationStage explanation, LlmStage llm) {
    Pipeline.Builder b = Pipeline.builder()
        .add(new OutletNames())
        .add(RepeatedLineRemover.defaults())
        .add(LanguageStage.defaults())
        // Before the tail, so the stories stage only reads it: off the store's write transaction.
        // It needs the language and the final text, which no later stage changes.
        .add(new EmbeddingStage())
        .add(new EntityStage())
        .add(new QuoteStage())
        .add(narratives)
        .add(framing)
        .add(explanation);
    if (llm != null) b.add(llm);
    return b.add(new ActorStage())
        // After the actors' canonical names, which it counts; before the tail, which then only weighs.
        .add(new StoryTermsStage())
        .add(new MinHashNearDuplicates())
        .add(new StoryClusterer())
        .build();
  }
}
