package dev.narrascope.spark;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
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
   * likewise its story when it was decided before (on the executors, {@link DistributedStories}, or by
   * the run a Parquet table holds), or {@code null} to cluster it here.
   */
  record Analysed(long batch, Article article, MinHashNearDuplicates.Links reposts, String story) {}

  /** @param added new to the store; @param known already stored, skipped */
  record Counts(long added, long known) {}

  /** The current batch's given repost links, by article id. */
  private final Map<String, MinHashNearDuplicates.Links> links = new HashMap<>();
  /** The current batch's given stories, by article id. */
  private final Map<String, String> stories = new HashMap<>();
  /**
   * The same stages as {@code Pipelines.defaults()}'s tail, without loading the per-article models on
   * the driver: by whether the batch's repost links and stories are given, its reposts stage applies
   * the CLI's rule to {@link #links} or looks them up, its stories stage records {@link #stories} or clusters.
   */
  private final Pipeline[][] tails = new Pipeline[2][2];
  private final ArticleStore store;
  private final List<Finding> findings = new ArrayList<>();

  CorpusTail(ArticleStore store) {
    this.store = store;
    for (int l = 0; l < 2; l++) {
      for (int st = 0; st < 2; st++) {
        tails[l][st] = Pipelines.tail(l == 1 ? new MinHashNearDuplicates().given(links::get) : new MinHashNearDuplicates(),
            st == 1 ? new StoryClusterer().given(stories::get) : new StoryClusterer());
      }
    }
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
    boolean givenLinks = freshAnalysed.stream().allMatch(a -> a.reposts() != null);
    if (givenLinks) freshAnalysed.forEach(a -> links.put(a.article().id(), a.reposts()));
    boolean givenStories = freshAnalysed.stream().allMatch(a -> a.story() != null);
    if (givenStories) freshAnalysed.forEach(a -> stories.put(a.article().id(), a.story()));
    Pipeline batchTail = tails[givenLinks ? 1 : 0][givenStories ? 1 : 0];
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
}
