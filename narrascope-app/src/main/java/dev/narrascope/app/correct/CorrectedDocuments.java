package dev.narrascope.app.correct;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.LabelScore;
import dev.narrascope.narrative.LabeledDocument;
import dev.narrascope.narrative.NarrativeStage;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Correction;
import dev.narrascope.store.Corrections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The articles analysts corrected, with their labels as corrected, in the shape of the SemEval-2025
 * Task 10 documents: the text the narrative model reads ({@link NarrativeStage#modelText}), the
 * narratives when an analyst set them, and the actors whose role an analyst set. The export writes
 * them in the task's files; {@code train --corrections} adds them to the training data.
 *
 * <pre>{@code
 * List<CorrectedDocuments.Doc> docs = CorrectedDocuments.of(store); // one per corrected article, oldest correction first
 * }</pre>
 */
public final class CorrectedDocuments {
  private CorrectedDocuments() {}

  /**
   * One corrected article.
   *
   * @param article     the article as stored (corrections applied)
   * @param narratives  whether an analyst set its narratives (only then are they labels to learn or export)
   * @param roles       the actors whose role an analyst set, as the article now frames them (not framed: left out)
   */
  public record Doc(Article article, boolean narratives, List<ActorFraming> roles) {
    /** The task's document id: the article id with the {@code .txt} of the task's file names. */
    public String docId() {
      return article.id() + ".txt";
    }

    /** The task's language folder: {@code EN}, {@code BG}… */
    public String languageFolder() {
      return article.language().toUpperCase(Locale.ROOT);
    }

    /** The document text, as the narrative model reads the article. */
    public String text() {
      return NarrativeStage.modelText(article);
    }

    public List<String> narrativeLabels() {
      return article.analysis().narratives().stream().map(LabelScore::label).toList();
    }

    public List<String> subNarrativeLabels() {
      return article.analysis().subNarratives().stream().map(LabelScore::label).toList();
    }

    /** A subtask-2 training document with the corrected narratives. */
    public LabeledDocument labeled() {
      return new LabeledDocument(docId(), article.language(), text(), new LinkedHashSet<>(narrativeLabels()),
          new LinkedHashSet<>(subNarrativeLabels()), null);
    }

    /** Where an actor's first mention is in {@link #text()} (start, end exclusive), or {@code null} when it has none. */
    public int[] firstMention(ActorFraming f) {
      EntityMention m = f.mentions().isEmpty()
          ? article.analysis().entities().stream().filter(e -> f.actor().equalsIgnoreCase(e.canonical())).findFirst().orElse(null)
          : f.mentions().get(0);
      if (m == null) return null;
      int shift = text().length() - article.text().length(); // the title line before the body
      return new int[] {m.start() + shift, m.end() + shift};
    }
  }

  /** Every article with a narratives or role correction in force, in the order of their first correction. */
  public static List<Doc> of(ArticleStore store) {
    Map<String, List<Correction>> byArticle = new LinkedHashMap<>();
    for (Correction c : store.allCorrections()) byArticle.computeIfAbsent(c.articleId(), id -> new ArrayList<>()).add(c);
    List<Doc> out = new ArrayList<>();
    for (var e : byArticle.entrySet()) {
      boolean narratives = false;
      List<String> actors = new ArrayList<>();
      for (Correction c : Corrections.inForce(e.getValue())) {
        if (c.kind().equals(Correction.NARRATIVES)) narratives = true;
        if (c.kind().equals(Correction.ROLE)) actors.add(c.text("actor"));
      }
      if (!narratives && actors.isEmpty()) continue;
      Article a = store.get(e.getKey()).orElse(null);
      if (a == null) continue;
      List<ActorFraming> roles = new ArrayList<>();
      for (String actor : actors) {
        int i = Corrections.actorIndex(a.analysis().actors(), actor);
        if (i >= 0 && a.analysis().actors().get(i).framed()) roles.add(a.analysis().actors().get(i));
      }
      out.add(new Doc(a, narratives, roles));
    }
    return out;
  }
}
