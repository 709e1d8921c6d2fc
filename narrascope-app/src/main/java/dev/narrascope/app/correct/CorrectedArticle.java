package dev.narrascope.app.correct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.store.Correction;
import dev.narrascope.store.Corrections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article as stored (corrections already applied) with what the corrections in force changed,
 * for display: which narratives, actors and quotes an analyst set, and how many corrections the
 * article has. Immutable.
 *
 * <pre>{@code
 * ObjectNode json = CorrectedArticle.of(article, store.corrections(article.id())).json(); // the article JSON plus "corrected" marks
 * }</pre>
 *
 * @param article    the stored article
 * @param trail      its corrections, oldest first (all of them: the audit trail)
 * @param narratives whether its narratives and sub-narratives are an analyst's
 * @param actors     indexes of the actors whose role an analyst set
 * @param quotes     indexes of the quotes whose speaker an analyst set
 * @param story      whether its story is an analyst's
 */
public record CorrectedArticle(Article article, List<Correction> trail, boolean narratives, Set<Integer> actors,
                               Set<Integer> quotes, boolean story) {
  public CorrectedArticle {
    trail = List.copyOf(trail);
    actors = Set.copyOf(actors);
    quotes = Set.copyOf(quotes);
  }

  public static CorrectedArticle of(Article article, List<Correction> trail) {
    boolean narratives = false;
    boolean story = false;
    Set<Integer> actors = new HashSet<>();
    Set<Integer> quotes = new HashSet<>();
    for (Correction c : Corrections.inForce(trail)) {
      switch (c.kind()) {
        case Correction.NARRATIVES -> narratives = true;
        case Correction.STORY -> story = true;
        case Correction.ROLE -> {
          int i = Corrections.actorIndex(article.analysis().actors(), c.text("actor"));
          if (i >= 0) actors.add(i);
        }
        case Correction.SPEAKER -> {
          int i = Corrections.quoteIndex(article.analysis().quotes(), c);
          if (i >= 0) quotes.add(i);
        }
        default -> { }
      }
    }
    return new CorrectedArticle(article, trail, narratives, actors, quotes, story);
  }

  /**
   * The article's usual JSON with {@code "corrections": n} and {@code "corrected": true} on the
   * narratives, sub-narratives, actors and quotes an analyst set (and {@code analysis.storyCorrected}).
   */
  public ObjectNode json() {
    ObjectNode root = Json.MAPPER.valueToTree(article);
    root.put("corrections", trail.size());
    ObjectNode analysis = (ObjectNode) root.get("analysis");
    if (narratives) {
      mark(analysis.withArray("narratives"), null);
      mark(analysis.withArray("subNarratives"), null);
    }
    mark(analysis.withArray("actors"), actors);
    mark(analysis.withArray("quotes"), quotes);
    if (story) analysis.put("storyCorrected", true);
    return root;
  }

  /** Marks the items at {@code indexes} ({@code null}: all) as corrected. */
  private static void mark(ArrayNode items, Set<Integer> indexes) {
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if ((indexes == null || indexes.contains(i)) && item instanceof ObjectNode o) o.put("corrected", true);
    }
  }
}
