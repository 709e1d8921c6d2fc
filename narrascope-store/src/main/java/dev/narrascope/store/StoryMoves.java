package dev.narrascope.store;

import dev.narrascope.Article;
import dev.narrascope.corpus.StoryEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts articles into the stories their story corrections name, through the corpus state so the
 * story rows, their index state and the articles agree: the article leaves its story (which goes
 * when it empties, logged as merged into the target) and joins the target — or the story it has
 * been merged into since — created when missing (a split, or a story a re-clustering dissolved). Joined members bring no vector: a corrected
 * membership says nothing about which new articles belong.
 */
final class StoryMoves {
  private StoryMoves() {}

  /**
   * Moves each article of {@code targets} (article id → story id) that is elsewhere; returns the
   * moved articles, to be written by the caller before {@code state} is flushed.
   */
  static List<Article> apply(StoreCorpusState state, Map<String, String> targets) {
    Map<String, Article> articles = state.articles(targets.keySet());
    for (var e : targets.entrySet()) {
      Article a = articles.get(e.getKey());
      // A story merged since the correction is its survivor now: the article stays with the rest of it.
      String to = Objects.requireNonNullElse(state.current(e.getValue()), e.getValue());
      if (a == null || to.equals(a.analysis().storyId())) continue;
      String from = a.analysis().storyId();
      Article moved = a.withAnalysis(a.analysis().withStory(to, a.analysis().repostOf()));
      StoryEntry target = state.story(to);
      if (target == null) target = new StoryEntry(to, state.nextStorySeq());
      StoryEntry source = from == null ? null : state.story(from);
      if (source != null) {
        boolean lostHeadline = source.remove(a);
        if (source.size() == 0) {
          state.mergeStory(from, to, a.id());
        } else {
          // The story keeps no titles: its earliest remaining member's becomes the headline.
          if (lostHeadline) source.retitle(state.articles(List.of(source.toStory().articleIds().get(0))).values().iterator().next());
          state.putStory(source);
        }
      }
      target.add(moved, null, null, null);
      state.putStory(target);
      state.putArticles(List.of(moved));
    }
    return List.copyOf(state.putArticles());
  }

  /** The story corrections in force among {@code corrections}: article id → story id. */
  static Map<String, String> targets(List<Correction> corrections) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Correction c : Corrections.inForce(corrections)) Corrections.story(c).ifPresent(s -> out.put(c.articleId(), s));
    return out;
  }
}
