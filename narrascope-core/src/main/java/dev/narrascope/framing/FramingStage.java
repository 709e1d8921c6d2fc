package dev.narrascope.framing;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Frames the actors of an analysed article: the candidates are {@code analysis().entities()} of the
 * actor types grouped by canonical name ({@link ActorCandidates}); the model decides which of them the
 * article frames at all (the task's annotators framed two to six per article), gives those a role,
 * and marks the others not framed. Writes the cap most mentioned actors (only those can be framed)
 * into {@code analysis().actors()}: the framed ones, then the rest, each most probably framed first.
 * Requires the entity stage to have run; with no entities it produces no actors. The default model is
 * loaded on first use. Immutable; thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(entityStage).add(FramingStage.defaults()).build();
 * }</pre>
 */
public final class FramingStage implements ArticleStage {
  public static final String NAME = "framing";
  static final int DEFAULT_MAX_ACTORS = 8;

  private final Supplier<FramingModel> model;
  private final int maxActors;

  private FramingStage(Supplier<FramingModel> model, int maxActors) {
    if (maxActors < 1) throw new IllegalArgumentException("maxActors must be >= 1: " + maxActors);
    this.model = model;
    this.maxActors = maxActors;
  }

  /** A stage with the bundled model (loaded on the first article) listing up to 8 actors per article. */
  public static FramingStage defaults() {
    return new FramingStage(FramingModel::loadDefault, DEFAULT_MAX_ACTORS);
  }

  /** A stage with the given model listing up to the default number of actors per article. */
  public static FramingStage of(FramingModel model) {
    return of(model, DEFAULT_MAX_ACTORS);
  }

  /** A stage with the given model listing up to {@code maxActors} actors per article. */
  public static FramingStage of(FramingModel model, int maxActors) {
    return new FramingStage(() -> model, maxActors);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.LANGUAGE, Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.FRAMING);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    List<ActorCandidates.Candidate> candidates = ActorCandidates.of(article.analysis().entities());
    if (candidates.isEmpty()) return article.withAnalysis(article.analysis().withActors(List.of()));
    FramingModel m;
    try {
      m = model.get();
    } catch (RuntimeException e) {
      findings.add(NAME, "no-model", article.id(), "no framing model: " + e.getMessage());
      return article;
    }
    String text = article.text();
    FramingModel.Salience salience = m.salience(article.language(), article.title(), text, candidates, maxActors);
    double[] p = salience.probabilities();
    List<Integer> listed = IntStream.range(0, Math.min(maxActors, candidates.size())).boxed()
        .sorted(Comparator.comparing((Integer i) -> !salience.framed()[i]).thenComparingDouble(i -> -p[i]).thenComparingInt(i -> i))
        .toList();
    List<FramingModel.Entity> entities = new ArrayList<>();
    for (int i : listed) if (salience.framed()[i]) entities.add(entity(candidates.get(i), text));
    List<RolePrediction> roles = m.predictEntities(article.language(), text, entities);
    List<ActorFraming> framings = new ArrayList<>(listed.size());
    int next = 0;
    for (int i : listed) {
      ActorCandidates.Candidate c = candidates.get(i);
      if (!salience.framed()[i]) {
        framings.add(ActorFraming.notFramed(c.name(), c.mentions(), p[i]));
        continue;
      }
      RolePrediction r = roles.get(next++);
      framings.add(new ActorFraming(c.name(), r.mainRole(), r.mainConfidence(), r.fineRoles(), c.mentions(), p[i]));
    }
    return article.withAnalysis(article.analysis().withActors(framings));
  }

  /** The candidate as the role model sees it: its surface form (what the model saw in training) and its spans. */
  private static FramingModel.Entity entity(ActorCandidates.Candidate c, String text) {
    List<MentionLocator.Span> spans = new ArrayList<>();
    for (EntityMention em : c.mentions()) {
      int start = Math.max(0, Math.min(em.start(), text.length()));
      spans.add(new MentionLocator.Span(start, Math.max(start, Math.min(em.end(), text.length())), MentionLocator.Match.EXACT));
    }
    return new FramingModel.Entity(c.mentions().get(0).text(), spans);
  }
}
