package dev.narrascope.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Lucene's stemming, stop-word-removing analyzer for each task language, and a plain lower-casing
 * one for any other language: the one table for the narrative and framing models and the store's
 * search terms. Lucene analyzers are thread-safe (per-thread token stream reuse), so one instance per
 * language is shared.
 */
public final class LanguageAnalyzers {
  private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
      "bg", new BulgarianAnalyzer(),
      "en", new EnglishAnalyzer(),
      "hi", new HindiAnalyzer(),
      "pt", new PortugueseAnalyzer(),
      "ru", new RussianAnalyzer());
  private static final Analyzer FALLBACK = new StandardAnalyzer(CharArraySet.EMPTY_SET);

  private LanguageAnalyzers() {}

  /** The language's stemming analyzer, or the plain one for a language without it (or {@code null}). */
  public static Analyzer forLanguage(String language) {
    return stemming(language).orElse(FALLBACK);
  }

  /** Every language's stemming analyzer (for a query whose language is unknown). */
  public static Collection<Analyzer> stemmers() {
    return BY_LANGUAGE.values();
  }

  /** The language's stemming analyzer; empty for a language without one (or {@code null}). */
  public static Optional<Analyzer> stemming(String language) {
    return language == null ? Optional.empty() : Optional.ofNullable(BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT)));
  }
}
