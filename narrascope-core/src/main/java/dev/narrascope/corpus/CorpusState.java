package dev.narrascope.corpus;

import dev.narrascope.Article;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stateful corpus stages (reposts, stories) keep between batches, so that a new batch is
 * looked up in indexes instead of re-clustering everything stored: the articles, the MinHash LSH
 * bands of their bodies, the document frequencies of their story terms, and per story its
 * {@link StoryEntry} (centroid, size, dates) with postings term → story for finding candidates.
 *
 * <p>One instance serves one batch from one thread: a store's implementation reads through the
 * batch's transaction and writes everything the batch changed when that transaction commits, so a
 * crash never leaves half a batch; {@link InMemoryCorpusState} keeps it all on the heap (one-off
 * runs, tests, evaluation). Reads see the batch's own writes.
 */
public interface CorpusState {
  /** The known articles among {@code ids} (earlier batches, or put earlier in this one), by id. */
  Map<String, Article> articles(Collection<String> ids);

  /** Records finished articles (new, or stored ones whose story changed). */
  void putArticles(Collection<Article> articles);

  /**
   * Ids of known articles sharing one of these LSH band keys with the caller: per key the
   * {@code perKey} smallest ids in {@link #ID_ORDER}, so that every store (and a distributed run,
   * which computes the same candidates apart) picks the same ones.
   */
  Set<String> articlesInBands(long[] bandKeys, int perKey);

  /** Article ids by code point: the order of SQL's binary collations on UTF-8 (SQLite's BINARY, PostgreSQL's "C"). */
  Comparator<String> ID_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) return Integer.compare(x, y);
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  };

  void addBands(String articleId, long[] bandKeys);

  /** How many documents the term statistics count. */
  long documents();

  /** How many counted documents hold each term (terms never seen are left out). */
  Map<String, Integer> documentFrequencies(Collection<String> terms);

  /** Counts one document per set. */
  void addDocuments(Collection<? extends Collection<String>> termSets);

  /**
   * Of the {@code limit} most recently founded stories whose centroid holds {@code term}, those
   * whose first article is dated within [{@code from}, {@code to}] (undated stories always;
   * {@code from} and {@code to} {@code null}: any date). The window drops the stories too old (or
   * too new) for an article to join before anyone reads them; the scan stays {@code limit} long.
   */
  default List<String> storiesWithTerm(String term, LocalDate from, LocalDate to, int limit) {
    return postedStories(term, from, to, limit).ids();
  }

  /** {@link #storiesWithTerm}'s stories, in the same order, with their sequence numbers. */
  PostedStories postedStories(String term, LocalDate from, LocalDate to, int limit);

  /** Records that {@code story} now holds these terms (for {@link #storiesWithTerm}). */
  void addPostings(StoryEntry story, Collection<String> terms);

  /**
   * The story's state, or {@code null} if unknown. Within one batch the same object is returned each
   * time, so changes made to it are seen; {@link #putStory} records them.
   */
  StoryEntry story(String id);

  /**
   * {@link #story} of each id, unknown ones left out, in the order given: a store reads those it
   * has not read yet in one look-up instead of one each (an article's candidates).
   */
  default Map<String, StoryEntry> stories(Collection<String> ids) {
    Map<String, StoryEntry> out = new LinkedHashMap<>();
    for (String id : ids) {
      StoryEntry s = story(id);
      if (s != null) out.put(id, s);
    }
    return out;
  }

  /**
   * Records what article {@code articleId} joined its story with, for the split tests of later batches: its sentence
   * embedding ({@code null}: none), kept as {@link MemberEmbeddings} stores it ({@link #memberEmbeddings}), and the
   * people it names in its first sentences ({@link #memberPeople}).
   */
  void putMember(String articleId, float[] embedding, Collection<String> people);

  /**
   * What {@link #putMember} recorded as these ids' embeddings, decoded ({@link MemberEmbeddings}): no values for an
   * article that joined without an embedding; ids with nothing recorded (reposts, which join without vectors, and
   * articles stored before stores kept these) are left out.
   */
  Map<String, float[]> memberEmbeddings(Collection<String> ids);

  /**
   * What {@link #putMember} recorded as the people these ids name; ids with nothing recorded (reposts, and articles
   * stored before stores kept people) are left out.
   */
  Map<String, List<String>> memberPeople(Collection<String> ids);

  /** A sequence number for a new story: later stories get larger ones. */
  long nextStorySeq();

  /** Records a new or changed story. */
  void putStory(StoryEntry story);

  /**
   * Removes {@code absorbed}, which was merged into {@code survivor} because {@code articleId}
   * bridged them; the merge is recorded. The caller moves the members.
   */
  void mergeStory(String absorbed, String survivor, String articleId);

  /**
   * Records that stored article {@code movedId} left story {@code from} for {@code to}, which article
   * {@code articleId} founded when its story's split test parted them (a stored article's story id changes, so
   * analysts can see why). The caller moves the article.
   */
  void splitStory(String from, String to, String articleId, String movedId);
}
