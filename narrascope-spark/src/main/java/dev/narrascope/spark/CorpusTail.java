package dev.narrascope.spark;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
import dev.narrascope.Story;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.story.StoryClusterer;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pipeline's stateful tail (reposts, stories) over analysed articles, on the driver, batch by
 * batch in the CLI's order, against a store's corpus state (or, where the executors decided the
 * reposts' links and the stories, recording those there): each batch minus what the store already
 * holds goes through {@link Pipeline#index} inside {@link ArticleStore#writeBatch}, exactly as
 * {@code analyze} stores a batch, so the same articles give the same reposts and the same story
 * partition; reposts apply the same rule to links computed on the executors where those are given.
 * Memory is bounded by one batch; the state lives in the store (the user's {@code --db}, or a
 * temporary SQLite file).
 */
final class CorpusTail {
  /**
   * One analysed article of batch {@code batch} (the CLI's batch number), with its repost links when
   * they were computed apart ({@link DistributedReposts}: from the run's earlier batches alone, so only
   * for a store that held nothing before the run), or {@code null} to look reposts up in the store;
   * likewise its story when the executors decided it ({@link DistributedStories}, only with links),
   * or {@code null} to cluster it here.
   */
  record Analysed(long batch, Article article, MinHashNearDuplicates.Links reposts, String story) {}

  /** @param added new to the store; @param known already stored, skipped */
  record Counts(long added, long known) {}

  /** The same stages as {@code Pipelines.defaults()}'s tail, without loading the per-article models on the driver. */
  private final Pipeline tail = Pipelines.tail();
  /** The current batch's given repost links, by article id. */
  private final Map<String, MinHashNearDuplicates.Links> links = new HashMap<>();
  /** The same tail, its reposts stage applying the CLI's rule to {@link #links}. */
  private final Pipeline givenTail = Pipelines.tail(new MinHashNearDuplicates().given(links::get));
  /** The current batch's given stories, by article id. */
  private final Map<String, String> stories = new HashMap<>();
  /** {@link #givenTail} whose stories stage records {@link #stories}. */
  private final Pipeline givenStoriesTail =
      Pipelines.tail(new MinHashNearDuplicates().given(links::get), new StoryClusterer().given(stories::get));
  private final ArticleStore store;
  private final List<Finding> findings = new ArrayList<>();

  CorpusTail(ArticleStore store) {
    this.store = store;
  }

  /**
   * @param analysed  in the CLI's order
   * @param onIndexed receives each batch's new articles as stored (with their reposts)
   */
  Counts run(Iterator<Analysed> analysed, Consumer<List<Article>> onIndexed) {
    long added = 0;
    long known = 0;
    List<Analysed> batch = new ArrayList<>();
    long current = Long.MIN_VALUE;
    while (analysed.hasNext()) {
      Analysed a = analysed.next();
      if (a.batch() != current && !batch.isEmpty()) {
        Counts c = index(batch, onIndexed);
        added += c.added();
        known += c.known();
        batch = new ArrayList<>();
      }
      current = a.batch();
      batch.add(a);
    }
    if (!batch.isEmpty()) {
      Counts c = index(batch, onIndexed);
      added += c.added();
      known += c.known();
    }
    return new Counts(added, known);
  }

  private Counts index(List<Analysed> batch, Consumer<List<Article>> onIndexed) {
    Set<String> stored = store.knownIds(batch.stream().map(a -> a.article().id()).toList());
    List<Analysed> freshAnalysed = batch.stream().filter(a -> !stored.contains(a.article().id())).toList();
    if (freshAnalysed.isEmpty()) return new Counts(0, stored.size());
    List<Article> fresh = freshAnalysed.stream().map(Analysed::article).toList();
    links.clear();
    stories.clear();
    boolean given = freshAnalysed.stream().allMatch(a -> a.reposts() != null);
    if (given) freshAnalysed.forEach(a -> links.put(a.article().id(), a.reposts()));
    boolean givenStories = given && freshAnalysed.stream().allMatch(a -> a.story() != null);
    if (givenStories) freshAnalysed.forEach(a -> stories.put(a.article().id(), a.story()));
    Pipeline batchTail = givenStories ? givenStoriesTail : given ? givenTail : tail;
    Findings batchFindings = Findings.tracking(10_000);
    List<Article> indexed = new ArrayList<>();
    store.writeBatch(state -> indexed.addAll(batchTail.index(fresh, state, batchFindings)), List.of());
    findings.addAll(batchFindings.list());
    onIndexed.accept(indexed);
    return new Counts(fresh.size(), stored.size());
  }

  /** What the tail's stages recorded (findings of the other steps are the job's). */
  List<Finding> findings() {
    return findings;
  }

  /** Every story of the store, a page at a time. */
  void stories(Consumer<Story> sink) {
    int page = 1_000;
    for (int offset = 0; ; offset += page) {
      List<Story> stories = store.stories(offset, page);
      stories.forEach(sink);
      if (stories.size() < page) return;
    }
  }
}
