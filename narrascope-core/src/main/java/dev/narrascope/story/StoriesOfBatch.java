package dev.narrascope.story;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.EntityStage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories of a set of articles clustered together in one batch, as {@code analyze} would cluster them into an
 * empty store: entities first (their canonical names are the clusterer's cross-lingual features), then reposts, then
 * stories with the default clusterer. For evaluation, e.g. keeping a story's documents in one cross-validation fold.
 */
public final class StoriesOfBatch {
  private StoriesOfBatch() {}

  /** Story id by article id; the articles must carry their language. */
  public static Map<String, String> storyIds(List<Article> articles, Findings findings) {
    EntityStage entities = new EntityStage();
    List<Article> withEntities = articles.parallelStream().map(a -> entities.apply(a, findings)).toList();
    Map<String, String> out = new HashMap<>();
    new StoryClusterer().cluster(new MinHashNearDuplicates().apply(withEntities, findings)).articles()
        .forEach(a -> out.put(a.id(), a.analysis().storyId()));
    return out;
  }
}
