package dev.narrascope.llm;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.CorpusStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pipeline stage {@value #NAME}: replaces the bundled models' narratives, explanation and actor roles
 * with a language model's ({@link LlmLabeller}) wherever the model answers, and keeps them wherever
 * it fails (an {@code llm-fallback} finding). Runs after the narrative, framing and explanation
 * stages, so the fallback is already there, and over the whole batch, so that requests run
 * concurrently. Actors the model does not frame keep their bundled roles. Thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipelines.defaults(new LlmStage(labeller));
 * }</pre>
 */
public final class LlmStage implements CorpusStage {
  public static final String NAME = "llm";

  private final LlmLabeller labeller;

  public LlmStage(LlmLabeller labeller) {
    this.labeller = labeller;
  }

  public LlmLabeller labeller() {
    return labeller;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.LANGUAGE, Keys.NARRATIVES, Keys.FRAMING, Keys.EXPLANATION);
  }

  /** The keys it overrides: the same the stages it stands in for produce. */
  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.NARRATIVES, Keys.FRAMING, Keys.EXPLANATION);
  }

  @Override
  public List<Article> apply(List<Article> batch, Findings findings) {
    // Empty articles already have a finding from the narrative stage; asking a model about them is waste.
    List<Article> asked = batch.stream().filter(a -> !a.text().isBlank()).toList();
    List<Optional<LlmLabels>> answers = labeller.labelAll(asked, findings);
    List<Article> out = new ArrayList<>(batch.size());
    int next = 0;
    for (Article a : batch) {
      if (a.text().isBlank()) out.add(a);
      else out.add(answers.get(next++).map(l -> apply(a, l)).orElse(a));
    }
    return out;
  }

  private static Article apply(Article a, LlmLabels labels) {
    Analysis an = a.analysis();
    List<ActorFraming> actors = an.actors().stream().map(f -> {
      LlmLabels.Role r = labels.roles().get(f.actor());
      // A role from the model means the model finds the actor framed.
      return r == null ? f : new ActorFraming(f.actor(), r.mainRole(), 1.0, r.fineRoles(), f.mentions(), 1.0);
    }).toList();
    return a.withAnalysis(an.withNarratives(labels.prediction().narratives(), labels.prediction().subNarratives())
        .withExplanation(labels.explanation())
        .withActors(actors));
  }
}
