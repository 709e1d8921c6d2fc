package dev.narrascope;

import dev.narrascope.corpus.TermCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The keys of the standard stages (see {@link Key}), in the order {@link Pipelines} produces them. */
public final class Keys {
  private Keys() {}

  /** What an extracted article holds before any stage: title, clean text, url, date. */
  public static final Key<String> TEXT = new Key<>("text", String.class);
  public static final Key<LocalDate> PUBLISHED = new Key<>("published", LocalDate.class);
  public static final Key<String> OUTLET = new Key<>("outlet", String.class);
  /** Text with boilerplate repeated across the batch removed. */
  public static final Key<String> CLEAN_TEXT = new Key<>("cleanText", String.class);
  public static final Key<String> LANGUAGE = new Key<>("language", String.class);
  public static final Key<List<EntityMention>> ENTITIES = new Key<>("entities", List.class);
  public static final Key<List<Quote>> QUOTES = new Key<>("quotes", List.class);
  public static final Key<List<LabelScore>> NARRATIVES = new Key<>("narratives", List.class);
  public static final Key<List<ActorFraming>> FRAMING = new Key<>("framing", List.class);
  public static final Key<Explanation> EXPLANATION = new Key<>("explanation", Explanation.class);
  /** Actors with one canonical name across the batch. */
  public static final Key<List<ActorFraming>> ACTORS = new Key<>("actors", List.class);
  /** Sentence embedding of an English article, for telling apart two events of one topic (stories). */
  public static final Key<float[]> EMBEDDING = new Key<>("embedding", float[].class);
  /** Story terms of an article before weighting, from its final text, title and canonical entity names. */
  public static final Key<TermCounts> STORY_TERMS = new Key<>("storyTerms", TermCounts.class);
  public static final Key<String> REPOST_OF = new Key<>("repostOf", String.class);
  public static final Key<String> STORY = new Key<>("story", String.class);

  /** What every extracted article already has when the pipeline starts. */
  public static final Set<Key<?>> EXTRACTED = Set.of(TEXT, PUBLISHED);
}
