package dev.narrascope.language;

import com.github.pemistahl.lingua.api.Language;
import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets {@link Article#language()} (ISO 639-1) and {@link Article#languageConfidence()} from the
 * title and the first {@value #MAX_CHARS} chars of the clean text, with Lingua restricted to
 * Bulgarian, English, Hindi, Portuguese, Russian, German, French, Spanish, Italian, Polish,
 * Ukrainian, Arabic and Chinese. Text with fewer than {@value #MIN_LETTERS} letters, or in none of
 * those languages, gets {@code und} and a finding.
 *
 * <p>The confidence is the probability that the language is right, read off the best language's
 * lead over the runner-up (the difference of their summed trigram log-probabilities) through a
 * logistic curve fitted on snippets of the SemEval documents ({@link #LEAD_WEIGHT}): a paragraph of
 * news is 1.00, a line shared by Spanish and Portuguese 0.5–0.8. Lingua's own "confidence" is each
 * language's score relative to the best and stays near 0.2 for any English article (German is
 * always close in that ratio), which told an analyst nothing.
 *
 * <pre>{@code
 * Article withLanguage = LanguageStage.defaults().apply(article, findings);   // "en", 1.00
 * }</pre>
 * Immutable and thread-safe; all instances share one detector, loaded when the first is built (~1 s).
 */
public final class LanguageStage implements ArticleStage {
  public static final String NAME = "language";
  /**
   * Enough text to be sure of the language; more only costs time, linearly. On the 1,781 SemEval
   * training documents (bg, en, hi, pt, ru) 400, 600, 1000 and 2000 chars all gave 1,781 correct,
   * at about 0.5, 0.5, 0.8 and 1.4 ms of CPU per document; 250 chars made one mistake. 1000 keeps a
   * margin for articles that open with a quote or a dateline in another language.
   */
  static final int MAX_CHARS = 1000;
  /** Below this, n-gram statistics are no better than a guess. */
  static final int MIN_LETTERS = 20;
  /**
   * The confidence curve, {@code 1 / (1 + exp(-(LEAD_WEIGHT × min(lead, LEAD_CAP) + LEAD_BIAS)))}:
   * fitted by {@code LanguageConfidenceCalibration} on 13,741 snippets of 20–1,000 characters of the
   * SemEval training documents (seed 1) and checked on the test documents' (MODELS.md, "Language").
   */
  static final double LEAD_WEIGHT = 0.3748, LEAD_BIAS = 0.3628;
  /** Leads beyond this many nats are all certain; the cap keeps them out of the fit's arithmetic. */
  static final double LEAD_CAP = 30;

  private final double minConfidence;

  private LanguageStage(double minConfidence) {
    this.minConfidence = minConfidence;
    // Load the models here, on the thread that builds the pipeline. Loaded on first use inside the
    // pipeline's parallel stream, Lingua's preloading waits on the common pool whose workers wait on
    // the models' class initialisation: a deadlock on JDK 25 with few cores.
    LinguaModels.detector();
  }

  /** Accepts the most likely language whatever its confidence. */
  public static LanguageStage defaults() {
    return new LanguageStage(0);
  }

  /**
   * A copy that answers {@code und} when the best language's confidence is below {@code minConfidence}.
   *
   * @throws IllegalArgumentException if {@code minConfidence} is not in [0,1]
   */
  public LanguageStage withMinConfidence(double minConfidence) {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0,1]: " + minConfidence);
    }
    return new LanguageStage(minConfidence);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.LANGUAGE);
  }

  @Override
  public Article apply(Article article, Findings findings) {
    String input = article.origin() == null ? article.id() : article.origin();
    String sample = sample(article.title(), article.text());
    long letters = sample.codePoints().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      findings.add(NAME, "too-short", input, "text too short to tell its language (" + letters + (letters == 1 ? " letter)" : " letters)"));
      return article.withLanguage(Article.UNDETERMINED_LANGUAGE, 0);
    }
    LinguaModels.Detection detection = LinguaModels.detect(sample);
    if (detection == null) {
      findings.add(NAME, "unknown-language", input, "language not recognised (not one of " + supported() + ")");
      return article.withLanguage(Article.UNDETERMINED_LANGUAGE, 0);
    }
    Language best = detection.language();
    double confidence = confidence(detection.lead());
    if (confidence < minConfidence) {
      findings.add(NAME, "unsure-language", input, String.format(Locale.ROOT,
          "language unsure: %s at %.2f, below %.2f", code(best), confidence, minConfidence));
      return article.withLanguage(Article.UNDETERMINED_LANGUAGE, confidence);
    }
    return article.withLanguage(code(best), confidence);
  }

  /** The probability that the detected language is right, given its lead over the runner-up in nats. */
  static double confidence(double lead) {
    if (lead == Double.POSITIVE_INFINITY) return 1;
    return 1 / (1 + Math.exp(-(LEAD_WEIGHT * Math.min(lead, LEAD_CAP) + LEAD_BIAS)));
  }

  /** The title and the start of the text, cut at a space so no half word skews the statistics. */
  static String sample(String title, String text) {
    String joined = title.isBlank() ? text : title + "\n" + text;
    if (joined.length() <= MAX_CHARS) return joined;
    int cut = joined.lastIndexOf(' ', MAX_CHARS);
    return joined.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }

  static String code(Language language) {
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static String supported() {
    return LinguaModels.LANGUAGES.stream().map(LanguageStage::code).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return NAME;
  }
}
