package dev.narrascope.trend;

import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a timeline counts: articles with a narrative, naming an entity, or from an outlet. Names
 * match case-insensitively. Stateless; thread-safe.
 */
public final class ArticleMatchers {
  private ArticleMatchers() {}

  /**
   * Articles labelled with narrative or sub-narrative {@code name}: the full label
   * ({@code "URW: Discrediting Ukraine"}) or its end after a {@code ": "} ({@code "Discrediting Ukraine"},
   * or a sub-narrative's own name). The stores' {@code narrative} filter matches the same way.
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
    String label = l.label().toLowerCase(Locale.ROOT);
    String wanted = name.toLowerCase(Locale.ROOT);
    return label.equals(wanted) || label.endsWith(": " + wanted);
  }
}
