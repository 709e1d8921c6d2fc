package dev.narrascope.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text's analysed terms ({@link LanguageAnalyzers#forLanguage}: stemmed, stop words removed) with
 * their char offsets, so that the terms of any span can be found by binary search: the one way the
 * narrative and framing models (and their training) turn text into terms. Immutable; thread-safe.
 *
 * <pre>{@code
 * AnalysedText body = AnalysedText.shared(article.text(), article.language());  // analysed once per article
 * body.term(0);                                                                // "nato"
 * }</pre>
 */
public final class AnalysedText {
  /**
   * The last text {@link #shared} analysed on each thread. The per-article stages of a pipeline run
   * one after the other on one thread ({@code Pipeline.analyse}), and narratives, framing and the
   * explanation all analyse the article's body: this lets them share one analysis without a value
   * on the article that would then have to be dropped before the batch is held for writing.
   */
  private static final ThreadLocal<AnalysedText> LAST_SHARED = new ThreadLocal<>();

  private final String text;
  private final Analyzer analyzer;
  private final String[] terms;
  private final int[] starts;
  private final int[] ends;

  private AnalysedText(String text, Analyzer analyzer, String[] terms, int[] starts, int[] ends) {
    this.text = text;
    this.analyzer = analyzer;
    this.terms = terms;
    this.starts = starts;
    this.ends = ends;
  }

  /** Analyses {@code text} with its language's analyzer (the plain one for other languages or {@code null}). */
  public static AnalysedText of(String text, String language) {
    Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
    List<String> t = new ArrayList<>();
    int[] s = new int[64];
    int[] e = new int[64];
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
    return new AnalysedText(text, analyzer, t.toArray(String[]::new), Arrays.copyOf(s, t.size()), Arrays.copyOf(e, t.size()));
  }

  /**
   * {@link #of}, re-using this thread's previous result when it was for the same text and analyzer:
   * for an article's body, which several stages of one article analyse.
   */
  public static AnalysedText shared(String text, String language) {
    AnalysedText last = LAST_SHARED.get();
    if (last != null && last.analyzer == LanguageAnalyzers.forLanguage(language) && last.text.equals(text)) return last;
    AnalysedText analysed = of(text, language);
    LAST_SHARED.set(analysed);
    return analysed;
  }

  public String text() {
    return text;
  }

  public int size() {
    return terms.length;
  }

  public String term(int i) {
    return terms[i];
  }

  /** Every term, in text order, with repeats. */
  public List<String> terms() {
    return List.of(terms);
  }

  /**
   * The terms {@link #of} gives for the passage {@code span} of the text on its own, read from this
   * analysis; empty where that is not certain, so the caller analyses the passage itself. Certain when
   * the passage is bounded by whitespace (or the text's ends) and no term crosses its ends: the
   * tokenizer's word boundaries then fall where they fall in the whole text, and the analyzers'
   * filters look at one token at a time. A sentence glued to the next ("won.Then") is not.
   */
  public Optional<List<String>> termsOf(TextSpan span) {
    if (span.start() > 0 && !Character.isWhitespace(text.charAt(span.start() - 1))) return Optional.empty();
    if (span.end() < text.length() && !Character.isWhitespace(text.charAt(span.end()))) return Optional.empty();
    int from = firstStartingAt(span.start());
    int to = firstStartingAt(span.end());
    if (from > 0 && ends[from - 1] > span.start()) return Optional.empty();
    if (to > from && ends[to - 1] > span.end()) return Optional.empty();
    return Optional.of(List.of(Arrays.copyOfRange(terms, from, to)));
  }

  /** Index of the first term ending after {@code offset} (terms at or right of it). */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = terms.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Index of the first term starting at or after {@code offset}. */
  public int firstStartingAt(int offset) {
    int lo = 0;
    int hi = terms.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}
