package dev.narrascope.dedup;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import dev.narrascope.StatefulStage;
import dev.narrascope.corpus.CorpusState;
import dev.narrascope.corpus.InMemoryCorpusState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Finds reposts: articles whose clean body is a near-copy of another's, even with inserted
 * boilerplate, reordered paragraphs or a changed headline (the title is ignored). Sets
 * {@code Analysis.repostOf} of every copy to the id of the group's earliest publisher (earliest
 * date, undated last, ties by id); the earliest keeps {@code repostOf == null}.
 *
 * <p>How: each body becomes a set of 4-word shingles; a 126-value MinHash signature of its
 * distinctive shingles (boilerplate left out, see {@link ShingleWeights}) split into 42 bands of 3
 * rows puts likely pairs (Jaccard above about 0.3) in a shared bucket, so the work grows with the
 * number of articles and candidates, never with all pairs. Every candidate pair is then
 * verified exactly: the share of the smaller article's shingles found in the other (containment)
 * must reach {@code minContainment}. Containment, not Jaccard, because a copy wrapped in boilerplate
 * still contains the whole original; and each shingle counts by its inverse document frequency
 * ({@link ShingleWeights}), so boilerplate shared by unrelated articles cannot link them. Two articles telling one event in their own words share few
 * 4-word shingles and are not linked.
 *
 * <p>Immutable; thread-safe.
 * <pre>{@code
 * List<Article> marked = new MinHashNearDuplicates(0.5).apply(batch, findings);
 * }</pre>
 */
public final class MinHashNearDuplicates implements StatefulStage {
  public static final String NAME = "nearDuplicates";
  static final int SHINGLE_WORDS = 4;
  static final int BANDS = 42;
  static final int ROWS = 3;
  /** Below this many shingles a text is too short to call a copy unless its shingles are identical. */
  static final int MIN_SHINGLES = 8;
  /** Comparisons per article within one bucket: bounds the work on huge buckets of identical copies. */
  public static final int MAX_BUCKET_COMPARISONS = 64;
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private final double minContainment;

  /**
   * With the default containment threshold 0.5: synthetic copies with boilerplate, shuffled and
   * dropped paragraphs and 3% of words changed keep at least 0.6 (1st percentile), while the seed
   * articles telling one story in different words share under 0.03.
   */
  public MinHashNearDuplicates() {
    this(0.5);
  }

  /** @throws IllegalArgumentException unless {@code minContainment} is in (0,1] */
  public MinHashNearDuplicates(double minContainment) {
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException("minContainment must be in (0,1]: " + minContainment);
    }
    this.minContainment = minContainment;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.REPOST_OF);
  }

  /** Finds the reposts within the batch alone (an empty in-memory state). */
  public List<Article> apply(List<Article> batch, Findings findings) {
    return apply(batch, new InMemoryCorpusState(), findings);
  }

  /**
   * Finds the batch's reposts among the batch and the articles indexed in {@code state} (candidates
   * from their stored LSH bands, then verified on their text), and indexes the batch's bands.
   * Stored articles keep their links: a batch article that is a copy of a stored one points to that
   * one's original, unless it is itself earlier (a backfill), in which case it is an original.
   * The same as {@link #links} over the candidates {@code state} holds, then {@link #mark}.
   */
  @Override
  public List<Article> apply(List<Article> batch, CorpusState state, Findings findings) {
    Shingled shingled = new Shingled(batch);
    Set<String> batchIds = ids(batch);
    List<Set<String>> sharing = new ArrayList<>(batch.size());
    Set<String> candidateIds = new HashSet<>();
    for (long[] k : shingled.keys) {
      Set<String> ids = k == null ? Set.of() : state.articlesInBands(k, MAX_BUCKET_COMPARISONS);
      sharing.add(ids);
      candidateIds.addAll(ids);
    }
    candidateIds.removeAll(batchIds);
    Map<String, Article> stored = candidateIds.isEmpty() ? Map.of() : state.articles(candidateIds);
    Map<String, String> texts = new HashMap<>();
    stored.forEach((id, a) -> texts.put(id, a.text()));
    return mark(batch, links(shingled, sharing, texts), state, stored);
  }

  /**
   * One batch article's repost evidence, all that {@link #mark} needs besides the corpus state: its
   * LSH band keys ({@code null} for an empty text), its group of copies in the batch (named by the
   * group's smallest batch position) and the stored articles verified as copies in that group.
   */
  public record Links(long[] bandKeys, int group, List<String> storedCopies) {
    public Links {
      storedCopies = List.copyOf(storedCopies);
    }
  }

  /**
   * The LSH band keys of each batch article ({@code null} for an empty text): the MinHash of its
   * distinctive shingles, weighed within the batch, so they depend on the whole batch.
   */
  public static long[][] bandKeys(List<Article> batch) {
    return new Shingled(batch).keys;
  }

  /**
   * The batch's {@link Links}: candidate pairs are batch articles sharing a band bucket and each batch
   * article with the stored articles sharing one of its bands; each pair is verified on the texts.
   *
   * @param keys        {@link #bandKeys} of the batch
   * @param sharing     per batch article, the stored articles sharing one of its band keys, as
   *                    {@link CorpusState#articlesInBands} answers with {@link #MAX_BUCKET_COMPARISONS}
   * @param storedTexts the text of each stored article in {@code sharing} (absent ones are skipped)
   */
  public List<Links> links(List<Article> batch, long[][] keys, List<Set<String>> sharing, Map<String, String> storedTexts) {
    return links(new Shingled(batch, keys), sharing, storedTexts);
  }

  private List<Links> links(Shingled batch, List<Set<String>> sharing, Map<String, String> storedTexts) {
    int n = batch.shingles.length;
    Set<String> batchIds = new HashSet<>(Arrays.asList(batch.ids));
    // Stored candidates in id order: the weights' sample (beyond ShingleWeights.SAMPLE) is then the same whoever asks.
    List<String> candidates = new ArrayList<>(new TreeSet<>(storedTexts.keySet()));
    Set<String> shared = new HashSet<>();
    sharing.forEach(shared::addAll);
    candidates.removeIf(id -> batchIds.contains(id) || !shared.contains(id));
    int total = n + candidates.size();
    String[] ids = Arrays.copyOf(batch.ids, total);
    long[][] shingles = Arrays.copyOf(batch.shingles, total);
    for (int i = n; i < total; i++) ids[i] = candidates.get(i - n);
    IntStream.range(n, total).parallel().forEach(i -> shingles[i] = Shingles.of(storedTexts.get(ids[i]), SHINGLE_WORDS));
    ShingleWeights weights = total == n ? batch.weights : new ShingleWeights(shingles);
    double[] totals = new double[total];
    IntStream.range(0, total).parallel().forEach(i -> totals[i] = weights.total(shingles[i]));
    UnionFind groups = new UnionFind(total);
    for (List<Integer> bucket : buckets(batch.keys)) {
      for (int x = 1; x < bucket.size(); x++) {
        int i = bucket.get(x);
        for (int y = Math.max(0, x - MAX_BUCKET_COMPARISONS); y < x; y++) {
          int j = bucket.get(y);
          if (groups.find(i) != groups.find(j) && isCopy(shingles[i], shingles[j], totals[i], totals[j], weights)) groups.union(i, j);
        }
      }
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = n; i < total; i++) position.put(ids[i], i);
    for (int i = 0; i < n; i++) {
      for (String id : sharing.get(i)) {
        Integer j = position.get(id);
        if (j != null && groups.find(i) != groups.find(j) && isCopy(shingles[i], shingles[j], totals[i], totals[j], weights)) {
          groups.union(i, j);
        }
      }
    }
    Map<Integer, Integer> firstOf = new HashMap<>();
    for (int i = n - 1; i >= 0; i--) firstOf.put(groups.find(i), i);
    Map<Integer, List<String>> storedCopies = new HashMap<>();
    for (int j = n; j < total; j++) {
      Integer first = firstOf.get(groups.find(j));
      if (first != null) storedCopies.computeIfAbsent(first, k -> new ArrayList<>()).add(ids[j]);
    }
    List<Links> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int group = firstOf.get(groups.find(i));
      out.add(new Links(batch.keys[i], group, storedCopies.getOrDefault(group, List.of())));
    }
    return out;
  }

  /**
   * The repost rule: each group's original is the earliest of its batch articles and of its stored
   * copies' originals ({@link Article#EARLIEST_FIRST}); every other batch article of the group gets
   * {@code repostOf} = that original. Records the batch's band keys in {@code state}.
   *
   * @param links the batch's {@link #links}, in batch order
   */
  public List<Article> mark(List<Article> batch, List<Links> links, CorpusState state) {
    return mark(batch, links, state, Map.of());
  }

  /** @param known stored articles already read from {@code state}, by id */
  private List<Article> mark(List<Article> batch, List<Links> links, CorpusState state, Map<String, Article> known) {
    int n = batch.size();
    if (links.size() != n) throw new IllegalArgumentException("links for " + links.size() + " of " + n + " articles");
    Set<String> batchIds = ids(batch);
    Set<String> copyIds = new HashSet<>();
    links.forEach(l -> copyIds.addAll(l.storedCopies()));
    Map<String, Article> stored = new HashMap<>();
    Set<String> unread = new HashSet<>();
    for (String id : copyIds) {
      if (known.containsKey(id)) stored.put(id, known.get(id));
      else unread.add(id);
    }
    if (!unread.isEmpty()) stored.putAll(state.articles(unread));
    Set<String> originals = new HashSet<>();
    for (Article s : stored.values()) {
      String o = s.analysis().repostOf();
      if (o != null && !batchIds.contains(o)) originals.add(o);
    }
    Map<String, Article> storedOriginals = new HashMap<>();
    for (String o : originals) {
      Article a = known.containsKey(o) ? known.get(o) : stored.get(o);
      if (a != null) storedOriginals.put(o, a);
    }
    originals.removeAll(storedOriginals.keySet());
    if (!originals.isEmpty()) storedOriginals.putAll(state.articles(originals));
    Map<Integer, Article> first = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Links l = links.get(i);
      first.merge(l.group(), batch.get(i), MinHashNearDuplicates::earlier);
      for (String id : l.storedCopies()) {
        Article s = stored.get(id);
        if (s != null) first.merge(l.group(), originalOf(s, storedOriginals), MinHashNearDuplicates::earlier);
      }
    }
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = batch.get(i);
      Article root = first.get(links.get(i).group());
      String repostOf = root.id().equals(a.id()) ? null : root.id();
      out.add(a.withAnalysis(a.analysis().withStory(a.analysis().storyId(), repostOf)));
      long[] keys = links.get(i).bandKeys();
      if (keys != null) state.addBands(a.id(), keys);
    }
    return out;
  }

  /**
   * This stage with each batch's {@link Links} given (computed elsewhere, e.g. on a cluster's
   * executors) instead of looked up in the corpus state: only {@link #mark} runs.
   *
   * @param links the links of a batch article, by id; must know every article the stage is given
   */
  public StatefulStage given(Function<String, Links> links) {
    MinHashNearDuplicates rule = this;
    return new StatefulStage() {
      @Override public String name() { return NAME; }
      @Override public Set<Key<?>> requires() { return rule.requires(); }
      @Override public Set<Key<?>> produces() { return rule.produces(); }
      @Override public List<Article> apply(List<Article> batch, CorpusState state, Findings findings) {
        List<Links> given = new ArrayList<>(batch.size());
        for (Article a : batch) {
          Links l = links.apply(a.id());
          if (l == null) throw new IllegalStateException("no repost links given for article " + a.id());
          given.add(l);
        }
        return rule.mark(batch, given, state);
      }
      @Override public String toString() { return rule + " with given links"; }
    };
  }

  private static Article earlier(Article x, Article y) {
    return Article.EARLIEST_FIRST.compare(x, y) <= 0 ? x : y;
  }

  private static Set<String> ids(List<Article> batch) {
    Set<String> ids = new HashSet<>();
    batch.forEach(a -> ids.add(a.id()));
    return ids;
  }

  /** A stored article's original: itself, or the article it reposts when that one is known. */
  private static Article originalOf(Article a, Map<String, Article> storedOriginals) {
    String o = a.analysis().repostOf();
    if (o == null) return a;
    Article original = storedOriginals.get(o);
    return original == null ? a : original;
  }

  /** A batch's shingles, their weights within the batch and its band keys. */
  private static final class Shingled {
    final String[] ids;
    final long[][] shingles;
    final ShingleWeights weights;
    final long[][] keys;

    Shingled(List<Article> batch) {
      this(batch, null);
    }

    /** @param keys the batch's band keys when known, else computed */
    Shingled(List<Article> batch, long[][] keys) {
      int n = batch.size();
      ids = batch.stream().map(Article::id).toArray(String[]::new);
      shingles = new long[n][];
      IntStream.range(0, n).parallel().forEach(i -> shingles[i] = Shingles.of(batch.get(i).text(), SHINGLE_WORDS));
      weights = new ShingleWeights(shingles);
      if (keys != null && keys.length != n) throw new IllegalArgumentException("band keys for " + keys.length + " of " + n + " articles");
      this.keys = keys != null ? keys : new long[n][];
      if (keys == null) IntStream.range(0, n).parallel().forEach(i -> this.keys[i] = bandKeys(weights.distinctive(shingles[i], MIN_SHINGLES)));
    }
  }

  /** LSH buckets with at least two members; members in input order. */
  private static List<List<Integer>> buckets(long[][] bandKeys) {
    int n = bandKeys.length;
    List<List<Integer>> out = new ArrayList<>();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (bandKeys[i] == null) continue;
        buckets.computeIfAbsent(bandKeys[i][band], k -> new ArrayList<>(2)).add(i);
      }
      for (List<Integer> b : buckets.values()) if (b.size() > 1) out.add(b);
    }
    return out;
  }

  /** One key per band: the band's MinHash values hashed together; {@code null} for an empty text. */
  private static long[] bandKeys(long[] shingles) {
    if (shingles.length == 0) return null;
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = band;
      for (int r = 0; r < ROWS; r++) {
        long seed = SEEDS[band * ROWS + r];
        long min = Long.MAX_VALUE;
        for (long s : shingles) min = Math.min(min, Shingles.mix(s ^ seed));
        key = Shingles.mix(key * 31 + min);
      }
      keys[band] = key;
    }
    return keys;
  }

  private boolean isCopy(long[] a, long[] b, double totalA, double totalB, ShingleWeights weights) {
    int small = Math.min(a.length, b.length);
    if (small == 0) return false;
    if (small < MIN_SHINGLES) return Shingles.intersection(a, b) == a.length && a.length == b.length;
    return weights.common(a, b) >= minContainment * Math.min(totalA, totalB);
  }

  private static long[] seeds(int n) {
    long[] s = new long[n];
    long x = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < n; i++) s[i] = x = Shingles.mix(x + 0x9E3779B97F4A7C15L);
    return s;
  }

  @Override
  public String toString() {
    return NAME + "(minContainment=" + minContainment + ")";
  }
}
