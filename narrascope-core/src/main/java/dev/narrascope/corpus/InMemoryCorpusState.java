package dev.narrascope.corpus;

import dev.narrascope.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link CorpusState} on the heap: for one-off runs over a batch ({@code Pipeline.run}), for
 * re-clustering and evaluation, and as what a store's state must behave like. Not thread-safe.
 */
public final class InMemoryCorpusState implements CorpusState {
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<Long, NavigableSet<String>> bands = new HashMap<>();
  private final Map<String, Integer> df = new HashMap<>();
  private long documents;
  /** Term → stories holding it, by sequence number (merged-away ones too, see {@link #absorbed}). */
  private final Map<String, List<StoryEntry>> postings = new HashMap<>();
  /** Ids of the stories merged away: left on the postings, skipped by {@link #postedStories}. */
  private final Set<String> absorbed = new HashSet<>();
  private final Map<String, StoryEntry> stories = new LinkedHashMap<>();
  private final Map<String, byte[]> memberEmbeddings = new LinkedHashMap<>();
  private final Map<String, List<String>> memberPeople = new HashMap<>();
  private final List<Merge> merges = new ArrayList<>();
  private final List<Split> splits = new ArrayList<>();
  private long seq;

  /** A merge of two stories: {@code absorbed} went into {@code survivor} when {@code articleId} bridged them. */
  public record Merge(String absorbed, String survivor, String articleId) {}

  /** A stored article moved by a split: see {@link CorpusState#splitStory}. */
  public record Split(String from, String to, String articleId, String movedId) {}

  @Override
  public Map<String, Article> articles(Collection<String> ids) {
    Map<String, Article> out = new HashMap<>();
    for (String id : ids) {
      Article a = articles.get(id);
      if (a != null) out.put(id, a);
    }
    return out;
  }

  @Override
  public void putArticles(Collection<Article> batch) {
    for (Article a : batch) articles.put(a.id(), a);
  }

  /** Every article put so far, in the order first put. */
  public List<Article> allArticles() {
    return List.copyOf(articles.values());
  }

  @Override
  public Set<String> articlesInBands(long[] bandKeys, int perKey) {
    Set<String> out = new LinkedHashSet<>();
    for (long key : bandKeys) {
      NavigableSet<String> ids = bands.get(key);
      if (ids == null) continue;
      int taken = 0;
      for (var it = ids.iterator(); it.hasNext() && taken < perKey; taken++) out.add(it.next());
    }
    return out;
  }

  @Override
  public void addBands(String articleId, long[] bandKeys) {
    for (long key : bandKeys) bands.computeIfAbsent(key, k -> new TreeSet<>(ID_ORDER)).add(articleId);
  }

  @Override
  public long documents() {
    return documents;
  }

  @Override
  public Map<String, Integer> documentFrequencies(Collection<String> terms) {
    Map<String, Integer> out = new HashMap<>();
    for (String t : terms) {
      Integer n = df.get(t);
      if (n != null) out.put(t, n);
    }
    return out;
  }

  @Override
  public void addDocuments(Collection<? extends Collection<String>> termSets) {
    for (Collection<String> terms : termSets) {
      for (String t : new HashSet<>(terms)) df.merge(t, 1, Integer::sum);
      documents++;
    }
  }

  /**
   * As the store answers: the {@code limit} newest-founded stories on the term (by sequence number,
   * each once, merged-away ones left out), then those begun within the window, newest first. A story
   * that gains the term late is no newer for it: ordering by when a story got the term, as this did
   * until December 2026, scanned other stories than the store once a term's postings outgrew the
   * limit, so a long heap run (Spark's segments, {@code eval stories}) and {@code analyze} diverged.
   */
  @Override
  public PostedStories postedStories(String term, LocalDate from, LocalDate to, int limit) {
    List<StoryEntry> l = postings.get(term);
    if (l == null) return PostedStories.NONE;
    int most = Math.min(limit, l.size());
    long[] seqs = new long[most];
    String[] ids = new String[most];
    int n = 0;
    for (int i = l.size() - 1, scanned = 0; i >= 0 && scanned < limit; i--) {
      StoryEntry s = l.get(i);
      if (absorbed.contains(s.id())) continue;
      scanned++;
      if (!s.firstWithin(from, to)) continue;
      seqs[n] = s.seq();
      ids[n++] = s.id();
    }
    return new PostedStories(seqs, ids, n);
  }

  /** Keeps each term's stories in sequence order, each once (a story gains a term again after a merge or a pruning). */
  @Override
  public void addPostings(StoryEntry story, Collection<String> terms) {
    for (String t : terms) {
      List<StoryEntry> l = postings.computeIfAbsent(t, k -> new ArrayList<>(2));
      int at = l.size();
      while (at > 0 && l.get(at - 1).seq() > story.seq()) at--;
      if (!postedAmongEqualSeqs(l, at, story)) l.add(at, story);
    }
  }

  /** Whether {@code story} is already among the entries before {@code at} that have its sequence number. */
  private static boolean postedAmongEqualSeqs(List<StoryEntry> l, int at, StoryEntry story) {
    for (int i = at - 1; i >= 0 && l.get(i).seq() == story.seq(); i--) {
      if (l.get(i) == story) return true;
    }
    return false;
  }

  @Override
  public StoryEntry story(String id) {
    return stories.get(id);
  }

  @Override
  public long nextStorySeq() {
    return ++seq;
  }

  @Override
  public void putMember(String articleId, float[] embedding, Collection<String> people) {
    memberEmbeddings.put(articleId, MemberEmbeddings.encode(embedding));
    memberPeople.put(articleId, List.copyOf(people));
  }

  @Override
  public Map<String, float[]> memberEmbeddings(Collection<String> ids) {
    Map<String, float[]> out = new HashMap<>();
    for (String id : ids) {
      byte[] b = memberEmbeddings.get(id);
      if (b != null) out.put(id, MemberEmbeddings.decode(b));
    }
    return out;
  }

  @Override
  public Map<String, List<String>> memberPeople(Collection<String> ids) {
    Map<String, List<String>> out = new HashMap<>();
    for (String id : ids) {
      List<String> p = memberPeople.get(id);
      if (p != null) out.put(id, p);
    }
    return out;
  }

  @Override
  public void putStory(StoryEntry story) {
    stories.put(story.id(), story);
  }

  @Override
  public void mergeStory(String absorbed, String survivor, String articleId) {
    stories.remove(absorbed);
    this.absorbed.add(absorbed);
    merges.add(new Merge(absorbed, survivor, articleId));
  }

  @Override
  public void splitStory(String from, String to, String articleId, String movedId) {
    splits.add(new Split(from, to, articleId, movedId));
  }

  /** Band key → articles, in {@link #ID_ORDER} (read-only view). */
  public Map<Long, ? extends Set<String>> bands() {
    return Collections.unmodifiableMap(bands);
  }

  /** Term → documents holding it (read-only view). */
  public Map<String, Integer> termCounts() {
    return Collections.unmodifiableMap(df);
  }

  /** Article id → its member embedding as {@link MemberEmbeddings} stores it (read-only view). */
  public Map<String, byte[]> memberEmbeddingBytes() {
    return Collections.unmodifiableMap(memberEmbeddings);
  }

  /** Term → stories given it, by sequence number (read-only view). */
  public Map<String, List<StoryEntry>> postings() {
    return Collections.unmodifiableMap(postings);
  }

  /** Every story, in the order founded. */
  public List<StoryEntry> allStories() {
    return List.copyOf(stories.values());
  }

  public List<Merge> merges() {
    return List.copyOf(merges);
  }

  /** The splits recorded so far, in order. */
  public List<Split> splits() {
    return List.copyOf(splits);
  }
}
