package dev.narrascope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a story's {@link StoryChange}s from {@code story_merges} and {@code story_splits} (splits and the moves of
 * re-clusterings), oldest first: merges by their sequence number, each split after the merges logged before it
 * ({@code merges_before}; the two logs' clocks can tie), so within one batch its merges come first.
 */
final class StoryHistory {
  /** {@code story_splits.kind} of the clusterer's splits and of a re-clustering's moves. */
  static final String SPLIT = "split", RECLUSTER = "recluster";

  private StoryHistory() {}

  /**
   * Logs stored articles that changed story, as {@code {story left, story joined, new article that caused it (empty
   * for a re-clustering), article moved}} rows of one {@code kind}, with one time for them all.
   */
  static void logMoves(Connection c, String kind, List<String[]> moves) throws SQLException {
    if (moves.isEmpty()) return;
    String at = Instant.now().toString();
    try (PreparedStatement log = c.prepareStatement("INSERT INTO story_splits (story_id, new_story_id, article_id, moved_id,"
        + " split_at, merges_before, kind) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM story_merges), ?)")) {
      for (String[] m : moves) {
        for (int i = 0; i < 4; i++) log.setString(i + 1, m[i]);
        log.setString(5, at);
        log.setString(6, kind);
        log.addBatch();
      }
      log.executeBatch();
    }
  }

  static List<StoryChange> read(Connection c, String id) throws SQLException {
    List<Ordered> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT absorbed, survivor, article_id, merged_at, seq FROM story_merges WHERE survivor = ? OR absorbed = ?")) {
      ps.setString(1, id);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean in = id.equals(rs.getString(2));
          out.add(new Ordered(rs.getLong(5), 0, new StoryChange(in ? StoryChange.MERGED_IN : StoryChange.MERGED_INTO,
              rs.getString(in ? 1 : 2), rs.getString(3), List.of(), instant(rs.getObject(4)))));
        }
      }
    }
    // One change per split: the rows of the articles it moved share the stories and the founding article (a
    // re-clustering's rows share the stories and the time).
    Map<List<String>, Split> splits = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id, new_story_id, article_id, moved_id, split_at, merges_before, seq,"
        + " kind FROM story_splits WHERE story_id = ? OR new_story_id = ? ORDER BY seq")) {
      ps.setString(1, id);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean off = id.equals(rs.getString(1)), recluster = RECLUSTER.equals(rs.getString(8));
          String kind = recluster ? (off ? StoryChange.RECLUSTERED_OFF : StoryChange.RECLUSTERED_FROM)
              : off ? StoryChange.SPLIT_OFF : StoryChange.SPLIT_FROM;
          String other = rs.getString(off ? 2 : 1), articleId = recluster ? null : rs.getString(3);
          Instant at = Instant.parse(rs.getString(5));
          long mergesBefore = rs.getLong(6), seq = rs.getLong(7);
          splits.computeIfAbsent(List.of(kind, other, recluster ? rs.getString(5) : articleId),
              k -> new Split(kind, other, articleId, at, mergesBefore, seq, new ArrayList<>())).moved().add(rs.getString(4));
        }
      }
    }
    for (Split s : splits.values()) {
      out.add(new Ordered(s.mergesBefore(), s.seq(), new StoryChange(s.kind(), s.other(), s.articleId(), s.moved(), s.at())));
    }
    out.sort(Comparator.comparingLong(Ordered::merge).thenComparingLong(Ordered::split));
    return out.stream().map(Ordered::change).toList();
  }

  /** {@code merged_at}: SQLite's ISO text, PostgreSQL's {@code timestamptz}. */
  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : Instant.parse(value.toString());
  }

  /** A change's place: a merge's sequence number (split 0), or a split's merges before it and its own sequence number. */
  private record Ordered(long merge, long split, StoryChange change) {}

  /** One split's change as read so far: the rows of the articles it moved add to {@code moved}. */
  private record Split(String kind, String other, String articleId, Instant at, long mergesBefore, long seq, List<String> moved) {}
}
