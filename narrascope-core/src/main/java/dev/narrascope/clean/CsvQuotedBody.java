package dev.narrascope.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the quoting of an article body that went through a CSV field: a straight quotation mark before its first
 * paragraph and after its last, and the marks inside doubled ({@code ""Известия""}). 35 of the 215 Russian SemEval
 * documents are written so; read as they are, the opening mark started a quote that ran over whole paragraphs. Only
 * when both outer marks are left unpaired in their paragraphs (an odd number of marks there, a doubled one counting
 * once), so that a body that opens with a quote and ends with another keeps both. Stateless and thread-safe.
 */
final class CsvQuotedBody {
  private CsvQuotedBody() {}

  /** The paragraphs without the CSV quoting, or the same list when the body is not quoted so. */
  static List<String> unwrap(List<String> paragraphs) {
    if (paragraphs.isEmpty()) return paragraphs;
    String first = paragraphs.get(0);
    String last = paragraphs.get(paragraphs.size() - 1);
    boolean one = paragraphs.size() == 1;
    if (one ? !wrapped(first) : !opensUnpaired(first) || !closesUnpaired(last)) return paragraphs;
    List<String> out = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      int from = i == 0 ? 1 : 0;
      int to = i == paragraphs.size() - 1 ? p.length() - 1 : p.length();
      String inner = p.substring(from, Math.max(from, to)).replace("\"\"", "\"").strip();
      if (!inner.isEmpty()) out.add(inner);
    }
    return out;
  }

  private static boolean opensUnpaired(String paragraph) {
    return paragraph.length() > 1 && paragraph.charAt(0) == '"' && paragraph.charAt(1) != '"' && marks(paragraph) % 2 == 1;
  }

  private static boolean closesUnpaired(String paragraph) {
    int n = paragraph.length();
    return n > 1 && paragraph.charAt(n - 1) == '"' && paragraph.charAt(n - 2) != '"' && marks(paragraph) % 2 == 1;
  }

  /** A one-paragraph body quoted as a whole: its inner marks are all doubled. */
  private static boolean wrapped(String paragraph) {
    int n = paragraph.length();
    if (n < 3 || paragraph.charAt(0) != '"' || paragraph.charAt(n - 1) != '"') return false;
    String inner = paragraph.substring(1, n - 1);
    return inner.contains("\"\"") && inner.replace("\"\"", "").indexOf('"') < 0;
  }

  /** Straight quotation marks in {@code s}, a doubled one counting once. */
  private static int marks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '"') continue;
      n++;
      if (i + 1 < s.length() && s.charAt(i + 1) == '"') i++;
    }
    return n;
  }
}
