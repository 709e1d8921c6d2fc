package dev.narrascope.quote;

/** Character scans over an article's text that the quote extractor and the speaker rules share. */
final class TextScan {
  private TextScan() {}

  /** Whether {@code text} holds a letter in {@code [from, to)} (clamped to the text). */
  static boolean hasLetters(String text, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) if (Character.isLetter(text.charAt(k))) return true;
    return false;
  }

  /** The first offset at or after {@code at} that is no whitespace; {@code text.length()} when there is none. */
  static int skipSpaces(String text, int at) {
    int k = at;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
    return k;
  }
}
