package dev.narrascope;

/**
 * The standard pipelines, so the CLI, the server and Spark run the same stages in the same order:
 * corpus-level boilerplate removal, language, entities, quotes, narratives, framing, explanation,
 * then the corpus stages reposts and stories.
 */
public final class Pipelines {
  private Pipelines() {}

  /** Every stage of the full analysis, in order, with the bundled models. */
  public static Pipeline defaults() {
    return Pipeline.builder()
        .add(new dev.narrascope.narrative.NarrativeStage())
        .add(new dev.narrascope.explain.ExplanationStage())
        .build();
  }
}
