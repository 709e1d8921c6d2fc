package dev.narrascope.narrative;

import dev.narrascope.text.AnalysedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into the terms the narrative model counts: its analysed words ({@link AnalysedText}:
 * Lucene's per-language analyzer, stop words removed, stemmed, for BG, EN, HI, PT, RU and the
 * standard analyzer otherwise), then unigrams and adjacent-pair bigrams, plus prefixed character
 * n-grams of each unstemmed word when enabled (they catch inflections the light stemmers miss).
 * Thread-safe: Lucene analyzers reuse their token streams per thread.
 */
final class TextAnalyzer {
  private final int charMin;
  private final int charMax;

  /** @param charMin smallest char n-gram, or 0 for none; {@code charMax} the largest */
  TextAnalyzer(int charMin, int charMax) {
    this.charMin = charMin;
    this.charMax = charMax;
  }

  /** The terms of {@code text}, in order, with repeats. */
  List<String> terms(String text, String language) {
    return terms(AnalysedText.of(text, language).terms(), text);
  }

  /**
   * The terms of {@code text} given its analysed words ({@link AnalysedText#terms()}, possibly read
   * from an analysis of a larger text), in order, with repeats.
   */
  List<String> terms(List<String> words, String text) {
    List<String> out = new ArrayList<>(words.size() * 3);
    out.addAll(words);
    for (int i = 1; i < words.size(); i++) out.add(words.get(i - 1) + ' ' + words.get(i));
    if (charMin > 0) {
      // Unstemmed words: the plain analyzer AnalysedText uses for a text of no known language.
      for (String w : AnalysedText.of(text, null).terms()) {
        String padded = '<' + w + '>';
        for (int n = charMin; n <= charMax; n++) {
          for (int i = 0; i + n <= padded.length(); i++) out.add("#" + padded.substring(i, i + n));
        }
      }
    }
    return out;
  }
}
