package dev.narrascope.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own metric: texts become multisets of 4-token shingles of
 * Unicode {@code \w+} tokens (a text of 1–3 tokens is one shingle, an empty text none); per page
 * TP, FP and FN are the multiset intersection and the two excesses. Precision is averaged over the
 * pages that predicted something, recall over all pages, and F1 is the harmonic mean of the two
 * means. Add pages to a fresh instance; not thread-safe.
 *
 * <pre>{@code
 * ExtractionMetric m = new ExtractionMetric();
 * m.add(truthText, extractedText);
 * double f1 = m.f1();
 * }</pre>
 */
public final class ExtractionMetric {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  /** One page's figures; precision is {@code NaN} when the prediction held no tokens at all. */
  public record PageScore(double precision, double recall) {}

  private final List<PageScore> pages = new ArrayList<>();

  /** Scores one page and adds it to the means. */
  public PageScore add(String truth, String predicted) {
    PageScore s = score(truth, predicted);
    pages.add(s);
    return s;
  }

  /** Scores one page without adding it. */
  public static PageScore score(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (var e : p.entrySet()) {
      int tc = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, e.getValue());
      fp += Math.max(0, e.getValue() - tc);
    }
    for (var e : t.entrySet()) fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    if (tp + fp + fn == 0) return new PageScore(1, 1); // both empty: identical
    double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new PageScore(precision, recall);
  }

  /** Mean precision over pages that predicted something; 0 when there are none. */
  public double precision() {
    return pages.stream().mapToDouble(PageScore::precision).filter(d -> !Double.isNaN(d)).average().orElse(0);
  }

  /** Mean recall over all pages; 0 when there are none. */
  public double recall() {
    return pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
  }

  /** Harmonic mean of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int pages() {
    return pages.size();
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      Matcher m = TOKEN.matcher(text);
      while (m.find()) tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) return counts;
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
    }
    return counts;
  }
}
