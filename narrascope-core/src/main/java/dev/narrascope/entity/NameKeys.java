package dev.narrascope.entity;

import java.text.Normalizer;
import dev.narrascope.text.BoundedMemo;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Script- and spelling-independent keys for names, so that "Зеленский", "Зеленски", "Zelensky",
 * "Zelenskyy" and "Zelenskiy" compare equal: Cyrillic is transliterated, Latin diacritics removed,
 * spelling variants folded (y/j→i, kh→h, x→ks, w→v, doubled letters), and {@link #stem} cuts case
 * endings ("Путина", "Зеленского"). Stateless and thread-safe.
 */
final class NameKeys {
  private static final String[] CYRILLIC = new String[0x500 - 0x400];
  private static final Pattern IGNORED = Pattern.compile("[\\u0300-\\u036f\\u093c.'’]");
  private static final String[] SUFFIXES = {"iami", "ogo", "ego", "omu", "emu", "imi", "ami", "oi", "ei", "im", "om", "em", "ah", "iu", "ia"};

  static {
    String lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґў";
    String[] latin = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "a", "y", "", "e", "yu", "ya", "ye", "i", "yi", "g", "u"};
    for (int i = 0; i < lower.length(); i++) CYRILLIC[lower.charAt(i) - 0x400] = latin[i];
  }

  /**
   * Each word's {@link #key} and {@link #stem}, remembered: every token of every article needs both
   * (a Unicode normalisation, a regex and a handful of replacements each, a third of entity finding's
   * time), and news repeats its words. 50,000 words hold about 10 MB.
   */
  private static final BoundedMemo<Keys> KEYS = new BoundedMemo<>(50_000);

  /** A word's {@link #key} and {@link #stem}. */
  record Keys(String key, String stem) {}

  private NameKeys() {}

  /** {@link #key} and {@link #stem} of {@code word}, remembered across calls. */
  static Keys keys(String word) {
    return KEYS.get(word, w -> {
      String key = key(w);
      String stem = stem(w, key);
      return new Keys(key, stem.equals(key) ? key : stem);
    });
  }

  /** Lower-case Latin transliteration of {@code s}; other scripts pass through lower-cased. */
  static String transliterate(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String t = c >= 0x400 && c < 0x500 ? CYRILLIC[c - 0x400] : null;
      // Bulgarian ъ is a vowel inside a word, the Russian hard sign at its end.
      if (c == 'ъ' && (i + 1 == lower.length() || !Character.isLetter(lower.charAt(i + 1)))) t = "";
      b.append(t != null ? t : String.valueOf(c));
    }
    return b.toString();
  }

  /** The folded key of one word: transliterated, without diacritics, spelling variants folded. */
  static String key(String word) {
    String s = IGNORED.matcher(Normalizer.normalize(transliterate(word), Normalizer.Form.NFD)).replaceAll("");
    if (s.startsWith("ye")) s = s.substring(1);
    s = s.replace("kh", "h").replace("x", "ks").replace("w", "v").replace("ph", "f").replace("ck", "k")
        .replace('y', 'i').replace('j', 'i');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1) || !Character.isLetter(s.charAt(i))) b.append(s.charAt(i));
    }
    return b.toString();
  }

  /**
   * {@link #key} without a case ending, for matching inflected forms ("Путина" ≈ "Putin"); the
   * Bulgarian definite article is cut too ("Западът" ≈ "Запад").
   */
  static String stem(String word) {
    return stem(word, key(word));
  }

  /** {@link #stem(String)} given the word's {@link #key}: tokenising needs both, and the key is the costly part. */
  static String stem(String word, String wordKey) {
    String w = word;
    if (w.length() > 5 && (w.endsWith("ът") || w.endsWith("ят"))) w = w.substring(0, w.length() - 2);
    String k = w == word ? wordKey : key(w); // the same string when no article was cut
    for (String suffix : SUFFIXES) {
      if (k.length() - suffix.length() >= 4 && k.endsWith(suffix)) {
        k = k.substring(0, k.length() - suffix.length());
        break;
      }
    }
    while (k.length() > 4 && "aeiou".indexOf(k.charAt(k.length() - 1)) >= 0) k = k.substring(0, k.length() - 1);
    return k;
  }

  /**
   * A looser key across scripts: the consonants of {@link #key}, with the letters other alphabets
   * render English and Italian sounds by folded together ("Говард Пайк" ≈ "Howard Pike": g≈h;
   * "Маркети" ≈ "Marchetti": ch≈k). Only for joining a romanised name to a Latin one.
   */
  static String consonants(String word) {
    String k = key(word).replace("ch", "k").replace("sh", "s").replace('g', 'h').replace('c', 'k').replace('q', 'k')
        .replace('z', 's');
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if ("aeiou".indexOf(c) >= 0) continue;
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) b.append(c);
    }
    return b.toString();
  }

  /** Edit distance, for tolerant first-name matching ("Aleksey" ≈ "Oleksii"). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Whether two first names (or initials) may denote the same person. */
  static boolean compatibleGivenNames(String a, String b) {
    String x = stem(a);
    String y = stem(b);
    if (x.isEmpty() || y.isEmpty()) return true;
    if (x.length() == 1 || y.length() == 1) return x.charAt(0) == y.charAt(0);
    return distance(x, y) <= Math.max(1, Math.min(x.length(), y.length()) / 3);
  }

  /** Whether the word is written in a script with letter case (Latin, Cyrillic, Greek). */
  static boolean cased(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) return Character.isUpperCase(c) || Character.isLowerCase(c);
    }
    return false;
  }
}
