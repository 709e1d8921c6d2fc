package dev.narrascope;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.narrascope.corpus.TermCounts;
import java.util.List;
import java.util.Objects;

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
 * @param embedding     sentence embedding of an English article for story clustering
 *                      ({@link Keys#EMBEDDING}), or {@code null}. Working data of the pipeline, not a
 *                      result: it is left out of JSON (the store, the API, outputs), so an article read
 *                      back has none; stories keep what they need of it.
 * @param storyTerms    the article's story terms before weighting ({@link Keys#STORY_TERMS}), or
 *                      {@code null}. Working data like {@code embedding}, left out of JSON likewise.
 */
public record Analysis(List<LabelScore> narratives, List<LabelScore> subNarratives, Explanation explanation,
                       List<ActorFraming> actors, List<EntityMention> entities, List<Quote> quotes,
                       String storyId, String repostOf, @JsonIgnore float[] embedding,
                       @JsonIgnore TermCounts storyTerms) {
  public static final Analysis EMPTY = new Analysis(List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null, null, null);

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
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  public Analysis withExplanation(Explanation explanation) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  public Analysis withActors(List<ActorFraming> actors) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  public Analysis withEntities(List<EntityMention> entities) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  public Analysis withQuotes(List<Quote> quotes) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  public Analysis withStory(String storyId, String repostOf) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  public Analysis withEmbedding(float[] embedding) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  public Analysis withStoryTerms(TermCounts storyTerms) {
    return new Analysis(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf, embedding, storyTerms);
  }

  // Equal when the results are: the embedding and the story terms are working data that JSON leaves
  // out, so an article read back from the store equals the one written.
  @Override
  public boolean equals(Object o) {
    return o instanceof Analysis a && narratives.equals(a.narratives) && subNarratives.equals(a.subNarratives)
        && Objects.equals(explanation, a.explanation) && actors.equals(a.actors) && entities.equals(a.entities)
        && quotes.equals(a.quotes) && Objects.equals(storyId, a.storyId) && Objects.equals(repostOf, a.repostOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(narratives, subNarratives, explanation, actors, entities, quotes, storyId, repostOf);
  }
}
