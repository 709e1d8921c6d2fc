package dev.narrascope.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause (shared by the SQL stores) of an {@link ArticleQuery} over table alias {@code a}, with its parameters (never inlined). */
public final class Where {
  public final String sql;
  private final List<Object> params;

  private Where(String sql, List<Object> params) {
    this.sql = sql;
    this.params = params;
  }

  public static Where of(ArticleQuery q) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (q.outlet() != null) { parts.add(equalsIgnoringCase("a.outlet", q.outlet())); params.add(q.outlet()); }
    if (q.language() != null) { parts.add("a.language = ?"); params.add(q.language()); }
    if (q.storyId() != null) { parts.add("a.story_id = ?"); params.add(q.storyId()); }
    if (q.from() != null) { parts.add("a.published >= ?"); params.add(q.from().toString()); }
    if (q.to() != null) { parts.add("a.published <= ?"); params.add(q.to().toString()); }
    if (q.narrative() != null) {
      // As ArticleMatchers.narrative: the whole label or its end after a ": ", any case.
      parts.add("EXISTS (SELECT 1 FROM article_labels l WHERE l.article_id = a.id AND l.kind IN ('narrative','subNarrative')"
          + " AND (lower(l.label) = ? OR lower(l.label) LIKE ? ESCAPE '!'))");
      String name = q.narrative().toLowerCase(java.util.Locale.ROOT);
      params.add(name);
      params.add("%: " + name.replace("!", "!!").replace("%", "!%").replace("_", "!_"));
    }
    if (q.actor() != null || q.role() != null) {
      // One EXISTS for both, so actor and role hold for the same actor. Only framed actors are stored, so
      // a role counts framings only. Roles are checked names (Protagonist, ...), so they match exactly.
      parts.add("EXISTS (SELECT 1 FROM article_labels l WHERE l.article_id = a.id AND l.kind = 'actor'"
          + (q.actor() != null ? " AND " + equalsIgnoringCase("l.label", q.actor()) : "") + (q.role() != null ? " AND l.role = ?" : "") + ")");
      if (q.actor() != null) params.add(q.actor());
      if (q.role() != null) params.add(q.role());
    }
    return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
  }

  /**
   * SQL comparing {@code column} with one bound parameter (the {@code value} it will be bound to),
   * ignoring case in every script. Both stores' {@code lower()} runs in the database's own code, but
   * SQLite's folds ASCII only; {@code unicode_lower()} folds every script (a Java function on SQLite,
   * {@code sqlite.UnicodeLower}, 7–20× slower per row; {@code lower()} on PostgreSQL). So an ASCII
   * value uses {@code lower()} (a row matching it case-insensitively lower-cases to ASCII, which
   * SQLite's fold gets right, the Kelvin sign aside) and only other values pay for {@code unicode_lower()}.
   */
  public static String equalsIgnoringCase(String column, String value) {
    boolean ascii = value.chars().allMatch(ch -> ch < 128);
    String fold = ascii ? "lower" : "unicode_lower";
    return fold + "(" + column + ") = " + fold + "(?)";
  }

  /**
   * This clause with one more condition ANDed on, and whatever follows it in the statement (GROUP BY …);
   * the condition's parameters are bound after this clause's.
   */
  public String and(String conditionAndRest) {
    return (sql.isEmpty() ? " WHERE " : sql + " AND ") + conditionAndRest;
  }

  /** Binds the parameters from index {@code i}; returns the next free index. */
  public int bind(PreparedStatement ps, int i) throws SQLException {
    for (Object p : params) ps.setObject(i++, p);
    return i;
  }
}
