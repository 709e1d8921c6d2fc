package dev.narrascope.text;

/**
 * Text folded char by char as {@code java.util.regex} folds case for {@code (?iu)} patterns (the lower
 * case of the upper case), so that a plain {@code contains} test for a lower-case word finds it in
 * every spelling such a pattern matches. Used to run costly case-insensitive patterns only on text
 * that holds a word they require.
 */
public final class CaseFold {
  private CaseFold() {}

  /** {@code text[from, to)} folded. */
  public static String fold(CharSequence text, int from, int to) {
    char[] chars = new char[to - from];
    for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(from + i)));
    return new String(chars);
  }

  public static String fold(CharSequence text) {
    return fold(text, 0, text.length());
  }

  /** Whether folded text holds any of {@code words} (each in lower case, as folding leaves it). */
  public static boolean containsAny(String folded, String... words) {
    for (String w : words) if (folded.contains(w)) return true;
    return false;
  }
}
