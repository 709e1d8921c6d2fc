package dev.narrascope;

import java.util.List;

/**
 * What the analysis stages found in one article. Each stage fills its own fields through the
 * {@code with…} methods and leaves the rest untouched.
 *
 * @param narratives    coarse narrative labels with confidences, best first
 * @param subNarratives fine (sub-narrative) labels with confidences, best first
 * @param explanation   dominant narrative, sub-narrative and an evidence-backed explanation, or {@code null}
 * @param actors        actors worth framing with their roles, most mentioned first
 * @param entities      all entity mentions found in the text
 * @param quotes        direct and reported quotes with their speakers
 * @param storyId       id of the story this article belongs to, or {@code null}
 * @param repostOf      id of the earliest article this one is a near-copy of, or {@code null}
 */
public record Analysis(List<LabelScore> narratives, List<LabelScore> subNarratives, Explanation explanation,
                       List<ActorFraming> actors, List<EntityMention> entities, List<Quote> quotes,
                       String storyId, String repostOf) {
  public static final Analysis EMPTY = new Analysis(List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null);

  public Analysis {
    narratives = narratives == null ? List.of() : List.copyOf(narratives);
    subNarratives = subNarratives == null ? List.of() : List.copyOf(subNarratives);
    actors = actors == null ? List.of() : List.copyOf(actors);
    entities = entities == null ? List.of() : List.copyOf(entities);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
  }

  /** The narratives to show and rank: {@link #narratives()} without the "Other" label ({@link LabelScore#isOther}). */
  public List<LabelScore> namedNarratives() {
    return narratives.stream().filter(l -> !LabelScore.isOther(l.label())).toList();
  }

  /** The sub-narratives to show and rank: {@link #subNarratives()} without "Other" and "…: Other". */
  public List<LabelScore> namedSubNarratives() {
    return subNarratives.stream().filter(l -> !LabelScore.isOther(l.label())).toList();
  }

  public Analysis withNarratives(List<LabelScore> narratives, List<LabelScore> subNarratives) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf);
  }

  public Analysis withExplanation(Explanation explanation) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf);
  }

  public Analysis withActors(List<ActorFraming> actors) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf);
  }

  public Analysis withEntities(List<EntityMention> entities) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf);
  }

  public Analysis withQuotes(List<Quote> quotes) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf);
  }

  public Analysis withStory(String storyId, String repostOf) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf);
  }
}
