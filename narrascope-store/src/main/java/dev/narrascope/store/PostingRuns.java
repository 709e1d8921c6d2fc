package dev.narrascope.store;

import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The story postings (term to the stories whose centroid holds it) stored as one write transaction
 * sees them: immutable {@link Runs} of table {@code story_postings}, listed in {@code posting_runs}
 * (Flyway V8), a run per flush, filtered by a 64-bit hash of the term. A batch's ~3,000 new postings
 * under ~1,500 terms then dirty tens of pages instead of one leaf per term. Table
 * {@code story_posting_terms} (Flyway V9) lists each story's posted terms, written once and never
 * merged, so a story's postings are deleted and re-dated by story in whichever runs may hold them,
 * without an index of the runs that a merge would have to rewrite row by row.
 */
final class PostingRuns {
  /**
   * Runs of a million postings or more get no filter: a term a batch asks for is nearly always in them
   * (the 4.48 M-row run of a 100,000-article store holds 99.4% of the stored terms, 99.99% weighted by
   * document frequency), so their filter would skip nothing and its load cost ~1.5 s per process.
   */
  static final long UNFILTERED_FROM = 1_000_000;
  static final RunLayout LAYOUT = new RunLayout("posting_runs", "story_postings",
      List.of("term", "story_seq", "story_id", "first_day"), "term, story_seq", rs -> hash(rs.getString(1)), UNFILTERED_FROM);

  private final Runs runs;
  private final PostingsCache.Tx cache;

  /** The postings as {@code runs} holds them, with this transaction's use of the store instance's {@link PostingsCache}. */
  PostingRuns(Runs runs, PostingsCache.Tx cache) {
    this.runs = runs;
    this.cache = cache;
  }

  Runs runs() {
    return runs;
  }

  PostingsCache.Tx cache() {
    return cache;
  }

  /**
   * The {@code limit} newest postings of {@code term} by story sequence (fewer when it has fewer): the
   * newest of each run whose filter may hold the term, merged, each story once. Runs are asked newest
   * rows first, each only for postings newer than the {@code limit}-th newest found so far: the newer
   * runs hold the newer stories, so the older and bigger ones mostly answer nothing (without the bound
   * every run answered {@code limit} rows, and a common term cost a run's worth of rows per run). A
   * story's postings are alike in every run (same id; a re-dated story's first day is updated in all),
   * so which run answers for it does not matter. {@code storyIds} holds the id of each story sequence
   * number read so far (a number names one story in every run): a known number's id is taken from it
   * instead of read again, a new one's is added. Rows go into plain arrays, two column reads each: a
   * batch into a big store reads tens of thousands of them for the terms no recent batch asked for.
   */
  PostingsCache.Entry newest(String term, int limit, Long2ObjectMap<String> storyIds) throws SQLException {
    List<Long> maybe = runs.mayHold(hash(term));
    if (maybe.isEmpty() || limit <= 0) return new PostingsCache.Entry(new long[0], new String[0], new int[0], limit, limit > 0);
    NewestPostings kept = new NewestPostings(limit);
    try (PreparedStatement ps = runs.connection().prepareStatement("SELECT story_seq, COALESCE(first_day, "
        + PostingsCache.UNDATED + "), story_id FROM story_postings WHERE run = ? AND term = ? AND story_seq > ?"
        + " ORDER BY story_seq DESC LIMIT ?")) {
      for (long run : maybe) {
        ps.setLong(1, run);
        ps.setString(2, term);
        ps.setLong(3, kept.floor());
        ps.setInt(4, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            String id = storyIds.get(seq);
            if (id == null) {
              id = rs.getString(3);
              storyIds.put(seq, id);
            }
            kept.read(seq, id, rs.getInt(2));
          }
        }
        kept.endRun();
      }
    }
    return kept.entry();
  }

  /** Stores the postings {@code byTerm} (term to its stories by sequence number, each sorted) as one new run. */
  void write(SortedMap<String, ? extends SortedMap<Long, Posted>> byTerm) throws SQLException {
    long rows = byTerm.values().stream().mapToLong(Map::size).sum();
    try (PreparedStatement ps = runs.connection().prepareStatement(
        "INSERT INTO story_posting_terms (story_id, term, story_seq) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (var term : byTerm.entrySet()) {
        for (var story : term.getValue().entrySet()) {
          ps.setString(1, story.getValue().storyId());
          ps.setString(2, term.getKey());
          ps.setLong(3, story.getKey());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
    runs.write(rows, byTerm.keySet().stream().mapToLong(PostingRuns::hash), (ps, run) -> {
      for (var term : byTerm.entrySet()) {
        for (var story : term.getValue().entrySet()) {
          ps.setLong(1, run);
          ps.setString(2, term.getKey());
          ps.setLong(3, story.getKey());
          ps.setString(4, story.getValue().storyId());
          setDay(ps, 5, story.getValue().first());
          ps.addBatch();
        }
      }
    });
  }

  /**
   * Deletes every posting of the stories {@code storyIds} (their {@code story_posting_terms} too): each
   * posted term in each run that may hold it. Returns those terms.
   */
  Set<String> deleteStories(Collection<String> storyIds) throws SQLException {
    Set<String> posted = new HashSet<>();
    try (PreparedStatement ps = runs.connection().prepareStatement("DELETE FROM story_postings WHERE run = ? AND term = ? AND story_seq = ?");
         PreparedStatement terms = runs.connection().prepareStatement("DELETE FROM story_posting_terms WHERE story_id = ?")) {
      forEachPosting(storyIds, posted, (run, term, seq) -> {
        ps.setLong(1, run);
        ps.setString(2, term);
        ps.setLong(3, seq);
        ps.addBatch();
      });
      ps.executeBatch();
      for (String id : storyIds) {
        terms.setString(1, id);
        terms.addBatch();
      }
      terms.executeBatch();
    }
    return posted;
  }

  /**
   * Sets the first day of every posting of each story of {@code firsts} (story id to its first date, or null).
   * Returns the terms of those postings.
   */
  Set<String> redate(Map<String, LocalDate> firsts) throws SQLException {
    Set<String> posted = new HashSet<>();
    try (PreparedStatement ps = runs.connection().prepareStatement(
        "UPDATE story_postings SET first_day = ? WHERE run = ? AND term = ? AND story_seq = ?")) {
      for (var e : firsts.entrySet()) {
        forEachPosting(List.of(e.getKey()), posted, (run, term, seq) -> {
          setDay(ps, 1, e.getValue());
          ps.setLong(2, run);
          ps.setString(3, term);
          ps.setLong(4, seq);
          ps.addBatch();
        });
      }
      ps.executeBatch();
    }
    return posted;
  }

  @FunctionalInterface
  private interface PostingVisitor {
    void visit(long run, String term, long seq) throws SQLException;
  }

  /**
   * Calls {@code visitor} for each posted term of the stories {@code storyIds} and each run that may hold it;
   * adds each such term to {@code terms}.
   */
  private void forEachPosting(Collection<String> storyIds, Set<String> terms, PostingVisitor visitor) throws SQLException {
    try (PreparedStatement ps = runs.connection().prepareStatement("SELECT term, story_seq FROM story_posting_terms WHERE story_id = ?")) {
      for (String id : storyIds) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String term = rs.getString(1);
            long seq = rs.getLong(2);
            terms.add(term);
            for (long run : runs.mayHold(hash(term))) visitor.visit(run, term, seq);
          }
        }
      }
    }
  }

  /** A new posting's story: its id and first date. */
  record Posted(String storyId, LocalDate first) {}

  /** Deletes every run (the postings are about to be written again). */
  void deleteAll() throws SQLException {
    runs.deleteAll();
    try (Statement st = runs.connection().createStatement()) {
      st.executeUpdate("DELETE FROM story_posting_terms");
    }
  }

  /** Binds a story's first day (days since 1970-01-01, NULL when undated) as postings store it. */
  static void setDay(PreparedStatement ps, int index, LocalDate day) throws SQLException {
    if (day == null) ps.setNull(index, Types.INTEGER);
    else ps.setInt(index, Math.toIntExact(day.toEpochDay()));
  }

  /** A 64-bit FNV-1a hash of the term's chars: the key its run filters hold. */
  static long hash(String term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
