package dev.narrascope.framing;

import java.util.Locale;
import java.util.Map;
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
 * one for any other language. Lucene analyzers are thread-safe (per-thread token stream reuse), so
 * one instance per language is shared.
 */
final class LanguageAnalyzers {
  private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
      "bg", new BulgarianAnalyzer(),
      "en", new EnglishAnalyzer(),
      "hi", new HindiAnalyzer(),
      "pt", new PortugueseAnalyzer(),
      "ru", new RussianAnalyzer());
  private static final Analyzer FALLBACK = new StandardAnalyzer(CharArraySet.EMPTY_SET);

  private LanguageAnalyzers() {}

  static Analyzer forLanguage(String language) {
    return language == null ? FALLBACK : BY_LANGUAGE.getOrDefault(language.toLowerCase(Locale.ROOT), FALLBACK);
  }
}
