package dev.narrascope.store;

import dev.narrascope.Story;
import dev.narrascope.corpus.StoryEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** Writes story rows: the reported {@link Story} as JSON beside the index state it came from ({@link StoryEntry#toBytes}). */
final class StoryRows {
  private StoryRows() {}

  static void upsert(Connection c, Collection<StoryEntry> stories) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO stories (id, headline, size, first_date, last_date, story_json, seq, state_bytes)"
            + " VALUES (?,?,?,?,?,?,?,?)"
            + " ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, size = excluded.size,"
            + " first_date = excluded.first_date, last_date = excluded.last_date, story_json = excluded.story_json,"
            + " seq = excluded.seq, state_bytes = excluded.state_bytes")) {
      for (StoryEntry e : stories) {
        Story s = e.toStory();
        ps.setString(1, s.id());
        ps.setString(2, s.headline());
        ps.setInt(3, s.size());
        ps.setString(4, s.first() == null ? null : s.first().toString());
        ps.setString(5, s.last() == null ? null : s.last().toString());
        ps.setString(6, ArticleRows.toJson(s));
        ps.setLong(7, e.seq());
        ps.setBytes(8, e.toBytes());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
