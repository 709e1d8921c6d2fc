package dev.narrascope.story;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import dev.narrascope.StatefulStage;
import dev.narrascope.Story;
import dev.narrascope.corpus.CorpusState;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.corpus.PostedStories;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.corpus.TermVector;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Groups articles that tell the same story and sets {@code Analysis.storyId}, online: each batch is
 * looked up in the story index of a {@link CorpusState}, so adding news costs what the news costs,
 * whatever is stored ({@link #cluster} runs a batch alone and returns its {@link Story} records).
 *
 * <p>How: articles are visited earliest first and each joins the most similar story or founds a
 * new one (single-pass centroid clustering, as in topic detection and tracking and in Europe Media
 * Monitor's online clustering). An article is a TF-IDF vector over title and lead with names and
 * numbers boosted ({@link ArticleVectors}; document frequencies are the state's, counted over every
 * batch so far, blended with {@link BackgroundFrequencies} so a small corpus knows its topic words);
 * a story is the sum of its members' vectors. Similarity is the cosine to that centroid, counted only
 * if the article shares an event-specific term with it (topic words alone make no story); for an
 * article in another language than the story's main one, the cosine of the cross-lingual vectors
 * counts too: the canonical entity names of {@code Analysis.entities} (Latin script whatever the
 * article's: run the entity stage first) and the numbers, when at least {@value #MIN_SHARED_ANCHORS}
 * of them are shared. An English article must also be close to an English story by sentence
 * embedding ({@value #EMBEDDING_GATE}; {@link ArticleEmbedder}) to join it on its words. Time
 * matters: beyond {@value #GRACE_DAYS} days from the story's first article the similarity decays
 * exponentially with a {@value #DECAY_DAYS}-day scale, and nothing joins more than
 * {@value #MAX_GAP_DAYS} days away. Reposts (set by the near-duplicate stage) always join their
 * original's story. Candidates come from the state's postings of the article's heaviest terms,
 * among the stories that began close enough in time to be joined at all ({@link #reachDays}), so a
 * batch costs O(batch × candidates). After the pass, a story the batch's articles are in that holds two events
 * of one kind told apart by who they are about is parted ({@link NameSplit}: "Klitschko stops Rahman" and
 * "Klitschko stops Thompson"; stored members by the people they named when they joined,
 * {@link CorpusState#memberPeople}), and so is one of {@value #LOCAL_SPLIT_MIN_STORY}–{@value #NAME_SPLIT_MAX_STORY}
 * members whose members, clustered among themselves, fall into two parts ({@link LocalSplit}: news in small batches
 * joins a story while the corpus is young, and its later members show the story held two events); then
 * {@value #REFINE_SWEEPS} refinement sweeps score
 * each of the batch's articles again against the stories without itself and move it to the best (a
 * single pass is order-sensitive: an early, brief report may not reach the story its later tellings
 * form); a story they empty goes, logged as merged into where its last article went. A join, in the
 * pass or a sweep, may instead let the article and the member of its story it is closest to by sentence
 * embedding found a new story when the two are clearly closer to each other than to the story's rest
 * ({@link SplitPair}): a story that took in a second event early stays each member's best story, so
 * single moves cannot part it, and at the pass's join the second event's later reports find their own
 * story instead of following into the mixed one. The member may be a stored one, paired by the embedding it
 * joined with ({@link CorpusState#memberEmbeddings}; stories of at most {@value #SPLIT_MAX_STORED_STORY} members):
 * news arriving in small batches has the second event's first report stored in the mixed story by the time
 * the next one comes; the story's other stored members closer to the new story than to the rest follow.
 *
 * <p>Unrelated news never moves a stored article: only a story a new article joins can lose members, by
 * that split (the sweeps move only the batch's own articles).
 * When it is similar enough to two stories whose centroids are themselves alike
 * ({@value #MERGE_THRESHOLD}), it bridges them: the later-founded story is merged into the earlier
 * (whose id survives) and the merge is recorded. A new story is named after its founding article:
 * {@code "s-" + articleId}.
 *
 * <p>Immutable; thread-safe (the state is the caller's, one thread at a time).
 * <pre>{@code
 * StoryClusterer.Result r = new StoryClusterer(0.3).cluster(batch);
 * r.stories().forEach(s -> System.out.println(s.headline() + " " + s.size()));
 * }</pre>
 */
public final class StoryClusterer implements StatefulStage {
  public static final String NAME = "stories";
  /**
   * Chosen in the middle of the plateau measured on the labelled set (B-cubed F1 within 0.01 of its
   * best from 0.15 to 0.275; see BENCHMARKS.md), not at its peak, so as not to fit that one set. Kept
   * when entity features came in: both the labelled set (0.175 to 0.2) and the sample corpus (0.2 to
   * 0.25) still peak there.
   */
  public static final double DEFAULT_THRESHOLD = 0.2;
  static final int GRACE_DAYS = 3;
  static final int DECAY_DAYS = 30;
  static final int MAX_GAP_DAYS = 365;
  static final double CROSS_LINGUAL_WEIGHT = 0.9;
  /**
   * Names and numbers an article must share with a story in another language to count that way: one
   * shared actor ("Reznikov") is not one event, an actor with a place, a second actor or a figure is.
   */
  static final int MIN_SHARED_ANCHORS = 2;
  /**
   * Event-specific terms ({@link ArticleVectors#EVENT_RATE}) an article must share with a story to
   * join it on its words: two articles about Ukraine and NATO are one story only if they share, say,
   * "Reznikov" and "shedding".
   */
  static final int MIN_EVENT_TERMS = 1;
  /**
   * A background-rare term pins an event down for a story if at most this many times the story's size
   * in articles hold it (and never fewer than {@value #EVENT_MIN_DF}): "Reznikov" in 12 articles is
   * the event of a 10-article story, "Klitschko" in 400 is not. Relative to the story, not to the
   * corpus: a share of the corpus made any topic word "event-specific" once thousands of unrelated
   * articles were stored (ECB+ dev with 3,248 unrelated articles: B-cubed precision 0.864 alone, 0.737
   * mixed, before; 1 to 2 times the size measured alike there, docs/stories.md).
   */
  static final double EVENT_DF_PER_MEMBER = 2.0;
  static final int EVENT_MIN_DF = 10;
  /**
   * Cosine two story centroids must reach for an article similar to both to merge them: far above
   * the joining threshold, since two events of one topic (two summits, two strikes) share most words.
   * At 0.5 merges cost ECB+ dev (two events per topic) 0.008 B-cubed F1 in one batch; at 0.7 they
   * cost nothing there nor on the labelled set (docs/stories.md).
   */
  static final double MERGE_THRESHOLD = 0.7;
  /**
   * Sentence-embedding cosine an English article must reach with a story's embedded (English)
   * members to join it on its words ({@link ArticleEmbedder}: title and first sentences; the story
   * keeps the sum of its members' embeddings). Word statistics are unsure while a corpus is young, so
   * in batches of 50 articles a word both events of a topic use ("earthquake", "rehab") looked like an
   * event term and let the second event join the first; the embedding tells the two events apart
   * whatever the statistics. 0.75 is the tenth percentile of same-event pairs on ECB+ dev, the first
   * value tried (0.8 and 0.85 cost more recall than they gained; docs/stories.md).
   */
  static final double EMBEDDING_GATE = 0.75;
  /**
   * Refinement sweeps after a batch's single pass ({@code refine}): each of the batch's articles is
   * scored again against the stories without itself and moves to the best. Single-pass clustering is
   * order-sensitive (ECB+ dev, 10 random orders in one batch: B-cubed F1 0.877, 0.846–0.904; with the
   * sweeps 0.905, 0.876–0.925); a sweep lets an article that came before its event's clearer tellings
   * join them. The second sweep moves what the first one's moves left behind (half B 0.904 → 0.908);
   * they stop early once nothing moves (docs/stories.md).
   */
  static final int REFINE_SWEEPS = 2;
  /**
   * How much closer by sentence embedding two members of a story must be to each other than each is to
   * the story's rest for a join (in the pass or a sweep) to let them found a story of their own
   * ({@link SplitPair}; at the pass's join since 4 December 2026: ECB+ dev one batch 0.905 to 0.913). A story
   * that took in a second event early keeps being the best story for both events' articles one by one,
   * so moving single articles cannot part it. ECB+ dev halves (docs/stories.md): 0.05 left one half's one-batch
   * figure as it was and parted two-event stories of the other without costing recall (0.04 to 0.02 also
   * parted one-event stories); 0.1 parted nothing.
   */
  static final double SPLIT_MARGIN = 0.05;
  /**
   * Embedded members besides the article a story must have to be split, so a split leaves at least
   * three behind and small stories are left to the single moves (chosen, not varied).
   */
  static final int SPLIT_MIN_REST = 4;
  /**
   * The most members a story with stored members may have for the split test ({@code splitMate}) to read their
   * embeddings: a second event gets into young stories, and the test reads one embedding per member inside the
   * store's write. On ECB+ dev in batches of 50, 20 made every split that no bound made (10 about half).
   */
  static final int SPLIT_MAX_STORED_STORY = 20;
  /**
   * The most members a story may have for the name split ({@code splitByNames}) to read what its stored members named:
   * one short row per member inside the store's write; two events of one kind merged on ECB+ dev are 21–28 reports.
   */
  static final int NAME_SPLIT_MAX_STORY = 50;
  /** The fewest members a story must have for the local split: two parts of {@value LocalSplit#MIN_PART}. */
  static final int LOCAL_SPLIT_MIN_STORY = 2 * LocalSplit.MIN_PART;
  static final int QUERY_TERMS = 12;
  static final int POSTINGS_SCANNED = 400;
  static final int CANDIDATES = 30;
  /** {@code BatchAssignment.storedEmbeddings}' mark of a stored member with none recorded (compared by identity). */
  private static final float[] UNRECORDED = new float[0];
  /** {@code BatchAssignment.mergedSeq}'s answer for a story not merged in the batch (no sequence number is this). */
  private static final long UNMERGED = Long.MIN_VALUE;
  /** A new story is named after its founding article: this prefix and the article's id. */
  public static final String STORY_ID_PREFIX = "s-";

  private final double threshold;
  private final boolean embeddings;
  /** Whether stories are tested by clustering their members alone ({@link LocalSplit}); not in that clustering itself. */
  private final boolean localSplit;
  /** Days from a story's first article beyond which no article can reach the threshold; -1: no such bound. */
  private final int reachDays;

  /** The clustered batch (input order) and its stories, biggest first. */
  public record Result(List<Article> articles, List<Story> stories) {}

  public StoryClusterer() {
    this(DEFAULT_THRESHOLD);
  }

  /** With sentence embeddings for English articles. @throws IllegalArgumentException unless {@code threshold} is in [0,1] */
  public StoryClusterer(double threshold) {
    this(threshold, true);
  }

  /**
   * @param embeddings whether English articles are also compared by sentence embedding
   *     ({@link #EMBEDDING_GATE}); without, words alone decide (and no model is loaded)
   * @throws IllegalArgumentException unless {@code threshold} is in [0,1]
   */
  public StoryClusterer(double threshold, boolean embeddings) {
    this(threshold, embeddings, true);
  }

  /** {@link LocalSplit}'s clustering of one story's members: words only, and no local split of its own. */
  static StoryClusterer ofMembers(double threshold) {
    return new StoryClusterer(threshold, false, false);
  }

  private StoryClusterer(double threshold, boolean embeddings, boolean localSplit) {
    if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in [0,1]: " + threshold);
    this.threshold = threshold;
    this.embeddings = embeddings;
    this.localSplit = localSplit;
    this.reachDays = reachDays(threshold);
  }

  /**
   * How far in days from a story's first article an article can still join it: a similarity is at
   * most 1 before the time decay ({@link #similarity}), so beyond {@code GRACE_DAYS + DECAY_DAYS·ln(1/threshold)}
   * (51 days at the default threshold) or {@value #MAX_GAP_DAYS} days it stays under the threshold.
   * Candidate lookup skips stories further away, which changes no assignment. -1 (no bound) for a
   * threshold of 0, which any story reaches.
   */
  static int reachDays(double threshold) {
    if (threshold <= 0) return -1;
    // One day more than the bound, against rounding in the similarity's arithmetic.
    double days = GRACE_DAYS + DECAY_DAYS * Math.log(1 / threshold) + 1;
    return (int) Math.min(MAX_GAP_DAYS, Math.ceil(days));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.LANGUAGE, Keys.ENTITIES, Keys.REPOST_OF);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.STORY);
  }

  /** Clusters the batch alone (an empty in-memory state); see the class comment. */
  public Result cluster(List<Article> batch) {
    InMemoryCorpusState state = new InMemoryCorpusState();
    List<Article> out = apply(batch, state, Findings.tracking(0));
    List<Story> stories = new ArrayList<>(state.allStories().stream().map(StoryEntry::toStory).toList());
    stories.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    return new Result(out, List.copyOf(stories));
  }

  @Override
  public List<Article> apply(List<Article> batch, CorpusState state, Findings findings) {
    return new BatchAssignment(batch, state).run();
  }

  /**
   * This stage with each article's story given (decided elsewhere, e.g. by this stage on a cluster's
   * executors over a stretch of the corpus) instead of looked up: the batch is counted and weighed
   * as {@link #apply} does, and each article joins its given story, which is founded under that id
   * at its first member; a repost whose original's story is the given one follows it as in
   * {@link #apply}. So the state ends with the stories, centroids and postings that later batches
   * are looked up in; no candidates are scored and nothing is merged.
   *
   * @param storyOf the story id of an article of a batch, by article id; must know every article the stage is given
   */
  public StatefulStage given(Function<String, String> storyOf) {
    StoryClusterer rule = this;
    return new StatefulStage() {
      @Override public String name() { return NAME; }
      @Override public Set<Key<?>> requires() { return rule.requires(); }
      @Override public Set<Key<?>> produces() { return rule.produces(); }
      @Override public List<Article> apply(List<Article> batch, CorpusState state, Findings findings) {
        return rule.new BatchAssignment(batch, state).record(storyOf);
      }
      @Override public String toString() { return rule + " with given stories"; }
    };
  }

  /** One batch's assignment: the articles, their vectors, and the stories they touch. */
  private final class BatchAssignment {
    private final List<Article> batch;
    private final CorpusState state;
    private final ArticleVectors vectors;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] storyOf;
    /**
     * Reposts that joined their original's story: they never move on their own (they brought no vectors),
     * and follow an original in this batch where it moves.
     */
    private final boolean[] followsOriginal;
    /** Absorbed story id → surviving id, for merges made during this batch. */
    private final Map<String, String> mergedInto = new HashMap<>();
    /** {@link #mergedInto} by sequence number (absent: {@link #UNMERGED}), with the survivors' ids: for the candidates' postings. */
    private final Long2LongOpenHashMap mergedSeq = new Long2LongOpenHashMap();
    private final Long2ObjectOpenHashMap<String> survivorIds = new Long2ObjectOpenHashMap<>();
    private final long maxDf;
    /** Cleared for each candidate query. */
    private final SharedWeights shared = new SharedWeights();
    /**
     * The member embeddings of stored articles read so far in this batch ({@link #splitMate}), which nothing in the
     * batch changes: each is read once, not at every join and sweep that tests its story.
     */
    private final Map<String, float[]> storedEmbeddings = new HashMap<>();
    /** The people each batch article names in its first sentences ({@link NameSplit#people}). */
    private final List<List<String>> people;
    /** The people stored members named ({@link CorpusState#memberPeople}) read so far in this batch. */
    private final Map<String, List<String>> storedPeople = new HashMap<>();

    BatchAssignment(List<Article> batch, CorpusState state) {
      this.batch = batch;
      this.state = state;
      this.vectors = ArticleVectors.of(batch, state, embeddings);
      for (int i = 0; i < batch.size(); i++) index.putIfAbsent(batch.get(i).id(), i);
      this.storyOf = new String[batch.size()];
      this.followsOriginal = new boolean[batch.size()];
      this.maxDf = Math.max(100, state.documents() / 50);
      this.people = batch.stream().map(NameSplit::people).toList();
      mergedSeq.defaultReturnValue(UNMERGED);
    }

    List<Article> run() {
      List<Integer> order = order();
      Map<String, Article> storedOriginals = storedOriginals();
      for (int i : order) assign(i, storedOriginals);
      splitByNames(order);
      if (localSplit) splitLocally(order);
      refine(order);
      return assigned();
    }

    /** The batch's indexes, earliest article first: the order articles are assigned in. */
    private List<Integer> order() {
      List<Integer> order = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) order.add(i);
      order.sort(earliestFirst(batch));
      return order;
    }

    /** The batch in input order with the stories assigned. */
    private List<Article> assigned() {
      List<Article> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        Article a = batch.get(i);
        out.add(a.withAnalysis(a.analysis().withStory(resolve(storyOf[i]), a.analysis().repostOf())));
      }
      return out;
    }

    /** {@link #given}: each article joins its given story (see there). */
    List<Article> record(Function<String, String> given) {
      Map<String, Article> storedOriginals = storedOriginals();
      for (int i : order()) {
        Article a = batch.get(i);
        String id = given.apply(a.id());
        if (id == null) throw new IllegalStateException("no story given for article " + a.id());
        StoryEntry original = originalStory(a, storedOriginals);
        if (original != null && original.id().equals(id)) {
          follow(i, original);
          continue;
        }
        StoryEntry story = state.story(id);
        if (story == null) {
          story = new StoryEntry(id, state.nextStorySeq());
          state.putStory(story);
        }
        join(i, story);
      }
      return assigned();
    }

    /** The stored articles that batch articles repost. */
    private Map<String, Article> storedOriginals() {
      Set<String> ids = new HashSet<>();
      for (Article a : batch) {
        String o = a.analysis().repostOf();
        if (o != null && !index.containsKey(o)) ids.add(o);
      }
      return ids.isEmpty() ? Map.of() : state.articles(ids);
    }

    private void assign(int i, Map<String, Article> storedOriginals) {
      Article a = batch.get(i);
      StoryEntry original = originalStory(a, storedOriginals);
      if (original != null) {
        follow(i, original);
        return;
      }
      StoryEntry[] top = bestTwo(i, null);
      StoryEntry best = top[0], second = top[1];
      if (best == null) best = found(a);
      else if (second != null && best.cosine(second) >= MERGE_THRESHOLD) best = merge(best, second, a.id());
      // The split test of the sweeps, at the join already: the story stops growing into two events here,
      // where a sweep would have to move the second event's followers out one by one.
      Mate mate = splitMate(i, best);
      if (mate == null) {
        join(i, best);
        return;
      }
      StoryEntry pair = found(a);
      join(i, pair);
      moveMate(mate, best, pair, a.id());
    }

    /** The two stories scoring highest for article {@code i} at or above the threshold ({@code null}: none), {@code also} among the candidates. */
    private StoryEntry[] bestTwo(int i, String also) {
      Article a = batch.get(i);
      TermVector full = vectors.full[i], anchor = vectors.anchor[i];
      List<String> ids = new ArrayList<>(candidates(full, anchor, a.published()));
      if (also != null && !ids.contains(also)) ids.add(also);
      StoryEntry best = null, second = null;
      double bestScore = threshold, secondScore = threshold;
      for (StoryEntry s : state.stories(ids).values()) {
        if (s.size() == 0) continue;
        double score = similarity(s, full, anchor, sharesEvent(s, i), a, vectors.embeddings[i]);
        if (score >= bestScore) {
          second = best;
          secondScore = bestScore;
          best = s;
          bestScore = score;
        } else if (score >= secondScore) {
          second = s;
          secondScore = score;
        }
      }
      return new StoryEntry[] {best, second};
    }

    /** Adds repost {@code i} to its original's story without its vectors: it follows the original from now on. */
    private void follow(int i, StoryEntry original) {
      followsOriginal[i] = true;
      storyOf[i] = original.id();
      original.add(batch.get(i), null, null, null);
      state.putStory(original);
    }

    /**
     * Adds article {@code i} with its vectors to {@code story}, posts the terms the story did not hold yet and
     * records the embedding it joined with (for the split test of later batches).
     */
    private void join(int i, StoryEntry story) {
      state.putMember(batch.get(i).id(), vectors.embeddings[i], people.get(i));
      storyOf[i] = story.id();
      add(story, batch.get(i), vectors.full[i], vectors.anchor[i], vectors.embeddings[i]);
    }

    /** Adds article {@code a} with these vectors to {@code story} and posts the terms the story did not hold yet. */
    private void add(StoryEntry story, Article a, TermVector full, TermVector anchor, float[] embedding) {
      // Post only the terms the story did not hold yet: its postings already name it for the others.
      List<String> terms = new ArrayList<>(full.size() + anchor.size());
      for (String t : full.terms()) if (!story.holds(t)) terms.add(t);
      for (String t : anchor.terms()) if (!story.holds(t)) terms.add(t);
      story.add(a, full, anchor, embedding);
      state.putStory(story);
      state.addPostings(story, terms);
    }

    /**
     * Refinement sweeps over the batch's own articles: each (earliest first) is taken out of its story
     * and joins the story that now scores best without it, its own again, or a new one; a story left
     * empty goes. A single pass is order-sensitive: an article that came before its event's better
     * members joined what was there. Stored members never move; reposts follow their original.
     */
    private void refine(List<Integer> order) {
      for (int sweep = 0; sweep < REFINE_SWEEPS; sweep++) {
        int moved = 0;
        for (int i : order) if (!followsOriginal[i] && reassign(i)) moved++;
        if (moved == 0) break;
      }
      for (int i : order) {
        Article a = batch.get(i);
        if (!followsOriginal[i] || !index.containsKey(a.analysis().repostOf())) continue;
        String original = resolve(storyOf[index.get(a.analysis().repostOf())]);
        if (original.equals(resolve(storyOf[i]))) continue;
        moveFollower(i, state.story(resolve(storyOf[i])), state.story(original));
      }
    }

    /** Moves repost {@code i}, which follows its original, from story {@code from} to the original's {@code to}. */
    private void moveFollower(int i, StoryEntry from, StoryEntry to) {
      Article a = batch.get(i);
      left(from, to, a, from.remove(a));
      to.add(a, null, null, null);
      storyOf[i] = to.id();
      state.putStory(to);
    }

    /**
     * Parts each story the batch's articles are in that holds two events told apart by who they are about
     * ({@link NameSplit}): the smaller group's reports, the batch's and stored ones, found a story of their own
     * (named after the earliest of the batch's reports among them, else the earliest), reposts follow their
     * original, and the sweeps then place the batch's reports that named neither person. Stored members take part
     * through the people they named when they joined ({@link CorpusState#memberPeople}), while the story has at most
     * {@value #NAME_SPLIT_MAX_STORY} members and at most a third of its stored members have none recorded (reposts,
     * members stored before stores kept people): those are set aside. Each stored member moved is logged as a split.
     */
    private void splitByNames(List<Integer> order) {
      for (Map.Entry<String, List<Integer>> e : byStory(order).entrySet()) {
        StoryEntry story = state.story(e.getKey());
        if (story == null || story.size() < 2 * NameSplit.MIN_SIDE) continue;
        // Reposts follow their original afterwards, so only the originals are tested and moved.
        List<Integer> own = e.getValue().stream().filter(i -> !followsOriginal[i]).toList();
        List<String> stored = storedMembers(story);
        if (!stored.isEmpty() && story.size() > NAME_SPLIT_MAX_STORY) continue;
        List<String> recorded = recordedPeople(stored);
        if (3 * (stored.size() - recorded.size()) > stored.size()) continue;
        List<List<String>> names = new ArrayList<>();
        for (int i : own) names.add(people.get(i));
        for (String id : recorded) names.add(storedPeople.get(id));
        List<Integer> leaving = NameSplit.leaving(names);
        if (leaving.isEmpty()) continue;
        List<Integer> leavingOwn = new ArrayList<>();
        List<String> leavingStored = new ArrayList<>();
        for (int k : leaving) {
          if (k < own.size()) leavingOwn.add(own.get(k));
          else leavingStored.add(recorded.get(k - own.size()));
        }
        part(story, e.getValue(), leavingOwn, leavingStored, stored, state.articles(stored));
      }
    }

    /**
     * Parts each story of {@value #LOCAL_SPLIT_MIN_STORY} to {@value #NAME_SPLIT_MAX_STORY} members a batch article is in
     * whose members, clustered among themselves, fall into two parts that hold most of them ({@link LocalSplit}): the
     * part without the story's first member founds a story of its own, as in {@link #splitByNames}. News that arrives
     * in small batches joins a story while the corpus is young and every word looks rare; clustered anew with all its
     * members present, the story shows whether it held two events. Only stories a batch article is in are tested, so
     * unrelated news moves nothing; reposts are set aside and follow their original.
     */
    private void splitLocally(List<Integer> order) {
      for (Map.Entry<String, List<Integer>> e : byStory(order).entrySet()) {
        StoryEntry story = state.story(e.getKey());
        if (story == null || story.size() < LOCAL_SPLIT_MIN_STORY || story.size() > NAME_SPLIT_MAX_STORY) continue;
        List<Integer> own = e.getValue().stream().filter(i -> !followsOriginal[i]).toList();
        List<String> stored = storedMembers(story);
        Map<String, Article> storedArticles = stored.isEmpty() ? Map.of() : state.articles(stored);
        List<Article> local = new ArrayList<>();
        for (int i : own) local.add(batch.get(i));
        for (String id : stored) {
          Article m = storedArticles.get(id);
          if (m != null && m.analysis().repostOf() == null) local.add(m);
        }
        String first = story.members().get(0).id();
        Set<String> leaving = LocalSplit.leaving(local, first, threshold);
        if (leaving.isEmpty()) continue;
        List<Integer> leavingOwn = own.stream().filter(i -> leaving.contains(batch.get(i).id())).toList();
        List<String> leavingStored = stored.stream().filter(leaving::contains).toList();
        part(story, e.getValue(), leavingOwn, leavingStored, stored, storedArticles);
      }
    }

    /**
     * Moves the batch's articles {@code leavingOwn} and the stored members {@code leavingStored} of {@code story} (the
     * batch's articles in it: {@code inBatch}; its stored members {@code stored}, read: {@code storedArticles}) into a story they
     * found (named after the earliest of the batch's among them, else the first stored one); reposts of those that
     * moved follow them.
     */
    private void part(StoryEntry story, List<Integer> inBatch, List<Integer> leavingOwn, List<String> leavingStored,
                      List<String> stored, Map<String, Article> storedArticles) {
      String by = batch.get(leavingOwn.isEmpty() ? inBatch.get(inBatch.size() - 1) : leavingOwn.get(0)).id();
      Article founder = leavingOwn.isEmpty() ? storedArticles.get(leavingStored.get(0)) : batch.get(leavingOwn.get(0));
      if (founder == null) return;
      StoryEntry pair = found(founder);
      Set<String> moved = new HashSet<>();
      for (int i : leavingOwn) {
        Article a = batch.get(i);
        left(story, pair, a, story.subtract(a, vectors.full[i], vectors.anchor[i], vectors.embeddings[i]));
        join(i, pair);
        moved.add(a.id());
      }
      Map<String, float[]> embeddings = state.memberEmbeddings(leavingStored);
      for (String id : leavingStored) {
        float[] v = embeddings.get(id);
        moveStored(storedArticles.get(id), v == null || v.length == 0 ? null : v, story, pair, by);
        moved.add(id);
      }
      for (String id : stored) {
        Article m = storedArticles.get(id);
        if (m == null || !moved.contains(m.analysis().repostOf())) continue;
        state.splitStory(story.id(), pair.id(), by, m.id());
        left(story, pair, m, story.remove(m));
        pair.add(m, null, null, null);
        state.putArticles(List.of(m.withAnalysis(m.analysis().withStory(pair.id(), m.analysis().repostOf()))));
      }
      for (int i : inBatch) {
        String original = batch.get(i).analysis().repostOf();
        if (followsOriginal[i] && moved.contains(original) && !index.containsKey(original)) moveFollower(i, story, pair);
      }
      state.putStory(pair);
    }

    /** The batch's articles (in {@code order}) by the story they are in now. */
    private Map<String, List<Integer>> byStory(List<Integer> order) {
      Map<String, List<Integer>> out = new LinkedHashMap<>();
      for (int i : order) out.computeIfAbsent(resolve(storyOf[i]), k -> new ArrayList<>()).add(i);
      return out;
    }

    /** The ids of {@code story}'s members stored before this batch, in the order they joined. */
    private List<String> storedMembers(StoryEntry story) {
      return story.members().stream().map(StoryEntry.Member::id).filter(id -> !index.containsKey(id)).toList();
    }

    /** The stored members among {@code ids} with the people they named recorded, read once per batch. */
    private List<String> recordedPeople(List<String> ids) {
      List<String> unread = ids.stream().filter(id -> !storedPeople.containsKey(id)).toList();
      if (!unread.isEmpty()) {
        Map<String, List<String>> read = state.memberPeople(unread);
        for (String id : unread) storedPeople.put(id, read.get(id));
      }
      return ids.stream().filter(id -> storedPeople.get(id) != null).toList();
    }

    /** Re-scores article {@code i} against the stories without it; whether it changed story. */
    private boolean reassign(int i) {
      Article a = batch.get(i);
      StoryEntry current = state.story(resolve(storyOf[i]));
      boolean lostHeadline = current.subtract(a, vectors.full[i], vectors.anchor[i], vectors.embeddings[i]);
      StoryEntry best = bestTwo(i, current.id())[0];
      if (best == null) best = current.size() == 0 ? current : found(a);
      Mate mate = best == current ? splitMate(i, current) : null;
      if (mate != null) best = found(a);
      if (best != current) left(current, best, a, lostHeadline);
      join(i, best);
      if (mate != null) moveMate(mate, current, best, a.id());
      return best != current;
    }

    /** Moves {@code mate} out of {@code from} into the story it founds with article {@code by} ({@link #splitMate}). */
    private void moveMate(Mate mate, StoryEntry from, StoryEntry pair, String by) {
      if (mate.storedId() != null) {
        moveStored(mate.storedId(), mate.embedding(), from, pair, by);
      } else {
        int k = mate.index();
        Article m = batch.get(k);
        boolean mateHeadline = from.subtract(m, vectors.full[k], vectors.anchor[k], vectors.embeddings[k]);
        left(from, pair, m, mateHeadline);
        join(k, pair);
      }
      pull(mate.stored(), from, pair, by);
    }

    /**
     * Moves stored member {@code id} (embedding {@code e}) from {@code from} to {@code pair}, founded by article
     * {@code by}: its vectors as weighed now are taken out of {@code from}'s centroids and put into {@code pair}'s,
     * its story id changes, and the split is recorded.
     */
    private void moveStored(String id, float[] e, StoryEntry from, StoryEntry pair, String by) {
      moveStored(state.articles(List.of(id)).get(id), e, from, pair, by);
    }

    /** {@link #moveStored(String, float[], StoryEntry, StoryEntry, String)} of a stored member already read. */
    private void moveStored(Article m, float[] e, StoryEntry from, StoryEntry pair, String by) {
      state.splitStory(from.id(), pair.id(), by, m.id());
      TermVector[] v = ArticleVectors.weighed(m, state);
      left(from, pair, m, from.subtract(m, v[0], v[1], e));
      add(pair, m, v[0], v[1], e);
      state.putArticles(List.of(m.withAnalysis(m.analysis().withStory(pair.id(), m.analysis().repostOf()))));
    }

    /**
     * After a member left {@code from} to found {@code pair} with a new article: {@code from}'s stored members
     * ({@code stored}, with their embeddings) that are closer by embedding to {@code pair} than to the rest of
     * {@code from} follow it, since they told the same event (the story took in the other event's tellings one by
     * one, in earlier batches, and the batch's own are moved by the sweeps).
     */
    private void pull(Map<String, float[]> stored, StoryEntry from, StoryEntry pair, String by) {
      for (Map.Entry<String, float[]> e : stored.entrySet()) {
        float[] v = e.getValue();
        if (v.length == 0 || from.size() <= 1) continue;
        double toPair = pair.embeddingCosine(v);
        double toRest = from.embeddingCosineWithout(v);
        if (toPair >= toRest) moveStored(e.getKey(), v, from, pair, by);
      }
    }

    /**
     * A member of a story that founds a new story with an article ({@link #splitMate}): one of the batch's (its
     * index) or a stored one (its id and embedding); with the story's other stored members and their embeddings.
     */
    private record Mate(int index, String storedId, float[] embedding, Map<String, float[]> stored) {}

    /**
     * The member of {@code current} (article {@code i} not in it) that founds a new story with article {@code i}
     * ({@link SplitPair}), or {@code null}. The story needs at least {@value #SPLIT_MIN_REST} embedded members besides
     * the article and none a repost following its original (a stored repost has no member embedding); members without
     * an embedding (other languages) stay where they are and are left out of the test. Stored members take part
     * through the embeddings they joined with ({@link CorpusState#memberEmbeddings}), while the story has at most
     * {@value #SPLIT_MAX_STORED_STORY} members: young stories, where a second event gets in (ECB+ dev in batches of 50:
     * 20 kept every split an unbounded test made).
     */
    private Mate splitMate(int i, StoryEntry current) {
      float[] x = vectors.embeddings[i];
      if (x == null || current.size() < SPLIT_MIN_REST) return null;
      List<Integer> rest = new ArrayList<>();
      List<String> restStored = new ArrayList<>();
      List<float[]> embeddings = new ArrayList<>();
      int own = 0;
      for (int k = 0; k < batch.size(); k++) {
        if (k == i || !current.id().equals(resolve(storyOf[k]))) continue;
        if (followsOriginal[k]) return null;
        own++;
        if (vectors.embeddings[k] != null) {
          rest.add(k);
          restStored.add(null);
          embeddings.add(vectors.embeddings[k]);
        }
      }
      Map<String, float[]> stored = new LinkedHashMap<>();
      if (own != current.size()) {
        if (current.size() > SPLIT_MAX_STORED_STORY) return null;
        List<String> ids = storedMembers(current);
        List<String> unread = ids.stream().filter(id -> !storedEmbeddings.containsKey(id)).toList();
        if (!unread.isEmpty()) {
          Map<String, float[]> read = state.memberEmbeddings(unread);
          for (String id : unread) storedEmbeddings.put(id, read.getOrDefault(id, UNRECORDED));
        }
        for (String id : ids) {
          float[] e = storedEmbeddings.get(id);
          if (e == UNRECORDED) return null;
          stored.put(id, e);
          if (e.length > 0) {
            rest.add(-1);
            restStored.add(id);
            embeddings.add(e);
          }
        }
      }
      if (embeddings.size() < SPLIT_MIN_REST) return null;
      int j = SplitPair.mate(x, embeddings, SPLIT_MARGIN);
      if (j < 0) return null;
      String id = restStored.get(j);
      if (id == null) return new Mate(rest.get(j), null, null, stored);
      stored.remove(id);
      return new Mate(-1, id, embeddings.get(j), stored);
    }

    /**
     * After article {@code a} left story {@code from} for {@code to}: an emptied story goes, logged as
     * merged into {@code to} (as when an analyst moves a story's last article); one whose headline was
     * {@code a}'s title takes its earliest remaining member's, as the entry keeps no titles.
     */
    private void left(StoryEntry from, StoryEntry to, Article a, boolean lostHeadline) {
      if (from.size() == 0) {
        state.mergeStory(from.id(), to.id(), a.id());
        merged(from, to);
        return;
      }
      Article earliest = lostHeadline ? article(from.toStory().articleIds().get(0)) : null;
      if (earliest != null) from.retitle(earliest);
      state.putStory(from);
    }

    /** A batch article, or else a stored one, by id ({@code null}: neither). */
    private Article article(String id) {
      Integer i = index.get(id);
      return i != null ? batch.get(i) : state.articles(List.of(id)).get(id);
    }

    /** The story of the article's original, if it is a repost of an article with a story. */
    private StoryEntry originalStory(Article a, Map<String, Article> storedOriginals) {
      String o = a.analysis().repostOf();
      if (o == null) return null;
      Integer inBatch = index.get(o);
      String id = inBatch != null ? storyOf[inBatch] : storedOriginals.containsKey(o) ? storedOriginals.get(o).analysis().storyId() : null;
      return id == null ? null : state.story(resolve(id));
    }

    private StoryEntry found(Article a) {
      // Not the id of a story gone in this batch either: resolve() would send its members to the survivor.
      String id = storyId(a.id(), taken -> state.story(taken) != null || mergedInto.containsKey(taken));
      StoryEntry s = new StoryEntry(id, state.nextStorySeq());
      state.putStory(s);
      return s;
    }

    /**
     * Merges the later-founded of two stories into the earlier; moves the absorbed story's stored
     * members (their story id changes) and this batch's.
     */
    private StoryEntry merge(StoryEntry x, StoryEntry y, String bridge) {
      StoryEntry survivor = x.seq() <= y.seq() ? x : y, absorbed = survivor == x ? y : x;
      survivor.absorb(absorbed);
      state.mergeStory(absorbed.id(), survivor.id(), bridge);
      state.putStory(survivor);
      merged(absorbed, survivor);
      mergedInto.replaceAll((from, to) -> to.equals(absorbed.id()) ? survivor.id() : to);
      List<String> stored = storedMembers(absorbed);
      List<Article> moved = state.articles(stored).values().stream()
          .map(m -> m.withAnalysis(m.analysis().withStory(survivor.id(), m.analysis().repostOf()))).toList();
      state.putArticles(moved);
      state.addPostings(survivor, absorbed.terms());
      return survivor;
    }

    /**
     * Whether story {@code s}'s words hold {@value #MIN_EVENT_TERMS} of article {@code i}'s event terms (one, if
     * it has only one): its background-rare terms that are also rare enough in the corpus to pin {@code s} down.
     * Topic words alone ("Ukraine", "NATO", "alliance") make no story. Counted in place: this runs for
     * every candidate of every article and sweep.
     */
    private boolean sharesEvent(StoryEntry s, int i) {
      double maxDf = Math.max(EVENT_MIN_DF, EVENT_DF_PER_MEMBER * s.size());
      String[] rare = vectors.events[i];
      int[] df = vectors.eventDf[i];
      int events = 0, shared = 0;
      for (int j = 0; j < rare.length; j++) {
        if (df[j] > maxDf) continue;
        events++;
        if (s.wordsHold(rare[j]) && ++shared >= MIN_EVENT_TERMS) return true;
      }
      return shared >= Math.min(MIN_EVENT_TERMS, Math.max(1, events));
    }

    private void merged(StoryEntry absorbed, StoryEntry survivor) {
      mergedInto.put(absorbed.id(), survivor.id());
      mergedSeq.put(absorbed.seq(), survivor.seq());
      survivorIds.put(survivor.seq(), survivor.id());
    }

    private String resolve(String id) {
      String out = id;
      while (out != null && mergedInto.containsKey(out)) out = mergedInto.get(out);
      return out;
    }


    /**
     * The stories sharing most weight with the article's heaviest terms, about {@link #CANDIDATES}
     * of them, among those close enough in time to be joined at all ({@link #reachDays}).
     */
    private List<String> candidates(TermVector full, TermVector anchor, LocalDate published) {
      LocalDate from = published == null || reachDays < 0 ? null : published.minusDays(reachDays);
      LocalDate to = from == null ? null : published.plusDays(reachDays);
      shared.clear();
      query(full, QUERY_TERMS, from, to);
      query(anchor, QUERY_TERMS / 2, from, to);
      return shared.best(CANDIDATES);
    }

    /** Adds the term weights to each story on the terms' postings (each story once per term), merged ones to their survivor. */
    private void query(TermVector v, int terms, LocalDate from, LocalDate to) {
      for (int k = 0; k < Math.min(terms, v.size()); k++) {
        String t = v.terms()[k];
        if (vectors.df.getOrDefault(t, 0) > maxDf) continue;
        PostedStories on = state.postedStories(t, from, to, POSTINGS_SCANNED);
        for (int j = 0; j < on.size(); j++) {
          long seq = on.seq(j);
          String id = on.id(j);
          for (long next = mergedSeq.get(seq); next != UNMERGED; next = mergedSeq.get(seq)) {
            seq = next;
            id = survivorIds.get(next);
          }
          shared.add(seq, id, v.weights()[k]);
        }
      }
    }
  }

  /** The article's similarity to a story: see the class comment. */
  private static double similarity(StoryEntry s, TermVector full, TermVector anchor, boolean sharesEvent, Article a,
                                   float[] embedding) {
    long gap = gapDays(s, a.published());
    if (gap > MAX_GAP_DAYS) return 0;
    double cos = s.sumNorm2() > 0 && sharesEvent ? s.dot(full) / Math.sqrt(s.sumNorm2()) : 0;
    if (cos > 0) {
      double e = s.embeddingCosine(embedding);
      if (!Double.isNaN(e) && e < EMBEDDING_GATE) cos = 0;
    }
    String main = s.mainLanguage();
    boolean otherLanguage = main != null && !a.language().equals(main) && !Article.UNDETERMINED_LANGUAGE.equals(a.language())
        && !Article.UNDETERMINED_LANGUAGE.equals(main);
    if (otherLanguage && s.anchorNorm2() > 0 && s.sharesAnchors(anchor, MIN_SHARED_ANCHORS)) {
      cos = Math.max(cos, CROSS_LINGUAL_WEIGHT * s.anchorDot(anchor) / Math.sqrt(s.anchorNorm2()));
    }
    return cos * Math.exp(-Math.max(0, gap - GRACE_DAYS) / (double) DECAY_DAYS);
  }

  /**
   * Days from the story's first article, not from its latest: measured from the latest, a story
   * could absorb a similar article every few days and snowball across months (it did on
   * synthetic corpora of 100k articles: one "story" took in 77 over seven months).
   */
  private static long gapDays(StoryEntry s, LocalDate d) {
    if (d == null || s.first() == null) return 0;
    return Math.abs(ChronoUnit.DAYS.between(s.first(), d));
  }

  /**
   * The id of a story founded by article {@code articleId}: {@value #STORY_ID_PREFIX} and the id, or with
   * "-2", "-3"… appended while {@code taken} says that one names another story.
   */
  public static String storyId(String articleId, Predicate<String> taken) {
    String base = STORY_ID_PREFIX + articleId;
    String id = base;
    for (int k = 2; taken.test(id); k++) id = base + "-" + k;
    return id;
  }

  private static Comparator<Integer> earliestFirst(List<Article> batch) {
    return Comparator.comparing(batch::get, Article.EARLIEST_FIRST);
  }

  @Override
  public String toString() {
    return NAME + "(threshold=" + threshold + (embeddings ? "" : ", no embeddings") + ")";
  }
}
