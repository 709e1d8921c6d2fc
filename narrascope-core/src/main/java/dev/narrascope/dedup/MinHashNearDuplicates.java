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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  static final int MAX_BUCKET_COMPARISONS = 64;
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
   */
  @Override
  public List<Article> apply(List<Article> batch, CorpusState state, Findings findings) {
    int n = batch.size();
    long[][] batchShingles = new long[n][];
    IntStream.range(0, n).parallel().forEach(i -> batchShingles[i] = Shingles.of(batch.get(i).text(), SHINGLE_WORDS));
    ShingleWeights batchWeights = new ShingleWeights(batchShingles);
    long[][] keys = new long[n][];
    IntStream.range(0, n).parallel().forEach(i -> keys[i] = bandKeys(batchWeights.distinctive(batchShingles[i], MIN_SHINGLES)));
    // Candidates among stored articles: those sharing a band, then the originals they point to.
    Set<String> batchIds = new HashSet<>();
    batch.forEach(a -> batchIds.add(a.id()));
    List<Set<String>> sharing = new ArrayList<>(n);
    Set<String> candidateIds = new LinkedHashSet<>();
    for (long[] k : keys) {
      Set<String> ids = k == null ? Set.of() : state.articlesInBands(k, MAX_BUCKET_COMPARISONS);
      sharing.add(ids);
      candidateIds.addAll(ids);
    }
    candidateIds.removeAll(batchIds);
    List<Article> all = new ArrayList<>(batch);
    Map<String, Article> stored = candidateIds.isEmpty() ? Map.of() : state.articles(candidateIds);
    all.addAll(stored.values());
    Set<String> originals = new HashSet<>();
    for (Article s : stored.values()) {
      String o = s.analysis().repostOf();
      if (o != null && !stored.containsKey(o) && !batchIds.contains(o)) originals.add(o);
    }
    Map<String, Article> storedOriginals = originals.isEmpty() ? Map.of() : state.articles(originals);
    int total = all.size();
    long[][] shingles = Arrays.copyOf(batchShingles, total);
    IntStream.range(n, total).parallel().forEach(i -> shingles[i] = Shingles.of(all.get(i).text(), SHINGLE_WORDS));
    ShingleWeights weights = total == n ? batchWeights : new ShingleWeights(shingles);
    double[] totals = new double[total];
    IntStream.range(0, total).parallel().forEach(i -> totals[i] = weights.total(shingles[i]));
    UnionFind groups = new UnionFind(total);
    for (List<Integer> bucket : buckets(keys)) {
      for (int x = 1; x < bucket.size(); x++) {
        int i = bucket.get(x);
        for (int y = Math.max(0, x - MAX_BUCKET_COMPARISONS); y < x; y++) {
          int j = bucket.get(y);
          if (groups.find(i) != groups.find(j) && isCopy(shingles[i], shingles[j], totals[i], totals[j], weights)) groups.union(i, j);
        }
      }
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = total - 1; i >= 0; i--) position.put(all.get(i).id(), i);
    for (int i = 0; i < n; i++) {
      for (String id : sharing.get(i)) {
        Integer j = position.get(id);
        if (j != null && j >= n && groups.find(i) != groups.find(j) && isCopy(shingles[i], shingles[j], totals[i], totals[j], weights)) {
          groups.union(i, j);
        }
      }
    }
    // Each group's original: the earliest of its batch articles and of its stored articles' originals.
    Map<Integer, Article> first = new HashMap<>();
    for (int i = 0; i < total; i++) {
      Article a = all.get(i);
      Article candidate = i < n ? a : originalOf(a, stored, storedOriginals);
      first.merge(groups.find(i), candidate, (x, y) -> Article.EARLIEST_FIRST.compare(x, y) <= 0 ? x : y);
    }
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = batch.get(i);
      Article root = first.get(groups.find(i));
      String repostOf = root.id().equals(a.id()) ? null : root.id();
      out.add(a.withAnalysis(a.analysis().withStory(a.analysis().storyId(), repostOf)));
      if (keys[i] != null) state.addBands(a.id(), keys[i]);
    }
    return out;
  }

  /** A stored article's original: itself, or the article it reposts when that one is known. */
  private static Article originalOf(Article a, Map<String, Article> stored, Map<String, Article> storedOriginals) {
    String o = a.analysis().repostOf();
    if (o == null) return a;
    Article original = stored.containsKey(o) ? stored.get(o) : storedOriginals.get(o);
    return original == null ? a : original;
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
