package dev.narrascope.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentence spans: at line breaks and after {@code . ! ? ।} followed by space.
 * Good enough for choosing evidence in BG, EN, HI, PT and RU news, where abbreviations are rare
 * enough not to matter for ranking. Stateless.
 */
final class Sentences {
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?।…])[\"'”»)]*\\s+|\\R+");

  private Sentences() {}

  /** Half-open {start, end} spans, trimmed, never empty. */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text);
    int from = 0;
    while (m.find()) {
      add(text, from, m.start(), out);
      from = m.end();
    }
    add(text, from, text.length(), out);
    return out;
  }

  private static void add(String text, int start, int end, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new int[] {start, end});
  }
}
