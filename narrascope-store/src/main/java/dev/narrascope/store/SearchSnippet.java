package dev.narrascope.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The snippet of a search hit, made the same way for both stores: about {@link #WORDS} words of the
 * text around the first word that matches the query (as itself or by its stem), matches in brackets.
 */
final class SearchSnippet {
  static final int WORDS = 24;

  private SearchSnippet() {}

  static String of(String text, String language, List<List<List<String>>> query) {
    Set<String> terms = new HashSet<>();
    for (List<List<String>> alts : query) for (List<String> phrase : alts) terms.addAll(phrase);
    List<int[]> spans = spans(text);
    int first = -1;
    boolean[] hit = new boolean[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      if (first >= 0 && i >= first + WORDS) break;
      String w = text.substring(spans.get(i)[0], spans.get(i)[1]);
      hit[i] = matches(w, language, terms);
      if (hit[i] && first < 0) first = i;
    }
    if (spans.isEmpty()) return "";
    int from = Math.max(0, first < 0 ? 0 : first - WORDS / 3);
    int to = Math.min(spans.size(), from + WORDS);
    StringBuilder sb = new StringBuilder(from > 0 ? "…" : "");
    int pos = spans.get(from)[0];
    for (int i = from; i < to; i++) {
      int[] s = spans.get(i);
      sb.append(text, pos, s[0]);
      boolean h = hit[i] || (i >= first + WORDS && matches(text.substring(s[0], s[1]), language, terms));
      sb.append(h ? "[" : "").append(text, s[0], s[1]).append(h ? "]" : "");
      pos = s[1];
    }
    if (to < spans.size()) sb.append('…');
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static boolean matches(String word, String language, Set<String> terms) {
    List<String> lower = SearchTerms.words(word);
    if (lower.stream().anyMatch(terms::contains)) return true;
    return SearchTerms.stems(language, word).stream().anyMatch(terms::contains);
  }

  /** Start and end offsets of the words of {@code text}. */
  private static List<int[]> spans(String text) {
    List<int[]> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean in = i < text.length() && SearchTerms.wordChar(text.charAt(i));
      if (in && start < 0) start = i;
      if (!in && start >= 0) {
        out.add(new int[] {start, i});
        start = -1;
      }
    }
    return out;
  }
}
