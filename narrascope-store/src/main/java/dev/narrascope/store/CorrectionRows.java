package dev.narrascope.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads and appends rows of the {@code corrections} table (never updates or deletes them); same SQL in both dialects. */
final class CorrectionRows {
  private static final String COLUMNS = "id, article_id, kind, target, value, author, created_at";

  private CorrectionRows() {}

  /** Appends {@code c}, stamped now when it has no time; returns it as stored. */
  static Correction insert(Connection conn, Correction c) throws SQLException {
    Instant at = c.createdAt() != null ? c.createdAt() : Instant.now();
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO corrections (article_id, kind, target, value, author, created_at) VALUES (?,?,?,?,?,?) RETURNING id")) {
      ps.setString(1, c.articleId());
      ps.setString(2, c.kind());
      ps.setString(3, c.target());
      ps.setString(4, ArticleRows.toJson(c.value()));
      ps.setString(5, c.author());
      ps.setString(6, at.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return c.stored(rs.getLong(1), at);
      }
    }
  }

  /** The corrections of these articles, oldest first. */
  static List<Correction> of(Connection conn, Collection<String> articleIds) throws SQLException {
    List<Correction> out = new ArrayList<>();
    for (List<String> chunk : SqlLists.chunks(List.copyOf(new LinkedHashSet<>(articleIds)))) {
      try (PreparedStatement ps = conn.prepareStatement(
          "SELECT " + COLUMNS + " FROM corrections WHERE article_id IN (" + SqlLists.marks(chunk.size()) + ") ORDER BY id")) {
        for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
        read(ps, out);
      }
    }
    out.sort(Comparator.comparingLong(Correction::id));
    return out;
  }

  /** Every correction, or those of one kind ({@code null}: all), oldest first. */
  static List<Correction> all(Connection conn, String kind) throws SQLException {
    List<Correction> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT " + COLUMNS + " FROM corrections" + (kind == null ? "" : " WHERE kind = ?") + " ORDER BY id")) {
      if (kind != null) ps.setString(1, kind);
      read(ps, out);
    }
    return out;
  }

  /** Whether the table has any row: writes skip the look-up on stores nobody corrected. */
  static boolean any(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM corrections LIMIT 1")) {
      return rs.next();
    }
  }

  private static void read(PreparedStatement ps, List<Correction> out) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Correction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            ArticleRows.fromJson(rs.getString(5), new TypeReference<JsonNode>() {}),
            rs.getString(6), Instant.parse(rs.getString(7))));
      }
    }
  }
}
