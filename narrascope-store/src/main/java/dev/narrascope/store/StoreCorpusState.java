package dev.narrascope.store;

import dev.narrascope.Article;
import dev.narrascope.corpus.CorpusState;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.corpus.MemberEmbeddings;
import dev.narrascope.corpus.PostedStories;
import dev.narrascope.corpus.StoryEntry;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A store's {@link CorpusState} for one batch: reads through the batch's transaction (index
 * lookups only: by id, by band key, by term) over an {@link InMemoryCorpusState} of what the batch
 * wrote so far, and {@link #flush}es that before the transaction commits. Memory is bounded by the batch and the
 * stories it touches, never by the corpus. Not thread-safe: one batch, one thread.
 */
final class StoreCorpusState implements CorpusState {
  private static final String DOCUMENTS = "documents";
  /** Postings kept read per batch (a few MB): beyond them a term's postings are read again when asked for again. */
  private static final int MAX_CACHED_POSTINGS = 200_000;

  private final Connection c;
  /** The stored band keys and postings, with a filter per run: most look-ups never reach the database. */
  private final CorpusRuns runs;
  /** Articles, bands, term counts and postings written since the last flush. */
  private InMemoryCorpusState pending = new InMemoryCorpusState();
  private Long storedDocuments;
  private final Map<String, StoryEntry> loaded = new HashMap<>();
  private final Map<String, StoryEntry> changed = new LinkedHashMap<>();
  /** First dates of the stories read from the database, as their postings' {@code first_day} holds them. */
  private final Map<String, LocalDate> storedFirst = new HashMap<>();
  /** Stored stories whose first date moved in this batch: their postings' {@code first_day} is stale until {@link #flush}. */
  private final Map<String, StoryEntry> refirsted = new LinkedHashMap<>();
  private final Set<String> absorbed = new LinkedHashSet<>();
  /**
   * The sequence numbers of {@link #absorbed} and {@link #refirsted} stories: a stored posting names its story by
   * both, and testing a posting's number on these sets costs a fraction of hashing its story id, which is the
   * scan's inner loop ({@link PostingsRead#hidden}). {@code seqsKnown} turns false when a story without a stored
   * state (written before the story index) was absorbed: its number is unknown, so the ids are tested then.
   */
  private final LongOpenHashSet absorbedSeqs = new LongOpenHashSet();
  private final LongOpenHashSet refirstedSeqs = new LongOpenHashSet();
  private boolean seqsKnown = true;
  /** The numbers of the stories absorbed since the last flush. */
  private final LongOpenHashSet absorbedSinceFlush = new LongOpenHashSet();
  /** Stored postings read since the last flush, per term. */
  private final Map<String, PostingsRead> postingsRead = new HashMap<>();
  /**
   * The sequence numbers of the stories whose postings' hiding may have changed since the last flush (absorbed,
   * re-dated, re-dated back), in order: each {@link PostingsRead} applies only those it has not seen.
   */
  private final LongArrayList hidingChanged = new LongArrayList();
  private int postingsCached;
  private final List<String[]> merges = new ArrayList<>();
  /** {from, to, articleId, movedId} per {@link #splitStory}, written with the next flush. */
  private final List<String[]> splits = new ArrayList<>();
  private long seq = -1;

  /** Whether {@link #addDocuments} counts: not when stored articles are replayed (they were counted). */
  private final boolean countTerms;
  /**
   * Whether merges and splits go into the story history: not during a re-clustering, whose intermediate stories
   * never existed for a user (it logs each article's net move instead, {@link StoryHistory#logMoves}).
   */
  private final boolean logChanges;

  /** A state for a batch on {@code c}, whose transaction sees the stored runs as {@code runs}. */
  StoreCorpusState(Connection c, CorpusRuns runs) {
    this(c, runs, true, true);
  }

  private StoreCorpusState(Connection c, CorpusRuns runs, boolean countTerms, boolean logChanges) {
    this.c = c;
    this.runs = runs;
    this.countTerms = countTerms;
    this.logChanges = logChanges;
  }

  /** A state for replaying stored articles: their terms are already in the document frequencies. */
  static StoreCorpusState replaying(Connection c, CorpusRuns runs) {
    return new StoreCorpusState(c, runs, false, true);
  }

  /**
   * A state for re-clustering stored articles ({@code countTerms}: whether their terms are counted again, as when
   * the whole index is rebuilt); its merges and splits are not logged.
   */
  static StoreCorpusState reclustering(Connection c, CorpusRuns runs, boolean countTerms) {
    return new StoreCorpusState(c, runs, countTerms, false);
  }

  /** The articles this batch put (new ones and stored ones it moved). */
  Collection<Article> putArticles() {
    return pending.allArticles();
  }

  @Override
  public Map<String, Article> articles(Collection<String> ids) {
    Map<String, Article> out = new HashMap<>(pending.articles(ids));
    List<String> missing = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) if (!out.containsKey(id)) missing.add(id);
    forChunks(missing, (ps, n) -> {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Article a = ArticleRows.article(rs);
          out.put(a.id(), a);
        }
      }
    }, n -> "SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE id IN (" + SqlLists.marks(n) + ")");
    return out;
  }

  @Override
  public void putArticles(Collection<Article> batch) {
    pending.putArticles(batch);
  }

  @Override
  public void putMember(String articleId, float[] embedding, Collection<String> people) {
    pending.putMember(articleId, embedding, people);
  }

  @Override
  public Map<String, float[]> memberEmbeddings(Collection<String> ids) {
    Map<String, float[]> out = new HashMap<>(pending.memberEmbeddings(ids));
    List<String> missing = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) if (!out.containsKey(id)) missing.add(id);
    forChunks(missing, (ps, n) -> {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), MemberEmbeddings.decode(rs.getBytes(2)));
      }
    }, n -> "SELECT article_id, embedding FROM member_embeddings WHERE article_id IN (" + SqlLists.marks(n) + ")");
    return out;
  }

  @Override
  public Map<String, List<String>> memberPeople(Collection<String> ids) {
    Map<String, List<String>> out = new HashMap<>(pending.memberPeople(ids));
    List<String> missing = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) if (!out.containsKey(id)) missing.add(id);
    forChunks(missing, (ps, n) -> {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), people(rs.getString(2)));
      }
    }, n -> "SELECT article_id, people FROM member_embeddings WHERE people IS NOT NULL AND article_id IN ("
        + SqlLists.marks(n) + ")");
    return out;
  }

  /** The people of a member as the column keeps them, one name a line (names hold no line breaks). */
  private static List<String> people(String column) {
    return column.isEmpty() ? List.of() : List.of(column.split("\n"));
  }

  @Override
  public Set<String> articlesInBands(long[] bandKeys, int perKey) {
    Set<String> out = new LinkedHashSet<>(pending.articlesInBands(bandKeys, perKey));
    // Every stored row of the keys, then per key the smallest ids in ID_ORDER: the same whatever the
    // database's collation.
    Map<Long, TreeSet<String>> byKey = read(() -> runs.bands().rowsOf(bandKeys));
    for (TreeSet<String> ids : byKey.values()) ids.stream().limit(perKey).forEach(out::add);
    return out;
  }

  @Override
  public void addBands(String articleId, long[] bandKeys) {
    pending.addBands(articleId, bandKeys);
  }

  @Override
  public long documents() {
    if (storedDocuments == null) {
      storedDocuments = 0L;
      run("SELECT value FROM corpus_meta WHERE name = '" + DOCUMENTS + "'", ps -> {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) storedDocuments = rs.getLong(1);
        }
      });
    }
    return storedDocuments + pending.documents();
  }

  @Override
  public Map<String, Integer> documentFrequencies(Collection<String> terms) {
    Map<String, Integer> out = new HashMap<>();
    forChunks(new ArrayList<>(new LinkedHashSet<>(terms)), (ps, n) -> {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
      }
    }, n -> "SELECT term, df FROM corpus_terms WHERE term IN (" + SqlLists.marks(n) + ")");
    pending.documentFrequencies(terms).forEach((t, n) -> out.merge(t, n, Integer::sum));
    return out;
  }

  @Override
  public void addDocuments(Collection<? extends Collection<String>> termSets) {
    if (countTerms) pending.addDocuments(termSets);
  }

  @Override
  public PostedStories postedStories(String term, LocalDate from, LocalDate to, int limit) {
    // This batch's postings first (new stories, and stored ones re-dated into the window), each story once.
    PostedStories own = pending.postedStories(term, from, to, limit);
    LongOpenHashSet early = new LongOpenHashSet();
    long[] seqs = new long[limit];
    String[] ids = new String[limit];
    int n = 0;
    for (int i = 0; i < own.size(); i++) {
      if (early.add(own.seq(i))) {
        seqs[n] = own.seq(i);
        ids[n++] = own.id(i);
      }
    }
    for (StoryEntry s : refirsted.values()) {
      if (n < limit && s.firstWithin(from, to) && s.holds(term) && early.add(s.seq())) {
        seqs[n] = s.seq();
        ids[n++] = s.id();
      }
    }
    if (n >= limit) return new PostedStories(seqs, ids, n);
    // The newest postings by story_seq, as many as without a window: the window only drops stories
    // no article of these dates can join, it never makes the scan longer. Each story is on them once.
    PostingsRead newest = storedPostings(term, limit);
    boolean[] hidden = newest.hidden(this);
    boolean windowed = from != null && to != null;
    long fromDay = windowed ? from.toEpochDay() : 0;
    long toDay = windowed ? to.toEpochDay() : 0;
    for (int i = 0, scan = Math.min(newest.size(), limit - early.size()); i < scan; i++) {
      if (hidden[i]) continue;
      long day = newest.days[i];
      if (windowed && day != PostingsCache.UNDATED && (day < fromDay || day > toDay)) continue;
      if (early.isEmpty() || !early.contains(newest.seqs[i])) {
        seqs[n] = newest.seqs[i];
        ids[n++] = newest.ids[i];
      }
    }
    return new PostedStories(seqs, ids, n);
  }

  /** Whether this batch hides the stored postings of story {@code id} (number {@code seq}): absorbed, or its first date moved. */
  private boolean hides(long seq, String id) {
    if (seqsKnown) return absorbedSeqs.contains(seq) || refirstedSeqs.contains(seq);
    return absorbed.contains(id) || refirsted.containsKey(id);
  }

  /**
   * A term's newest stored postings ({@link PostingsCache.Entry}) with which of them this batch hides:
   * {@link #storiesWithTerm} scans them for every article of a batch and every sweep.
   */
  private static final class PostingsRead {
    final PostingsCache.Entry entry;
    final long[] seqs;
    final String[] ids;
    final int[] days;
    /** Which postings belong to stories this batch absorbed or re-dated, as of {@link #hidingChanged}'s first {@link #applied}. */
    private boolean[] hidden;
    private int applied;
    /** Each story's place on {@link #seqs}, once the hiding changed after {@link #hidden} was first marked ({@code null} before). */
    private Long2IntOpenHashMap places;

    PostingsRead(PostingsCache.Entry entry) {
      this.entry = entry;
      seqs = entry.seqs();
      ids = entry.ids();
      days = entry.days();
    }

    int size() {
      return ids.length;
    }

    /**
     * Marks the postings of absorbed and re-dated stories: all of them the first time, then only those
     * of the stories whose hiding changed since the last call. A batch scans a term's postings once per
     * article and sweep, and merges stories between the scans; marking every posting again after each
     * merge was a quarter of the stateful tail's time at 600,000 stored.
     */
    boolean[] hidden(StoreCorpusState state) {
      LongArrayList changed = state.hidingChanged;
      boolean incremental = state.seqsKnown && hidden != null && applied <= changed.size();
      if (incremental && applied < changed.size() && places == null) places = places(seqs);
      if (!incremental || (applied < changed.size() && places.isEmpty())) {
        hidden = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) hidden[i] = state.hides(seqs[i], ids[i]);
      } else {
        for (int k = applied; k < changed.size(); k++) {
          int i = places.get(changed.getLong(k));
          if (i >= 0) hidden[i] = state.hides(seqs[i], ids[i]);
        }
      }
      applied = changed.size();
      return hidden;
    }

    /** Each number's place on {@code seqs} (-1: absent); empty when a story is on them twice (a term's postings name each story once), then they are all marked again. */
    private static Long2IntOpenHashMap places(long[] seqs) {
      Long2IntOpenHashMap out = new Long2IntOpenHashMap(seqs.length);
      out.defaultReturnValue(-1);
      for (int i = 0; i < seqs.length; i++) {
        if (out.put(seqs[i], i) != -1) return new Long2IntOpenHashMap();
      }
      return out;
    }
  }

  /**
   * The {@code limit} newest stored postings of {@code term} (fewer when it has fewer): from this batch's
   * reads while they fit in {@link #MAX_CACHED_POSTINGS}, else from the store instance's
   * {@link PostingsCache}, else read. Stored postings change only at {@link #flush}, and a batch's
   * articles share many terms.
   */
  private PostingsRead storedPostings(String term, int limit) {
    PostingsRead cached = postingsRead.get(term);
    if (cached != null && cached.entry.answers(limit)) return cached;
    PostingsCache.Tx cache = runs.postings().cache();
    PostingsCache.Entry entry = cache.get(term);
    if (entry == null || !entry.answers(limit)) {
      int wanted = limit + PostingsCache.SLACK;
      entry = read(() -> runs.postings().newest(term, wanted, cache.storyIds()));
      cache.read(term, entry);
    }
    PostingsRead rows = new PostingsRead(entry);
    if (postingsCached + rows.size() <= MAX_CACHED_POSTINGS) {
      postingsCached += rows.size();
      postingsRead.put(term, rows);
    }
    return rows;
  }

  @Override
  public void addPostings(StoryEntry story, Collection<String> terms) {
    pending.addPostings(story, terms);
  }

  @Override
  public StoryEntry story(String id) {
    if (absorbed.contains(id)) return null;
    if (changed.containsKey(id)) return changed.get(id);
    if (!loaded.containsKey(id)) readStories(List.of(id));
    return loaded.get(id);
  }

  @Override
  public Map<String, StoryEntry> stories(Collection<String> ids) {
    readStories(ids);
    return CorpusState.super.stories(ids);
  }

  /**
   * Loads the states of the stories among {@code ids} this batch has not seen: kept ones from the store
   * instance's cache, the rest read from the database (each kept for later batches).
   */
  private void readStories(Collection<String> ids) {
    PostingsCache.Tx cache = runs.postings().cache();
    List<String> unread = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      if (absorbed.contains(id) || changed.containsKey(id) || loaded.containsKey(id)) continue;
      StoryEntry kept = cache.state(id);
      if (kept != null) remember(id, kept);
      else unread.add(id);
    }
    forChunks(unread, (ps, n) -> {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // A story written before the index existed has no state: unknown until `narrascope recluster`.
          byte[] bytes = rs.getBytes(2);
          if (bytes == null) continue;
          StoryEntry s = StoryEntry.fromBytes(bytes);
          remember(rs.getString(1), s);
          cache.readState(s);
        }
      }
    }, n -> "SELECT id, state_bytes FROM stories WHERE id IN (" + SqlLists.marks(n) + ")");
    for (String id : unread) loaded.putIfAbsent(id, null);
  }

  private void remember(String id, StoryEntry s) {
    loaded.put(id, s);
    storedFirst.put(id, s.first());
  }

  /**
   * The story {@code id} reads as now: itself while it exists, else the survivor of the latest merge
   * that absorbed it (followed through later merges); {@code null} when neither exists (a story
   * dissolved by a re-clustering, or one never founded).
   */
  String current(String id) {
    Set<String> seen = new LinkedHashSet<>();
    String at = id;
    while (at != null && seen.add(at)) {
      if (story(at) != null) return at;
      at = survivorOf(at);
    }
    return null;
  }

  private String survivorOf(String absorbedId) {
    for (int i = merges.size() - 1; i >= 0; i--) if (merges.get(i)[0].equals(absorbedId)) return merges.get(i)[1];
    String[] found = new String[1];
    run("SELECT survivor FROM story_merges WHERE absorbed = ? ORDER BY seq DESC LIMIT 1", ps -> {
      ps.setString(1, absorbedId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) found[0] = rs.getString(1);
      }
    });
    return found[0];
  }

  @Override
  public long nextStorySeq() {
    if (seq < 0) {
      seq = 0;
      run("SELECT max(seq) FROM stories", ps -> {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) seq = rs.getLong(1);
        }
      });
    }
    return ++seq;
  }

  @Override
  public void putStory(StoryEntry story) {
    changed.put(story.id(), story);
    if (storedFirst.containsKey(story.id()) && !Objects.equals(storedFirst.get(story.id()), story.first())) {
      if (refirsted.put(story.id(), story) == null) {
        refirstedSeqs.add(story.seq());
        hidingChanged.add(story.seq());
      }
    } else {
      unrefirst(story.id());
    }
  }

  @Override
  public void mergeStory(String absorbedId, String survivor, String articleId) {
    StoryEntry gone = story(absorbedId);
    if (absorbed.add(absorbedId)) {
      if (gone == null) {
        seqsKnown = false;
      } else {
        absorbedSeqs.add(gone.seq());
        absorbedSinceFlush.add(gone.seq());
        hidingChanged.add(gone.seq());
      }
    }
    changed.remove(absorbedId);
    unrefirst(absorbedId);
    merges.add(new String[] {absorbedId, survivor, articleId});
  }

  @Override
  public void splitStory(String from, String to, String articleId, String movedId) {
    splits.add(new String[] {from, to, articleId, movedId});
  }

  private void unrefirst(String id) {
    StoryEntry was = refirsted.remove(id);
    if (was != null) {
      refirstedSeqs.remove(was.seq());
      hidingChanged.add(was.seq());
    }
  }

  /**
   * Writes everything recorded so far but the articles (the store writes those, see
   * {@link #putArticles()}) on the batch's connection, then forgets it: later reads find it in the
   * database. Called once per batch, or every few thousand articles of a rebuild.
   */
  void flush() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO corpus_terms (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = corpus_terms.df + excluded.df")) {
      for (var e : pending.termCounts().entrySet()) {
        ps.setString(1, e.getKey());
        ps.setInt(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    long newDocuments = pending.documents();
    if (newDocuments > 0) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO corpus_meta (name, value) VALUES ('" + DOCUMENTS
          + "', ?) ON CONFLICT (name) DO UPDATE SET value = corpus_meta.value + excluded.value")) {
        ps.setLong(1, newDocuments);
        ps.executeUpdate();
      }
    }
    runs.bands().write(pending.bands());
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO member_embeddings (article_id, embedding, people) VALUES (?, ?, ?) "
        + "ON CONFLICT (article_id) DO UPDATE SET embedding = excluded.embedding, people = excluded.people")) {
      Map<String, List<String>> people = pending.memberPeople(pending.memberEmbeddingBytes().keySet());
      for (var e : pending.memberEmbeddingBytes().entrySet()) {
        ps.setString(1, e.getKey());
        ps.setBytes(2, e.getValue());
        ps.setString(3, String.join("\n", people.getOrDefault(e.getKey(), List.of())));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement del = c.prepareStatement("DELETE FROM stories WHERE id = ?");
         PreparedStatement log = c.prepareStatement("INSERT INTO story_merges (absorbed, survivor, article_id) VALUES (?, ?, ?)")) {
      for (String[] m : merges) {
        del.setString(1, m[0]);
        del.addBatch();
        if (!logChanges) continue;
        log.setString(1, m[0]);
        log.setString(2, m[1]);
        log.setString(3, m[2]);
        log.addBatch();
      }
      del.executeBatch();
      log.executeBatch();
    }
    if (logChanges) StoryHistory.logMoves(c, StoryHistory.SPLIT, splits);
    List<String> absorbedNow = merges.stream().map(m -> m[0]).toList();
    Set<String> touched = runs.postings().deleteStories(absorbedNow);
    StoryRows.upsert(c, changed.values());
    runs.postings().cache().wroteStates(changed.values(), absorbedNow);
    SortedMap<String, TreeMap<Long, PostingRuns.Posted>> postings = new TreeMap<>();
    for (var e : pending.postings().entrySet()) {
      for (StoryEntry s : e.getValue()) {
        if (absorbed.contains(s.id())) continue;
        postings.computeIfAbsent(e.getKey(), t -> new TreeMap<>()).putIfAbsent(s.seq(), new PostingRuns.Posted(s.id(), s.first()));
      }
    }
    runs.postings().write(postings);
    Long2IntOpenHashMap redated = new Long2IntOpenHashMap();
    Map<String, LocalDate> firsts = new HashMap<>();
    for (StoryEntry s : refirsted.values()) {
      firsts.put(s.id(), s.first());
      redated.put(s.seq(), PostingsCache.day(s.first()));
    }
    touched.addAll(runs.postings().redate(firsts));
    if (seqsKnown) runs.postings().cache().wrote(new PostingsCache.Written(absorbedSinceFlush.clone(), postings, redated, touched));
    else runs.postings().cache().wroteUnknown();
    if (storedDocuments != null) storedDocuments += newDocuments;
    pending = new InMemoryCorpusState();
    loaded.putAll(changed);
    changed.values().forEach(s -> storedFirst.put(s.id(), s.first()));
    changed.clear();
    refirsted.clear();
    refirstedSeqs.clear();
    absorbedSinceFlush.clear();
    merges.clear();
    splits.clear();
    postingsRead.clear();
    hidingChanged.clear();
    postingsCached = 0;
  }

  @FunctionalInterface
  private interface Bound {
    void run(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface ChunkWork {
    void run(PreparedStatement ps, int n) throws SQLException;
  }

  @FunctionalInterface
  private interface Read<T> {
    T get() throws SQLException;
  }

  /** {@code read}'s answer; a database error becomes a {@link StoreException} naming the corpus state. */
  private static <T> T read(Read<T> read) {
    try {
      return read.get();
    } catch (SQLException e) {
      throw new StoreException("Cannot read the corpus state: " + e.getMessage(), e);
    }
  }

  private void run(String sql, Bound work) {
    read(() -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        work.run(ps);
      }
      return null;
    });
  }

  /** Runs the query built for each chunk of {@code values}, bound in order. */
  private void forChunks(List<String> values, ChunkWork work, java.util.function.IntFunction<String> sql) {
    for (List<String> chunk : SqlLists.chunks(values)) {
      run(sql.apply(chunk.size()), ps -> {
        for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
        work.run(ps, chunk.size());
      });
    }
  }
}
