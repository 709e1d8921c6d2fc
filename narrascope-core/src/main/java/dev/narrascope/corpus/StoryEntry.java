package dev.narrascope.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.Story;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One story's state in the story index: the sums of its members' term vectors (the centroid, by
 * words and by cross-lingual anchors) with their squared norms, the sum of its English members'
 * sentence embeddings (absent in stories stored before them, and until an English member joins),
 * its members with their dates, its languages and outlets, first and last dates and headline.
 * Mutable and not thread-safe: it belongs to the batch that loaded it until
 * {@link CorpusState#putStory} records it. Stored as bytes ({@link #toBytes}; JSON, {@link #toJson}, before).
 *
 * <p>The centroids keep at most {@value #MAX_TERMS} terms (the heaviest; pruned when they reach
 * twice that), so a story of thousands of articles costs what a story of dozens does; the weight
 * lost is the long tail that no single article's cosine notices.
 */
public final class StoryEntry {
  static final int MAX_TERMS = 400;
  /** A centroid weight this small after a member's vector is taken out is rounding left by that member alone. */
  private static final double RESIDUE = 1e-9;
  /**
   * {@link Json#MAPPER} without field-name canonicalisation: a centroid's terms are JSON field
   * names, thousands of distinct ones across stories, and interning each into the parser's symbol
   * table tripled the cost of reading a story's state (the most frequent read of adding news).
   * Otherwise {@link Json#MAPPER}'s own factory settings.
   */
  private static final ObjectMapper STATE = Json.MAPPER.copyWith(Json.MAPPER.getFactory().rebuild()
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build());

  /** A member article and its publication date ({@code null}: undated). */
  public record Member(String id, LocalDate published) {}

  /** The stored form. */
  record Data(String id, long seq, Map<String, Double> sum, double sumNorm2, Map<String, Double> anchorSum,
              double anchorNorm2, List<Member> members, Map<String, Integer> languages, Map<String, Integer> outlets,
              String mainLanguage, LocalDate first, LocalDate last, String headline, double headlineScore,
              String embedding) {}

  private final String id;
  private final long seq;
  private Map<String, Double> sum;
  private double sumNorm2;
  private Map<String, Double> anchorSum;
  private double anchorNorm2;
  private List<Member> members;
  private Map<String, Integer> languages;
  private Map<String, Integer> outlets;
  private String mainLanguage;
  private LocalDate first;
  private LocalDate last;
  private String headline;
  private double headlineScore;
  /** Sum of the members' sentence embeddings ({@code null}: none embedded); never changed in place, so copies share it. */
  private float[] embedding;
  /** Whether the maps and member list are shared with a {@link #copy}: they are copied before the first change. */
  private boolean shared;

  public StoryEntry(String id, long seq) {
    this(new Data(id, seq, new HashMap<>(), 0, new HashMap<>(), 0, new ArrayList<>(), new HashMap<>(), new HashMap<>(),
        null, null, null, null, -1, null));
  }

  /** Takes the data's maps and list as they are: the callers hand over fresh, mutable ones. */
  private StoryEntry(Data d) {
    id = d.id();
    seq = d.seq();
    sum = d.sum();
    sumNorm2 = d.sumNorm2();
    anchorSum = d.anchorSum();
    anchorNorm2 = d.anchorNorm2();
    members = d.members();
    languages = d.languages();
    outlets = d.outlets();
    mainLanguage = d.mainLanguage();
    first = d.first();
    last = d.last();
    headline = d.headline();
    headlineScore = d.headlineScore();
    embedding = d.embedding() == null ? null : Embeddings.decode(d.embedding());
  }

  /**
   * A story given from outside (an import, a test fixture) with its members: headline and members as
   * given, no centroid, so no article joins it by similarity (reposts of its members still do).
   */
  public static StoryEntry of(Story story, List<Article> members, long seq) {
    StoryEntry e = new StoryEntry(story.id(), seq);
    for (Article a : members) e.add(a, null, null, null);
    e.headline = story.headline();
    return e;
  }

  public String id() {
    return id;
  }

  public long seq() {
    return seq;
  }

  public int size() {
    return members.size();
  }

  public List<Member> members() {
    return List.copyOf(members);
  }

  public LocalDate first() {
    return first;
  }

  public LocalDate last() {
    return last;
  }

  /** Whether the first article is dated within [{@code from}, {@code to}]: true when undated or either bound is {@code null}. */
  public boolean firstWithin(LocalDate from, LocalDate to) {
    return first == null || from == null || to == null || !first.isBefore(from) && !first.isAfter(to);
  }

  public String mainLanguage() {
    return mainLanguage;
  }

  public double sumNorm2() {
    return sumNorm2;
  }

  public double anchorNorm2() {
    return anchorNorm2;
  }

  /** The terms of both centroids (what the story's postings hold). */
  public Set<String> terms() {
    Set<String> out = new HashSet<>(sum.keySet());
    out.addAll(anchorSum.keySet());
    return out;
  }

  /** Whether either centroid holds {@code term}: {@link #terms}{@code .contains(term)} without building the set. */
  public boolean holds(String term) {
    return sum.containsKey(term) || anchorSum.containsKey(term);
  }

  /** Centroid (sum of member vectors) · v. */
  public double dot(TermVector v) {
    return dot(sum, v);
  }

  public double anchorDot(TermVector v) {
    return dot(anchorSum, v);
  }

  /** Whether the word centroid holds {@code term}. */
  public boolean wordsHold(String term) {
    return sum.containsKey(term);
  }

  /** Whether the anchor centroid holds at least {@code n} of {@code anchor}'s terms (looks no further than the n-th). */
  public boolean sharesAnchors(TermVector anchor, int n) {
    int found = 0;
    for (String t : anchor.terms()) if (anchorSum.containsKey(t) && ++found >= n) return true;
    return n <= 0;
  }

  /** Cosine of {@code v} (unit length) and the embedding centroid; {@code NaN} when either is missing. */
  public double embeddingCosine(float[] v) {
    if (v == null || embedding == null) return Double.NaN;
    double d = 0, n = 0;
    for (int k = 0; k < v.length; k++) {
      d += v[k] * embedding[k];
      n += embedding[k] * embedding[k];
    }
    return n > 0 ? d / Math.sqrt(n) : Double.NaN;
  }

  /**
   * Cosine of {@code v} (a member's embedding, unit length) and the embedding centroid less {@code v}: the member
   * against the rest of its story; {@code NaN} when either is missing or nothing else is left.
   */
  public double embeddingCosineWithout(float[] v) {
    if (v == null || v.length == 0 || embedding == null) return Double.NaN;
    double d = 0, n = 0;
    for (int k = 0; k < v.length; k++) {
      double r = embedding[k] - v[k];
      d += v[k] * r;
      n += r * r;
    }
    return n > 1e-6 ? d / Math.sqrt(n) : Double.NaN;
  }

  /** Cosine of the two stories' word centroids. */
  public double cosine(StoryEntry other) {
    if (sumNorm2 <= 0 || other.sumNorm2 <= 0) return 0;
    Map<String, Double> small = sum.size() <= other.sum.size() ? sum : other.sum;
    Map<String, Double> big = small == sum ? other.sum : sum;
    double d = 0;
    for (var e : small.entrySet()) d += e.getValue() * big.getOrDefault(e.getKey(), 0.0);
    return d / Math.sqrt(sumNorm2 * other.sumNorm2);
  }

  /**
   * Adds a member. Its vectors and sentence embedding ({@code null} for a repost, which joins its
   * original's story without moving the centroid; the embedding also for a non-English article) are
   * added to the centroids; its title becomes the headline when it is the
   * original member closest to the centroid so far.
   */
  public void add(Article a, TermVector full, TermVector anchor, float[] embedded) {
    own();
    members.add(new Member(a.id(), a.published()));
    if (embedded != null) embedding = Embeddings.add(embedding, embedded);
    if (full != null) sumNorm2 = addTo(sum, sumNorm2, full);
    if (anchor != null) anchorNorm2 = addTo(anchorSum, anchorNorm2, anchor);
    widenDates(a.published(), a.published());
    int count = languages.merge(a.language(), 1, Integer::sum);
    if (mainLanguage == null || count > languages.get(mainLanguage)) mainLanguage = a.language();
    if (a.outlet() != null) outlets.merge(a.outlet(), 1, Integer::sum);
    if (headline == null) headline = a.title();
    if (full != null && !a.title().isBlank() && a.analysis().repostOf() == null) {
      double score = dot(full);
      if (score > headlineScore + 1e-12) {
        headlineScore = score;
        headline = a.title();
      }
    }
  }

  /**
   * Removes member {@code a} (an analyst moved it to another story): members, languages, outlets
   * and dates follow; the centroid keeps its terms, since the member's vector is not kept and one
   * article moved out does not change what the story is about. No-op when {@code a} is no member.
   *
   * @return whether the story's headline was {@code a}'s title: the caller then gives it another
   *     member's ({@link #retitle}), since the entry keeps no titles
   */
  public boolean remove(Article a) {
    own();
    if (!members.removeIf(m -> m.id().equals(a.id()))) return false;
    languages.computeIfPresent(a.language(), (l, n) -> n > 1 ? n - 1 : null);
    if (a.outlet() != null) outlets.computeIfPresent(a.outlet(), (o, n) -> n > 1 ? n - 1 : null);
    mainLanguage = languages.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    first = null;
    last = null;
    for (Member m : members) widenDates(m.published(), m.published());
    return a.title().equals(headline);
  }

  /**
   * Takes member {@code a} out with the vectors it was added with ({@link #add}): what the story would
   * be without it, so the article can be scored against the story fairly (a batch's refinement
   * sweep). Terms pruned from the centroid stay out; terms only it held leave the centroid. No-op
   * when {@code a} is no member.
   *
   * @return whether the story's headline was {@code a}'s title (see {@link #remove})
   */
  public boolean subtract(Article a, TermVector full, TermVector anchor, float[] embedded) {
    if (members.stream().noneMatch(m -> m.id().equals(a.id()))) return false;
    own();
    boolean headlined = remove(a);
    if (full != null) sumNorm2 = subtractFrom(sum, full);
    if (anchor != null) anchorNorm2 = subtractFrom(anchorSum, anchor);
    if (embedded != null && embedding != null) embedding = Embeddings.subtract(embedding, embedded);
    return headlined;
  }

  /**
   * Makes member {@code a}'s title the headline, until a later member closer to the centroid
   * replaces it (its score is reset, as its vector is not kept).
   */
  public void retitle(Article a) {
    headline = a.title();
    headlineScore = 0;
  }

  /** Takes in every member and the centroids of {@code other} (a merge). */
  public void absorb(StoryEntry other) {
    own();
    members.addAll(other.members);
    other.sum.forEach((t, w) -> sum.merge(t, w, Double::sum));
    other.anchorSum.forEach((t, w) -> anchorSum.merge(t, w, Double::sum));
    if (other.embedding != null) embedding = Embeddings.add(embedding, other.embedding);
    sumNorm2 = prune(sum);
    anchorNorm2 = prune(anchorSum);
    other.languages.forEach((l, c) -> languages.merge(l, c, Integer::sum));
    other.outlets.forEach((o, c) -> outlets.merge(o, c, Integer::sum));
    mainLanguage = languages.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(mainLanguage);
    widenDates(other.first, other.last);
    if (other.headlineScore > headlineScore) {
      headline = other.headline;
      headlineScore = other.headlineScore;
    }
  }

  private void widenDates(LocalDate from, LocalDate to) {
    if (from != null && (first == null || from.isBefore(first))) first = from;
    if (to != null && (last == null || to.isAfter(last))) last = to;
  }

  /** The story as reported: members earliest first (undated last, ties by id), outlets and languages by count. */
  public Story toStory() {
    List<Member> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(Member::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(Member::id));
    return new Story(id, headline == null ? "" : headline, sorted.stream().map(Member::id).toList(), byCount(outlets),
        byCount(languages), first, last);
  }

  /**
   * A copy that changes independently of this entry, copy on write: the two share their maps until either
   * changes (its own are then rebuilt, in the shared ones' order), so a copy costs nothing for the many
   * stories a batch only scores an article against.
   */
  public StoryEntry copy() {
    shared = true;
    StoryEntry e = new StoryEntry(new Data(id, seq, sum, sumNorm2, anchorSum, anchorNorm2, members, languages,
        outlets, mainLanguage, first, last, headline, headlineScore, null));
    e.embedding = embedding;
    e.shared = true;
    return e;
  }

  /**
   * A copy equal to {@code fromBytes(toBytes())} (and {@code fromJson(toJson())}) down to the iteration order of
   * its maps (filled in this entry's order, as the stored state lists them, into maps grown the same way), so that sums over a centroid add
   * in the same order and a kept state decides as one read again would. (A {@link #copy} of an entry keeps
   * that entry's order, which after prunes and merges need not be a re-read one's.)
   */
  public StoryEntry reread() {
    StoryEntry e = new StoryEntry(new Data(id, seq, refill(sum), sumNorm2, refill(anchorSum), anchorNorm2,
        new ArrayList<>(members), refill(languages), refill(outlets), mainLanguage, first, last, headline,
        headlineScore, null));
    e.embedding = embedding;
    return e;
  }

  private void own() {
    if (!shared) return;
    sum = refill(sum);
    anchorSum = refill(anchorSum);
    members = new ArrayList<>(members);
    languages = refill(languages);
    outlets = refill(outlets);
    shared = false;
  }

  private static <V> Map<String, V> refill(Map<String, V> from) {
    Map<String, V> to = new HashMap<>();
    from.forEach(to::put);
    return to;
  }

  /**
   * About how many bytes of heap this entry holds (measured on stored stories: ~150 per centroid term,
   * with its map node, key and boxed weight), for bounding a cache of entries.
   */
  public long heapBytes() {
    long bytes = 256 + 150L * (sum.size() + anchorSum.size()) + 120L * members.size()
        + 100L * (languages.size() + outlets.size());
    if (headline != null) bytes += 48 + 2L * headline.length();
    if (embedding != null) bytes += 16 + 4L * embedding.length;
    return bytes;
  }

  /**
   * The state as the store keeps it ({@link StoryStateBytes}): what {@link #toJson} holds,
   * a third smaller and read back about three times faster; {@link #fromBytes} of it equals {@link #fromJson} of the JSON.
   */
  public byte[] toBytes() {
    return StoryStateBytes.write(new Data(id, seq, sum, sumNorm2, anchorSum, anchorNorm2, members, languages, outlets,
        mainLanguage, first, last, headline, headlineScore, null), embedding);
  }

  /**
   * Reads what {@link #toBytes} wrote.
   *
   * @throws IllegalArgumentException for bytes that are not a stored state
   */
  public static StoryEntry fromBytes(byte[] bytes) {
    return StoryStateBytes.read(bytes);
  }

  /** An entry of the data's maps and list as they are, with the embedding sum {@code embedding} (not copied). */
  static StoryEntry restored(Data d, float[] embedding) {
    StoryEntry e = new StoryEntry(d);
    e.embedding = embedding;
    return e;
  }

  /**
   * The JSON form that stores wrote before Flyway V10 (read by {@link #fromJson}, which the store's V11 uses to
   * convert such states to bytes). Nothing stores it now: it is the reference the byte form is checked against
   * ({@code StoryEntryTest}) and a readable dump of a state.
   */
  public String toJson() {
    try {
      return STATE.writeValueAsString(new Data(id, seq, sum, sumNorm2, anchorSum, anchorNorm2, members, languages,
          outlets, mainLanguage, first, last, headline, headlineScore, embedding == null ? null : Embeddings.encode(embedding)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write story " + id, e);
    }
  }

  /**
   * Reads what {@link #toJson} wrote (fields in any order; unknown ones skipped, missing ones empty), token by
   * token straight into the entry's maps (it was the stored form's reader until V10, when it read every state a
   * batch scored; now it reads old stores' states once, when V11 converts them).
   *
   * @throws IllegalArgumentException for JSON that is not a stored story entry
   */
  public static StoryEntry fromJson(String json) {
    try (JsonParser p = STATE.getFactory().createParser(json)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      String id = null, mainLanguage = null, headline = null, embedding = null;
      long seq = 0;
      double sumNorm2 = 0, anchorNorm2 = 0, headlineScore = 0;
      Map<String, Double> sum = new HashMap<>(), anchorSum = new HashMap<>();
      List<Member> members = new ArrayList<>();
      Map<String, Integer> languages = new HashMap<>(), outlets = new HashMap<>();
      LocalDate first = null, last = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "id" -> id = p.getValueAsString();
          case "seq" -> seq = p.getLongValue();
          case "sum" -> readPairs(p, value, term -> sum.put(term, p.getDoubleValue()));
          case "sumNorm2" -> sumNorm2 = p.getDoubleValue();
          case "anchorSum" -> readPairs(p, value, term -> anchorSum.put(term, p.getDoubleValue()));
          case "anchorNorm2" -> anchorNorm2 = p.getDoubleValue();
          case "members" -> readMembers(p, value, members);
          case "languages" -> readPairs(p, value, language -> languages.put(language, p.getIntValue()));
          case "outlets" -> readPairs(p, value, outlet -> outlets.put(outlet, p.getIntValue()));
          case "mainLanguage" -> mainLanguage = p.getValueAsString();
          case "first" -> first = date(p);
          case "last" -> last = date(p);
          case "headline" -> headline = p.getValueAsString();
          case "headlineScore" -> headlineScore = p.getDoubleValue();
          case "embedding" -> embedding = p.getValueAsString();
          default -> p.skipChildren();
        }
      }
      return new StoryEntry(new Data(id, seq, sum, sumNorm2, anchorSum, anchorNorm2, members, languages, outlets,
          mainLanguage, first, last, headline, headlineScore, embedding));
    } catch (IOException | DateTimeParseException e) {
      throw new IllegalArgumentException("Not a stored story entry: " + e.getMessage(), e);
    }
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) throw new JsonParseException(p, "expected " + expected + ", found " + actual);
  }

  /** Reads one JSON object of {@code name: number} pairs (or null), handing each name to {@code put} with the parser at its value. */
  private static void readPairs(JsonParser p, JsonToken value, PairReader put) throws IOException {
    if (value == JsonToken.VALUE_NULL) return;
    expect(p, value, JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      put.read(name);
    }
  }

  @FunctionalInterface
  private interface PairReader {
    void read(String name) throws IOException;
  }

  private static void readMembers(JsonParser p, JsonToken value, List<Member> into) throws IOException {
    if (value == JsonToken.VALUE_NULL) return;
    expect(p, value, JsonToken.START_ARRAY);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String id = null;
      LocalDate published = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id" -> id = p.getValueAsString();
          case "published" -> published = date(p);
          default -> p.skipChildren();
        }
      }
      into.add(new Member(id, published));
    }
  }

  private static LocalDate date(JsonParser p) throws IOException {
    String text = p.getValueAsString();
    return text == null ? null : LocalDate.parse(text);
  }

  private static double dot(Map<String, Double> sum, TermVector v) {
    double s = 0;
    for (int k = 0; k < v.terms().length; k++) {
      Double w = sum.get(v.terms()[k]);
      if (w != null) s += w * v.weights()[k];
    }
    return s;
  }

  /** |S+v|² = |S|² + 2 S·v + |v|², so the norm is kept without a pass over the centroid. */
  private static double addTo(Map<String, Double> sum, double norm2, TermVector v) {
    double dot = dot(sum, v);
    for (int k = 0; k < v.terms().length; k++) sum.merge(v.terms()[k], v.weights()[k], Double::sum);
    double self = 0;
    for (double w : v.weights()) self += w * w;
    double n2 = norm2 + 2 * dot + self;
    return sum.size() >= 2 * MAX_TERMS ? prune(sum) : n2;
  }

  /** {@code sum - v} on the terms {@code sum} holds, dropping those left (about) zero; returns the squared norm. */
  private static double subtractFrom(Map<String, Double> sum, TermVector v) {
    for (int k = 0; k < v.terms().length; k++) {
      double w = v.weights()[k];
      sum.computeIfPresent(v.terms()[k], (t, x) -> x - w > RESIDUE ? x - w : null);
    }
    return norm2(sum);
  }

  /** Keeps the {@value #MAX_TERMS} heaviest terms once there are twice as many; returns the squared norm. */
  private static double prune(Map<String, Double> sum) {
    if (sum.size() >= 2 * MAX_TERMS) {
      List<Map.Entry<String, Double>> entries = new ArrayList<>(sum.entrySet());
      entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      for (Map.Entry<String, Double> e : entries.subList(MAX_TERMS, entries.size())) sum.remove(e.getKey());
    }
    return norm2(sum);
  }

  private static double norm2(Map<String, Double> sum) {
    double n = 0;
    for (double w : sum.values()) n += w * w;
    return n;
  }

  private static List<String> byCount(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }
}
