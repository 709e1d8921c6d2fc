package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits clean text into sentences by rule: a sentence ends at {@code . ! ? …} (plus any closing
 * quotation marks or brackets) followed by white space, and at every line break. Common
 * abbreviations ("Mr.", "Gen.", "U.S.") and initials do not end a sentence. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<TextSpan> spans = Sentences.split("Mr. Smith left. He said so.");  // two sentences
 * }</pre>
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st",
      "sen", "rep", "gov", "prof", "jr", "sr", "vs", "etc", "no", "inc", "ltd", "co", "corp", "jan", "feb", "aug",
      "sept", "sep", "oct", "nov", "dec", "approx", "fig", "sra", "dra", "г", "гг", "т", "е", "д", "ул", "им");
  private static final String CLOSERS = "\"'”’»)]“‘";

  private Sentences() {}

  /** Returns the sentences of {@code text}, trimmed, in order; never {@code null}. */
  public static List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.')) end++;
        if (end < n && !Character.isWhitespace(text.charAt(end))) continue;
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean endsSentence(String text, int i) {
    if (text.charAt(i) != '.') return true;
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
    String word = text.substring(w, i);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial: "J. Smith", "U.S."
    if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return false;
    // A lower-case continuation ("approx. five") is not a sentence end; decimals never reach here.
    int next = i + 1;
    while (next < text.length() && (text.charAt(next) == ' ' || CLOSERS.indexOf(text.charAt(next)) >= 0)) next++;
    return next >= text.length() || !Character.isLowerCase(text.charAt(next));
  }

  private static void add(String text, int start, int end, List<TextSpan> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new TextSpan(start, end));
  }
}
