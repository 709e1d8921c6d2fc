package dev.narrascope.story;

import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.corpus.CorpusState;
import dev.narrascope.corpus.TermCounts;
import dev.narrascope.corpus.TermVector;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors of a batch over title and lead, with boosts for names and numbers (they pin an
 * event down better than common words and they survive translation), plus an "anchor" vector of
 * only those names and numbers for comparing articles in different languages. The names include
 * the canonical names of the entities found in the lead ({@code Analysis.entities}, Latin script
 * whatever the article's script: "Резников", "रेज़निकोव" and "Reznikov" are one term), so scripts
 * that {@link Terms} cannot transliterate still meet. Word terms' document frequencies are
 * blended with a background ({@link BackgroundFrequencies}) and each article's event-specific terms
 * are kept apart ({@link #events}). Built once per batch;
 * immutable afterwards and safe to read from many threads.
 */
final class ArticleVectors {
  /** Characters of body text that count as the lead: the event is told there; the rest drifts. */
  static final int LEAD_CHARS = 1200;
  static final int MAX_TERMS = 50;
  static final double TITLE_WEIGHT = 2.0;
  static final double NAME_BOOST = 2.0;
  static final double NUMBER_BOOST = 1.5;
  static final String ENTITY_PREFIX = "=";
  /**
   * Event-specific terms (what can pin an event: a less-common actor, a quote's distinctive word, a
   * figure) are in fewer than this share of background news of their language: "Ukraine" and
   * "NATO" are in far more, "Reznikov" and "shedding" are not. Set from the background's scale (a few
   * in a few hundred documents), not tuned on an evaluation set.
   */
  static final double EVENT_RATE = 0.02;
  final TermVector[] full;
  final TermVector[] anchor;
  /**
   * Per article, the terms of {@link #full} that are rare in background news ({@link #EVENT_RATE}):
   * the candidates for event-specific terms; whether one pins a story down also depends on how many
   * articles hold it for the story's size ({@link StoryClusterer}).
   */
  final String[][] events;
  /** The document frequency of each of {@link #events}' terms (1 when uncounted), in the same order. */
  final int[][] eventDf;
  /** Document frequency of every term of the batch in the whole counted corpus, batch included. */
  final Map<String, Integer> df;
  /** Per article its sentence embedding ({@link ArticleEmbedder}), or {@code null}. */
  final float[][] embeddings;

  private ArticleVectors(TermVector[] full, TermVector[] anchor, String[][] events, Map<String, Integer> df,
                         float[][] embeddings) {
    this.full = full;
    this.anchor = anchor;
    this.events = events;
    this.eventDf = new int[events.length][];
    for (int i = 0; i < events.length; i++) {
      eventDf[i] = new int[events[i].length];
      for (int j = 0; j < events[i].length; j++) eventDf[i][j] = df.getOrDefault(events[i][j], 1);
    }
    this.df = df;
    this.embeddings = embeddings;
  }

  /**
   * Counts the batch's terms into {@code state}'s document frequencies, then weighs each article
   * against the corpus so counted (earlier batches and this one). Over an empty state this is TF-IDF
   * over the batch alone.
   */
  static ArticleVectors of(List<Article> batch, CorpusState state, boolean embed) {
    return of(batch, state, BackgroundFrequencies.shipped(), embed);
  }

  static ArticleVectors of(List<Article> batch, CorpusState state, BackgroundFrequencies background, boolean embed) {
    int size = batch.size();
    TermCounts[] counts = new TermCounts[size];
    IntStream.range(0, size).parallel().forEach(i -> counts[i] = carriedOrCounted(batch.get(i)));
    state.addDocuments(Arrays.stream(counts).map(c -> Set.of(c.terms())).toList());
    Set<String> all = new HashSet<>();
    for (TermCounts c : counts) all.addAll(Arrays.asList(c.terms()));
    Map<String, Integer> df = state.documentFrequencies(all);
    long n = state.documents();
    TermVector[] full = new TermVector[size];
    TermVector[] anchor = new TermVector[size];
    String[][] events = new String[size][];
    IntStream.range(0, size).parallel().forEach(i -> {
      Weighed v = weigh(counts[i], batch.get(i).language(), df, n, background);
      full[i] = v.full();
      anchor[i] = v.anchor();
      events[i] = v.events();
    });
    return new ArticleVectors(full, anchor, events, df, embed ? ArticleEmbedder.embed(batch) : new float[size][]);
  }

  /**
   * A stored article's word and anchor vectors as {@link #of} weighs them now, counting nothing: how much of a
   * story's centroids it stands for when it moves to another story (its vectors at its join are not kept; the counts
   * have moved a little since, which the centroids' pruning of terms left near zero absorbs).
   */
  static TermVector[] weighed(Article a, CorpusState state) {
    TermCounts c = carriedOrCounted(a);
    Weighed v = weigh(c, a.language(), state.documentFrequencies(Arrays.asList(c.terms())), state.documents(),
        BackgroundFrequencies.shipped());
    return new TermVector[] {v.full(), v.anchor()};
  }

  private record Weighed(TermVector full, TermVector anchor, String[] events) {}

  private static Weighed weigh(TermCounts c, String lang, Map<String, Integer> df, long n, BackgroundFrequencies background) {
    int k = c.size();
    double[] w = new double[k];
    boolean[] isAnchor = new boolean[k];
    boolean[] isWord = new boolean[k];
    Set<String> rare = new HashSet<>();
    for (int j = 0; j < k; j++) {
      String term = c.terms()[j];
      int termDf = df.getOrDefault(term, 1);
      double boost = c.boosts()[j];
      // Canonical entity names stay on corpus counts: they are Latin whatever the article's script,
      // and no background counts them fairly (a Hindi outlet's "New Delhi" dateline is Devanagari
      // in the Hindi table and rare in the others, so it outweighed the event's actors).
      double bg = term.startsWith(ENTITY_PREFIX) ? -1 : background.rate(lang, term);
      double idf = 1 - Math.log(rate(n, termDf, bg));
      w[j] = (1 + Math.log(c.counts()[j])) * idf * boost;
      isAnchor[j] = boost == NUMBER_BOOST || term.startsWith(ENTITY_PREFIX);
      isWord[j] = !term.startsWith(ENTITY_PREFIX);
      if (bg < EVENT_RATE) rare.add(term);
    }
    TermVector full = top(c.terms(), w, isWord);
    return new Weighed(full, top(c.terms(), w, isAnchor), Arrays.stream(full.terms()).filter(rare::contains).toArray(String[]::new));
  }

  /**
   * Smoothed share of documents holding the term: the batch plus
   * {@link BackgroundFrequencies#PRIOR_DOCUMENTS} background documents of the article's language
   * holding it at rate {@code bg} ({@code -1}: no background).
   * The background says which terms are common news words when the batch is too small to know,
   * and fades as the batch grows. IDF is {@code 1 - ln(rate)}.
   */
  static double rate(long n, int df, double bg) {
    if (bg < 0) return (df + 1.0) / (n + 1.0);
    double prior = BackgroundFrequencies.PRIOR_DOCUMENTS;
    return (df + prior * bg + 1.0) / (n + prior + 1.0);
  }

  /** The counts the article carries ({@link StoryTermsStage}), else counted here (a replay of stored articles, evaluation). */
  private static TermCounts carriedOrCounted(Article a) {
    TermCounts carried = a.analysis().storyTerms();
    return carried != null ? carried : termCounts(a);
  }

  /** The article's story terms before weighting: what {@link StoryTermsStage} carries and {@link #of} weighs. */
  static TermCounts termCounts(Article a) {
    String text = a.text();
    String lead = text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text;
    List<Terms.Token> leadTokens = Terms.tokens(lead);
    Set<String> names = new HashSet<>();
    for (Terms.Token t : leadTokens) if (t.name()) names.add(t.term());
    // term -> {weighted count, boost}, in term order
    Map<String, double[]> m = new TreeMap<>();
    for (Terms.Token t : Terms.tokens(a.title())) count(m, t, TITLE_WEIGHT, names);
    for (Terms.Token t : leadTokens) count(m, t, 1.0, names);
    for (EntityMention e : a.analysis().entities()) {
      if (e.start() >= lead.length() || e.canonical() == null || e.canonical().isBlank()) continue;
      // A prefix no token can have keeps the whole canonical name one term, apart from word terms.
      m.computeIfAbsent(ENTITY_PREFIX + Terms.fold(e.canonical()), k -> new double[] {0, NAME_BOOST})[0] += 1.0;
    }
    String[] terms = m.keySet().toArray(String[]::new);
    double[] counts = new double[terms.length];
    double[] boosts = new double[terms.length];
    for (int j = 0; j < terms.length; j++) {
      double[] v = m.get(terms[j]);
      counts[j] = v[0];
      boosts[j] = v[1];
    }
    return new TermCounts(terms, counts, boosts);
  }

  private static void count(Map<String, double[]> m, Terms.Token t, double weight, Set<String> names) {
    double boost = t.number() ? NUMBER_BOOST : names.contains(t.term()) ? NAME_BOOST : 1.0;
    double[] v = m.computeIfAbsent(t.term(), k -> new double[] {0, boost});
    v[0] += weight;
  }

  /** The {@link #MAX_TERMS} heaviest terms (only those flagged in {@code only}), L2-normalised. */
  private static TermVector top(String[] terms, double[] w, boolean[] only) {
    Integer[] order = IntStream.range(0, terms.length).filter(i -> only[i]).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (x, y) -> w[y] != w[x] ? Double.compare(w[y], w[x]) : terms[x].compareTo(terms[y]));
    int k = Math.min(MAX_TERMS, order.length);
    double norm = 0;
    for (int i = 0; i < k; i++) norm += w[order[i]] * w[order[i]];
    norm = Math.sqrt(norm);
    if (k == 0 || norm == 0) return TermVector.EMPTY;
    String[] t = new String[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      t[i] = terms[order[i]];
      v[i] = w[order[i]] / norm;
    }
    return new TermVector(t, v);
  }
}
