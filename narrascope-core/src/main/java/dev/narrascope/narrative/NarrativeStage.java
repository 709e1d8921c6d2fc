package dev.narrascope.narrative;

import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Pipeline stage {@value #NAME}: fills {@code Analysis.narratives} and {@code subNarratives} with
 * calibrated confidences, best first, classifying title and body in the article's language. Uses
 * the bundled {@link NarrativeModel} unless given another; the model is loaded on first use, once.
 * Thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new NarrativeStage()).build();
 * }</pre>
 */
public final class NarrativeStage implements ArticleStage {
  public static final String NAME = "narratives";

  private final Supplier<NarrativeModel> model;

  /** With the bundled model. */
  public NarrativeStage() {
    this(NarrativeModel::defaults);
  }

  public NarrativeStage(NarrativeModel model) {
    this(() -> model);
  }

  private NarrativeStage(Supplier<NarrativeModel> model) {
    this.model = model;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.LANGUAGE);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.NARRATIVES);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    if (article.text().isBlank() && article.title().isBlank()) {
      findings.add(NAME, "empty-text", article.origin() == null ? article.id() : article.origin(), "no text to classify");
      return article;
    }
    NarrativePrediction p = model.get().predict(article.title(), article.text(), article.language());
    return article.withAnalysis(article.analysis().withNarratives(p.narratives(), p.subNarratives()));
  }

  /**
   * The text the model classifies for an article ({@link NarrativeModel#modelText}); articles added to
   * the training data (corrected ones) are given in this form too.
   */
  public static String modelText(Article article) {
    return NarrativeModel.modelText(article.title(), article.text());
  }
}
