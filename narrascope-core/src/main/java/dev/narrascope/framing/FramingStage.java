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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Frames the actors of an analysed article: groups {@code analysis().entities()} by canonical name,
 * keeps people, organisations, places and groups, takes the most mentioned ones (up to a cap) and
 * writes an {@link ActorFraming} per actor into {@code analysis().actors()}. Requires the entity
 * stage to have run; with no entities it produces no actors. The default model is loaded on first
 * use. Immutable; thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(entityStage).add(FramingStage.defaults()).build();
 * }</pre>
 */
public final class FramingStage implements ArticleStage {
  public static final String NAME = "framing";
  /** Entity types worth framing. */
  static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP");
  private static final int DEFAULT_MAX_ACTORS = 8;

  private final Supplier<FramingModel> model;
  private final int maxActors;

  private FramingStage(Supplier<FramingModel> model, int maxActors) {
    if (maxActors < 1) throw new IllegalArgumentException("maxActors must be >= 1: " + maxActors);
    this.model = model;
    this.maxActors = maxActors;
  }

  /** A stage with the bundled model (loaded on the first article) framing up to 8 actors per article. */
  public static FramingStage defaults() {
    return new FramingStage(FramingModel::loadDefault, DEFAULT_MAX_ACTORS);
  }

  /** A stage with the given model framing up to the default number of actors per article. */
  public static FramingStage of(FramingModel model) {
    return of(model, DEFAULT_MAX_ACTORS);
  }

  /** A stage with the given model framing up to {@code maxActors} actors per article. */
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
    Map<String, List<EntityMention>> actors = actors(article);
    if (actors.isEmpty()) return article.withAnalysis(article.analysis().withActors(List.of()));
    FramingModel m;
    try {
      m = model.get();
    } catch (RuntimeException e) {
      findings.add(NAME, "no-model", article.id(), "no framing model: " + e.getMessage());
      return article;
    }
    String text = article.text();
    List<FramingModel.Entity> entities = new ArrayList<>();
    for (List<EntityMention> mentions : actors.values()) {
      List<MentionLocator.Span> spans = new ArrayList<>();
      for (EntityMention em : mentions) {
        int start = Math.max(0, Math.min(em.start(), text.length()));
        spans.add(new MentionLocator.Span(start, Math.max(start, Math.min(em.end(), text.length())), MentionLocator.Match.EXACT));
      }
      // The surface form, not the canonical name, is what the model saw in training.
      entities.add(new FramingModel.Entity(mentions.get(0).text(), spans));
    }
    List<RolePrediction> predictions = m.predictEntities(article.language(), text, entities);
    List<ActorFraming> framings = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, List<EntityMention>> actor : actors.entrySet()) {
      RolePrediction p = predictions.get(i++);
      framings.add(new ActorFraming(actor.getKey(), p.mainRole(), p.mainConfidence(), p.fineRoles(), actor.getValue()));
    }
    return article.withAnalysis(article.analysis().withActors(framings));
  }

  /** Actor name to its mentions (in text order): actor types only, most mentioned first, capped. */
  private Map<String, List<EntityMention>> actors(Article article) {
    Map<String, List<EntityMention>> byActor = new LinkedHashMap<>();
    article.analysis().entities().stream()
        .filter(e -> e.type() != null && ACTOR_TYPES.contains(e.type()) && e.text() != null && !e.text().isBlank())
        .sorted(Comparator.comparingInt(EntityMention::start))
        .forEach(e -> byActor.computeIfAbsent(e.canonical() == null || e.canonical().isBlank() ? e.text() : e.canonical(),
            k -> new ArrayList<>()).add(e));
    Map<String, List<EntityMention>> top = new LinkedHashMap<>();
    byActor.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, List<EntityMention>> e) -> -e.getValue().size())
            .thenComparingInt(e -> e.getValue().get(0).start()))
        .limit(maxActors)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }
}
