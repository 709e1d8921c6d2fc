package dev.narrascope.trend;

import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import java.util.function.Predicate;

/**
 * What a timeline counts: articles with a narrative, naming an entity, or from an outlet. Names
 * match case-insensitively. Stateless; thread-safe.
 */
public final class ArticleMatchers {
  private ArticleMatchers() {}

  /**
   * Articles labelled with narrative or sub-narrative {@code name}: the full label
   * ({@code "URW: Discrediting Ukraine"}) or the part after the domain prefix ({@code "Discrediting Ukraine"}).
   */
  public static Predicate<Article> narrative(String name) {
    return a -> a.analysis().narratives().stream().anyMatch(l -> labelIs(l, name))
        || a.analysis().subNarratives().stream().anyMatch(l -> labelIs(l, name));
  }

  /** Articles framing actor {@code name}, or with an entity mention whose canonical name is {@code name}. */
  public static Predicate<Article> entity(String name) {
    return a -> a.analysis().actors().stream().anyMatch(f -> name.equalsIgnoreCase(f.actor()))
        || a.analysis().entities().stream().anyMatch(e -> name.equalsIgnoreCase(e.canonical()));
  }

  public static Predicate<Article> outlet(String name) {
    return a -> name.equalsIgnoreCase(a.outlet());
  }

  private static boolean labelIs(LabelScore l, String name) {
    String label = l.label();
    int colon = label.indexOf(": ");
    return label.equalsIgnoreCase(name) || (colon > 0 && label.substring(colon + 2).equalsIgnoreCase(name));
  }
}
