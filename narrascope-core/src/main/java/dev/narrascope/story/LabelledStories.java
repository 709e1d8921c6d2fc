package dev.narrascope.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a labelled story set: JSON Lines of {@code {"id","lang","title","text","date","source","cluster"}}.
 * A bad line is recorded as a finding and skipped. Stateless; thread-safe.
 */
public final class LabelledStories {
  /** The articles, in file order, and the gold cluster of each article id. */
  public record Data(List<Article> articles, Map<String, String> gold) {}

  private LabelledStories() {}

  public static Data read(Reader in, String name, Findings findings) throws IOException {
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) continue;
      String where = name + ":" + no;
      try {
        JsonNode n = Json.MAPPER.readTree(line);
        String id = n.path("id").asText("");
        String cluster = n.path("cluster").asText("");
        if (id.isEmpty() || cluster.isEmpty()) {
          findings.add("eval", "missing-field", where, "needs \"id\" and \"cluster\"");
          continue;
        }
        if (gold.containsKey(id)) {
          findings.add("eval", "duplicate-id", where, "id " + id + " seen before");
          continue;
        }
        LocalDate date = date(n.path("date").asText(""));
        articles.add(new Article(id, where, null, n.path("title").asText(""), n.path("source").asText(null), date,
            n.path("lang").asText(null), 1.0, n.path("text").asText(""), null, null));
        gold.put(id, cluster);
      } catch (JsonProcessingException e) {
        findings.add("eval", "malformed-json", where, e.getOriginalMessage());
      }
    }
    return new Data(articles, gold);
  }

  private static LocalDate date(String s) {
    if (s.length() < 10) return null;
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
