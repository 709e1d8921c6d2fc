package dev.narrascope.explain;

import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Explanation;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativePrediction;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Pipeline stage {@value #NAME}: writes {@code Analysis.explanation}, the dominant narrative and
 * sub-narrative with an explanation of at most {@value EvidenceExplainer#MAX_WORDS} words of whole sentences from the
 * article, whose {@link dev.narrascope.Evidence} offsets point into
 * {@code Article.text}. Uses the narratives the {@code narratives} stage found, or classifies the
 * article itself when that stage did not run.
 * The bundled model is loaded on first use. Thread-safe.
 */
public final class ExplanationStage implements ArticleStage {
  public static final String NAME = "explanation";

  private final Supplier<NarrativeModel> model;

  /** With the bundled narrative model. */
  public ExplanationStage() {
    this.model = NarrativeModel::defaults;
  }

  public ExplanationStage(NarrativeModel model) {
    this.model = () -> model;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.LANGUAGE, Keys.NARRATIVES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.EXPLANATION);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    if (article.text().isBlank()) {
      findings.add(NAME, "empty-text", article.origin() == null ? article.id() : article.origin(), "no text to explain");
      return article;
    }
    NarrativeModel m = model.get();
    var a = article.analysis();
    NarrativePrediction p = a.narratives().isEmpty()
        ? m.predict(article.title(), article.text(), article.language())
        : new NarrativePrediction(a.narratives(), a.subNarratives());
    Explanation e = new EvidenceExplainer(m).explain(article.text(), article.language(), p);
    return article.withAnalysis(a.withExplanation(e));
  }
}
