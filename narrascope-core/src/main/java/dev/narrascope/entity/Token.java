package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word token of the clean text with its offsets and its {@link NameKeys} key and stem (computed
 * once, as matching looks at every token several times); a trailing possessive ("NATO's", "NATO’s")
 * is left outside the token so that mentions end before it.
 */
record Token(String text, int start, int end, String key, String stem) {
  // Dotted acronyms first ("U.S."), then words with inner hyphens/apostrophes ("al-Assad", "O'Brien").
  private static final Pattern WORD =
      Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*");

  /** Tokenises {@code text}; never {@code null}. */
  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int end = m.end();
      String w = m.group();
      if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) end -= 2;
      String word = text.substring(m.start(), end);
      NameKeys.Keys keys = NameKeys.keys(word);
      out.add(new Token(word, m.start(), end, keys.key(), keys.stem()));
    }
    return out;
  }

  /** Whether the token starts with an upper-case letter (Latin, Cyrillic, Greek…). */
  boolean capitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether every letter is upper case and there are at least two ("NATO", "U.S."). */
  boolean allCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2;
  }
}
