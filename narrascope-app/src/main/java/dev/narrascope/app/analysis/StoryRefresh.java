package dev.narrascope.app.analysis;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.story.StoryClusterer;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stores a newly analysed batch so that reposts and stories span every run: the batch (analysed
 * without reposts and stories, see {@code Pipelines.withoutStories()}) is clustered together with
 * the articles the store already holds (stored story ids are kept, see
 * {@link StoryClusterer}), stored articles whose story or repost link changed are updated, and the
 * store's stories are replaced. Cost: one read of the stored corpus per run. Stateless.
 */
public final class StoryRefresh {
  /** The batch with its final story ids and repost links, and how many of its ids were new to the store. */
  public record Stored(List<Article> batch, int added) {}

  private StoryRefresh() {}

  public static Stored store(ArticleStore store, List<Article> batch, Findings findings) {
    Set<String> ids = new HashSet<>();
    batch.forEach(a -> ids.add(a.id()));
    Map<String, String> storedStory = new HashMap<>();
    List<Article> stored = new ArrayList<>();
    for (Article a : StoredArticles.all(store, ArticleQuery.all())) {
      if (ids.contains(a.id())) storedStory.put(a.id(), a.analysis().storyId());
      else stored.add(a);
    }
    List<Article> all = new ArrayList<>(stored);
    // Only a stored story id may carry over (a batch article may hold one from elsewhere, e.g. an import).
    for (Article a : batch) all.add(a.withAnalysis(a.analysis().withStory(storedStory.get(a.id()), a.analysis().repostOf())));
    all = new MinHashNearDuplicates().apply(all, findings);
    StoryClusterer.Result result = new StoryClusterer().cluster(all);
    List<Article> changed = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      Article before = stored.get(i), after = result.articles().get(i);
      if (!Objects.equals(before.analysis().storyId(), after.analysis().storyId())
          || !Objects.equals(before.analysis().repostOf(), after.analysis().repostOf())) changed.add(after);
    }
    List<Article> newBatch = result.articles().subList(stored.size(), all.size());
    store.putAll(changed);
    int added = store.putAll(newBatch);
    store.replaceStories(result.stories());
    return new Stored(List.copyOf(newBatch), added);
  }
}
