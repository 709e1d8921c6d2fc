package dev.narrascope.app;

import dev.narrascope.Article;
import dev.narrascope.Story;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.store.ArticleStore;
import java.util.List;

/** Puts hand-made stories over stored articles, through the store's one batch write path. */
public final class StoryFixtures {
  private StoryFixtures() {}

  public static void put(ArticleStore store, Story... stories) {
    store.writeBatch(state -> {
      for (Story s : stories) {
        List<Article> members = state.articles(s.articleIds()).values().stream()
            .map(a -> a.withAnalysis(a.analysis().withStory(s.id(), a.analysis().repostOf()))).toList();
        state.putStory(StoryEntry.of(s, members, state.nextStorySeq()));
        state.putArticles(members);
      }
    }, List.of());
  }
}
