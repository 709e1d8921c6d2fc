package dev.narrascope.store;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Story;
import dev.narrascope.corpus.CorpusState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where analysed articles, stories and findings are kept. Implementations are thread-safe and
 * create or migrate their schema when opened. Every method throws {@link StoreException} on I/O
 * failure.
 *
 * <pre>{@code
 * try (ArticleStore store = Stores.open("sqlite:narrascope-data/narrascope.db")) {
 *   boolean added = store.put(article);
 * }
 * }</pre>
 */
public interface ArticleStore extends AutoCloseable {
  /**
   * Stores the article, or replaces the stored analysis of an article with the same id.
   *
   * @return {@code true} if the id was new
   */
  boolean put(Article article);

  /** Stores many articles in one transaction; returns how many ids were new. */
  int putAll(Collection<Article> articles);

  Optional<Article> get(String id);

  /** Articles matching the filters, newest first (undated last), paged. */
  List<Article> find(ArticleQuery query);

  /** How many articles match the filters (paging ignored). */
  long count(ArticleQuery query);

  /**
   * The review queue: the articles matching the filters that carry model output and no correction in
   * force ("reviewed" included), least sure first ({@code dev.narrascope.review.Uncertainty}, stored
   * when the article is written, so the order is one indexed query), ties by id; the query's page.
   */
  List<ReviewItem> reviewQueue(ArticleQuery query);

  /** How many articles the review queue holds under the filters (paging ignored). */
  long reviewQueueSize(ArticleQuery query);

  /** The ids among {@code ids} that the store holds (to skip known inputs before analysing them). */
  Set<String> knownIds(Collection<String> ids);

  /**
   * Writes one batch atomically: runs {@code work} (the pipeline's stateful tail,
   * {@code Pipeline.index}) against the store's {@link CorpusState}, then writes, in one transaction,
   * every article the work put, the index rows it recorded (repost bands, term counts, stories,
   * postings, merges) and {@code findings}. Batches are serialised, so concurrent writers never see
   * each other's half-written state; {@code work} should therefore be the cheap part (per-article
   * analysis runs before, outside). A crash leaves either the whole batch or none of it.
   *
   * @return how many article ids were new
   */
  int writeBatch(Consumer<CorpusState> work, Collection<Finding> findings);

  /**
   * Whether stories were stored before the story index existed (a store upgraded from an older
   * version): new articles cannot join those until {@link #rebuildCorpusState} has run once.
   */
  boolean hasUnindexedStories();

  /** What {@link #rebuildCorpusState} did: articles replayed, and how many of them changed story. */
  record Rebuilt(int articles, int moved) {}

  /**
   * Throws the corpus state away and rebuilds it by replaying every stored article, earliest first,
   * {@code chunk} at a time, through {@code replay} (the stateful tail with the articles' repost and
   * story links cleared), in one transaction: a full re-clustering, on demand only. Each article whose story
   * changed is logged in its stories' history ({@link StoryChange#RECLUSTERED_OFF}, {@link StoryChange#RECLUSTERED_FROM});
   * the replay's own passing merges and splits are not.
   */
  Rebuilt rebuildCorpusState(int chunk, BiConsumer<List<Article>, CorpusState> replay);

  /**
   * Re-clusters the stories active since {@code since} (last article on or after it): they are
   * dissolved and all their articles replayed, earliest first, {@code chunk} at a time, through
   * {@code replay}, in one transaction; older stories stay as they are (a replayed repost of one of
   * their articles joins it). Term counts and repost bands are kept: the articles are the same. Moves are logged
   * as for {@link #rebuildCorpusState}.
   */
  Rebuilt reclusterSince(LocalDate since, int chunk, BiConsumer<List<Article>, CorpusState> replay);

  /** Stories, biggest first, paged. */
  List<Story> stories(int offset, int limit);

  /**
   * Every story once, in id order, read a page at a time by key: for exports of the whole store
   * (the Spark job's tables), where paging {@link #stories} by offset would sort all stories again
   * for every page.
   */
  void forEachStory(Consumer<Story> sink);

  /** How many stories there are (the total of {@link #stories}). */
  long storyCount();

  Optional<Story> story(String id);

  /**
   * Why story {@code id}'s stored articles changed story, oldest first: stories merged into it, its own merge into
   * another, and splits off it or founding it ({@link StoryChange}). Empty for a story that only grew, or an unknown id.
   */
  List<StoryChange> storyHistory(String id);

  /**
   * Story {@code id}, or the story it was merged into, or, for a story a re-clustering dissolved, the story that
   * took most of its articles (followed through later changes): a story id an analyst kept from an earlier report or
   * alert still leads to its articles. Empty when none exists.
   */
  default Optional<Story> currentStory(String id) {
    Set<String> seen = new HashSet<>();
    for (String at = id; at != null && seen.add(at); ) {
      Optional<Story> s = story(at);
      if (s.isPresent()) return s;
      at = successor(storyHistory(at));
    }
    return Optional.empty();
  }

  /**
   * Where a story that is gone went: the survivor of its last change if that was a merge; if it was a re-clustering,
   * the story that re-clustering gave most of its articles (ties: the first listed). Null when neither.
   */
  private static String successor(List<StoryChange> history) {
    StoryChange last = null;
    for (StoryChange c : history) {
      if (c.kind().equals(StoryChange.MERGED_INTO) || c.kind().equals(StoryChange.RECLUSTERED_OFF)) last = c;
    }
    if (last == null || last.kind().equals(StoryChange.MERGED_INTO)) return last == null ? null : last.otherStory();
    StoryChange most = last;
    for (StoryChange c : history) {
      if (c.kind().equals(StoryChange.RECLUSTERED_OFF) && c.at().equals(last.at()) && c.moved().size() > most.moved().size()) {
        most = c;
      }
    }
    return most.otherStory();
  }

  /** Full-text search over title and clean text, with the query's filters. */
  List<SearchHit> search(String text, ArticleQuery filters);

  void addFindings(Collection<Finding> findings);

  /** The most recent findings, newest first. */
  List<Finding> findings(int limit);

  /**
   * The most frequent facet labels among the articles matching {@code filters} (paging ignored).
   *
   * @param kind  {@code "narrative"}, {@code "subNarrative"} or {@code "actor"}
   * @param limit at most this many labels, most frequent first (ties by label)
   */
  List<LabelCount> labelCounts(String kind, ArticleQuery filters, int limit);

  /** How many distinct labels of {@code kind} the articles matching {@code filters} carry (the total of {@link #labelCounts}). */
  long labelTotal(String kind, ArticleQuery filters);

  /** Articles per outlet among those matching {@code filters} (paging ignored), most first, ties by name; unknown outlets left out. */
  List<LabelCount> outletCounts(ArticleQuery filters);

  /** Articles per publication day among those matching {@code filters}, oldest first; undated articles are left out. */
  List<DayCount> articlesPerDay(ArticleQuery filters);

  /**
   * How {@code actor} is framed per publication day: articles per (day, main role), oldest first,
   * among the articles matching {@code filters}.
   */
  List<DayCount> actorRolesPerDay(String actor, ArticleQuery filters);

  /**
   * Stores an analyst's correction and applies the corrections in force to the article, in one
   * transaction: its analysis, facet rows and (for a story correction) its story membership change
   * together. Corrections are never updated or deleted; a later one of the same kind and target
   * supersedes. A story correction to a story that does not exist creates it (a split).
   *
   * @return the stored correction, with its id and (when it had none) its time
   * @throws IllegalArgumentException when the article is unknown
   */
  default Correction addCorrection(Correction correction) {
    return addCorrections(List.of(correction)).get(0);
  }

  /** {@link #addCorrection} for many, in one transaction (a story merge or split); stored in the given order. */
  List<Correction> addCorrections(List<Correction> corrections);

  /** The article's corrections, oldest first (the audit trail; {@link Corrections#inForce} picks those in force). */
  List<Correction> corrections(String articleId);

  /** Every correction in the store, oldest first (exports, retraining). */
  List<Correction> allCorrections();

  @Override
  void close();
}
