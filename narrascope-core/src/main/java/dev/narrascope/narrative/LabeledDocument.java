package dev.narrascope.narrative;

import dev.narrascope.Article;
import java.util.Set;

/**
 * One training or evaluation document with its gold labels.
 *
 * @param id            document id (the file name in the SemEval layout)
 * @param language      ISO 639-1 code in lower case ({@code "en"}, {@code "bg"}, …)
 * @param text          the text exactly as stored
 * @param narratives    gold narratives ({@code {"Other"}} for none)
 * @param subNarratives gold sub-narratives ({@code {"Other"}} for none)
 * @param explanation   gold dominant-narrative explanation (subtask 3), or {@code null}
 */
public record LabeledDocument(String id, String language, String text, Set<String> narratives,
                              Set<String> subNarratives, GoldExplanation explanation) {
  public LabeledDocument {
    narratives = Set.copyOf(narratives);
    subNarratives = Set.copyOf(subNarratives);
  }

  /** The document as an article for the analysis stages: its id (also its origin), language and text, nothing else. */
  public Article asArticle() {
    return new Article(id, id, null, "", null, null, language, 1, text, null, null);
  }

  /**
   * A subtask-3 gold line.
   *
   * @param narrative    dominant narrative
   * @param subNarrative dominant sub-narrative ({@code "none"} in some gold lines)
   * @param text         free-text explanation
   */
  public record GoldExplanation(String narrative, String subNarrative, String text) {}
}
