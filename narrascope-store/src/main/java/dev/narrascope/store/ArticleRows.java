package dev.narrascope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.LabelScore;
import dev.narrascope.Story;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps articles and stories to and from rows; shared by the SQL stores so both read the same way. */
public final class ArticleRows {
  /** The article columns, in the order {@link #article(ResultSet)} reads them. */
  public static final String COLUMNS =
      "id, origin, url, title, outlet, published, language, language_confidence, text, metadata_json, analysis_json";

  private ArticleRows() {}

  public static Article article(ResultSet rs) throws SQLException {
    return new Article(rs.getString("id"), rs.getString("origin"), rs.getString("url"), rs.getString("title"),
        rs.getString("outlet"), date(rs.getString("published")), rs.getString("language"),
        rs.getDouble("language_confidence"), rs.getString("text"),
        fromJson(rs.getString("metadata_json"), new TypeReference<Map<String, String>>() {}),
        fromJson(rs.getString("analysis_json"), new TypeReference<Analysis>() {}));
  }

  /** A stored ISO date column's value, or {@code null} for an undated row. */
  static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  public static Story story(String json) {
    return fromJson(json, new TypeReference<Story>() {});
  }

  public static String toJson(Object o) {
    try {
      return Json.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new StoreException("Cannot serialise " + o.getClass().getSimpleName(), e);
    }
  }

  static <T> T fromJson(String json, TypeReference<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("Corrupt stored JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A facet row: (kind, label, role, score). */
  public record Label(String kind, String label, String role, double score) {}

  /**
   * The facet rows of an article's analysis: narratives, sub-narratives and framed actors. "Other"
   * labels get none, so that no list, count or timeline ranks them as narratives.
   */
  public static List<Label> labels(Analysis a) {
    List<Label> out = new ArrayList<>();
    for (LabelScore l : a.namedNarratives()) out.add(new Label("narrative", l.label(), null, l.confidence()));
    for (LabelScore l : a.namedSubNarratives()) out.add(new Label("subNarrative", l.label(), null, l.confidence()));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ActorFraming f : a.actors()) {
      // An actor the article mentions without framing it is no facet: it has no role to count over time.
      if (f.framed() && seen.add(f.actor())) out.add(new Label("actor", f.actor(), f.mainRole(), f.mainConfidence()));
    }
    return out;
  }
}
