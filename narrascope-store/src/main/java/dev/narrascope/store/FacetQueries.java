package dev.narrascope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate queries over {@code articles} and {@code article_labels} that read the same in
 * SQLite and PostgreSQL (dates are ISO strings in both). Stateless; the caller owns the connection.
 */
public final class FacetQueries {
  private FacetQueries() {}

  public static List<LabelCount> labelCounts(Connection c, String kind, ArticleQuery filters, int limit) throws SQLException {
    Where w = Where.of(filters);
    String sql = "SELECT l.label, count(*) AS n FROM article_labels l JOIN articles a ON a.id = l.article_id"
        + w.and("l.kind = ? GROUP BY l.label ORDER BY n DESC, l.label LIMIT ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = w.bind(ps, 1);
      ps.setString(i++, kind);
      ps.setInt(i, limit);
      List<LabelCount> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new LabelCount(rs.getString(1), rs.getLong(2)));
      }
      return out;
    }
  }

  public static long labelTotal(Connection c, String kind, ArticleQuery filters) throws SQLException {
    Where w = Where.of(filters);
    String sql = "SELECT count(DISTINCT l.label) FROM article_labels l JOIN articles a ON a.id = l.article_id"
        + w.and("l.kind = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(w.bind(ps, 1), kind);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Articles per outlet among those matching {@code filters}, most first (ties by name); unknown outlets left out. */
  public static List<LabelCount> outletCounts(Connection c, ArticleQuery filters) throws SQLException {
    Where w = Where.of(filters);
    String sql = "SELECT a.outlet, count(*) AS n FROM articles a"
        + w.and("a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY n DESC, a.outlet");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      w.bind(ps, 1);
      List<LabelCount> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new LabelCount(rs.getString(1), rs.getLong(2)));
      }
      return out;
    }
  }

  public static List<DayCount> articlesPerDay(Connection c, ArticleQuery filters) throws SQLException {
    Where w = Where.of(filters);
    String sql = "SELECT a.published, count(*) FROM articles a"
        + w.and("a.published IS NOT NULL GROUP BY a.published ORDER BY a.published");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      w.bind(ps, 1);
      List<DayCount> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new DayCount(LocalDate.parse(rs.getString(1)), null, rs.getLong(2)));
      }
      return out;
    }
  }

  public static List<DayCount> actorRolesPerDay(Connection c, String actor, ArticleQuery filters) throws SQLException {
    Where w = Where.of(filters);
    String sql = "SELECT a.published, coalesce(l.role, 'Unknown') AS role, count(*) FROM article_labels l"
        + " JOIN articles a ON a.id = l.article_id"
        + w.and("l.kind = 'actor' AND " + Where.equalsIgnoringCase("l.label", actor) + " AND a.published IS NOT NULL"
            + " GROUP BY a.published, coalesce(l.role, 'Unknown') ORDER BY a.published, role");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = w.bind(ps, 1);
      ps.setString(i, actor);
      List<DayCount> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new DayCount(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)));
      }
      return out;
    }
  }
}
