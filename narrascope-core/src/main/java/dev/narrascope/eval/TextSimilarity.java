package dev.narrascope.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Automatic proxies for explanation quality (SemEval's own subtask-3 metric, BERTScore, needs a
 * model we cannot ship): ROUGE-L F1 over word tokens, chrF (character n-grams 1–6, β = 2,
 * whitespace ignored, as sacreBLEU computes it) and content-word overlap. All scores in [0,1].
 * Tokens are maximal runs of Unicode letters or digits, lower-cased, so every script works.
 * Stateless.
 */
public final class TextSimilarity {
  private static final int CHRF_ORDER = 6;
  private static final double CHRF_BETA = 2;

  private TextSimilarity() {}

  /** Lower-cased word tokens (runs of letters/digits; Devanagari combining marks stay in the word). */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        cur.appendCodePoint(cp);
      } else if (cur.length() > 0) {
        out.add(cur.toString().toLowerCase(Locale.ROOT));
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
    return out;
  }

  /** ROUGE-L F1: from the longest common subsequence of the two token lists. */
  public static double rougeL(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    if (c.isEmpty() || r.isEmpty()) return 0;
    int[] prev = new int[r.size() + 1];
    int[] cur = new int[r.size() + 1];
    for (String ct : c) {
      for (int j = 1; j <= r.size(); j++) {
        cur[j] = ct.equals(r.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    int lcs = prev[r.size()];
    if (lcs == 0) return 0;
    double p = (double) lcs / c.size();
    double rec = (double) lcs / r.size();
    return 2 * p * rec / (p + rec);
  }

  /**
   * chrF: per n-gram order, precision and recall of character n-grams (whitespace removed); both
   * averaged over the orders the texts are long enough for; then F with β = 2.
   */
  public static double chrF(String candidate, String reference) {
    String c = candidate.replaceAll("\\s+", "");
    String r = reference.replaceAll("\\s+", "");
    double pSum = 0, rSum = 0;
    int orders = 0;
    for (int n = 1; n <= CHRF_ORDER; n++) {
      Map<String, Integer> cg = ngrams(c, n);
      Map<String, Integer> rg = ngrams(r, n);
      if (cg.isEmpty() || rg.isEmpty()) continue;
      int match = 0, ct = 0, rt = 0;
      for (var e : cg.entrySet()) {
        ct += e.getValue();
        match += Math.min(e.getValue(), rg.getOrDefault(e.getKey(), 0));
      }
      for (int v : rg.values()) rt += v;
      pSum += (double) match / ct;
      rSum += (double) match / rt;
      orders++;
    }
    if (orders == 0) return 0;
    double p = pSum / orders, rec = rSum / orders;
    if (p + rec == 0) return 0;
    double b2 = CHRF_BETA * CHRF_BETA;
    return (1 + b2) * p * rec / (b2 * p + rec);
  }

  /**
   * Whether {@code evidence} shares at least {@code minShared} distinct content words (tokens of
   * five or more characters, which leaves out most function words in all five languages) with
   * {@code reference}.
   */
  public static boolean overlaps(String evidence, String reference, int minShared) {
    Set<String> ref = contentWords(reference);
    Set<String> shared = new HashSet<>();
    for (String t : contentWords(evidence)) if (ref.contains(t)) shared.add(t);
    return shared.size() >= minShared;
  }

  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String t : tokens(text)) if (t.codePointCount(0, t.length()) >= 5) out.add(t);
    return out;
  }

  private static Map<String, Integer> ngrams(String s, int n) {
    Map<String, Integer> out = new HashMap<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + n <= cps.length; i++) out.merge(new String(cps, i, n), 1, Integer::sum);
    return out;
  }
}
