package dev.narrascope.framing;

import dev.narrascope.text.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A document's analysed terms (stemmed, stop words removed) with their char offsets, so that the
 * terms around any span can be found by binary search. Immutable; thread-safe.
 */
final class DocumentTokens {
  private final String text;
  private final String[] terms;
  private final int[] starts;
  private final int[] ends;

  private DocumentTokens(String text, String[] terms, int[] starts, int[] ends) {
    this.text = text;
    this.terms = terms;
    this.starts = starts;
    this.ends = ends;
  }

  static DocumentTokens analyse(String text, String language) {
    List<String> t = new ArrayList<>();
    int[] s = new int[64];
    int[] e = new int[64];
    Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (t.size() == s.length) {
          s = Arrays.copyOf(s, s.length * 2);
          e = Arrays.copyOf(e, e.length * 2);
        }
        s[t.size()] = off.startOffset();
        e[t.size()] = off.endOffset();
        t.add(term.toString());
      }
      ts.end();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex); // a StringReader does not fail
    }
    return new DocumentTokens(text, t.toArray(String[]::new), Arrays.copyOf(s, t.size()), Arrays.copyOf(e, t.size()));
  }

  String text() {
    return text;
  }

  int size() {
    return terms.length;
  }

  String term(int i) {
    return terms[i];
  }

  /** Index of the first token ending after {@code offset} (tokens at or right of it). */
  int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = terms.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Index of the first token starting at or after {@code offset}. */
  int firstStartingAt(int offset) {
    int lo = 0;
    int hi = terms.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}
