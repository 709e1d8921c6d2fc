package dev.narrascope.story;

import dev.narrascope.text.BoundedMemo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns text into comparable terms across languages and scripts: lower case, accents stripped,
 * Cyrillic transliterated to Latin, spelling variants of transliteration folded (y/j to i, w to v,
 * x to ks, kh to h, doubled letters to one), stop words dropped and words cut to a 6-letter prefix
 * (a crude, language-free stemmer: "sanctions"/"sanctioned", "Резникова"/"Reznikov" meet). Hindi
 * words keep their vowel signs; digits of any script become ASCII. Stateless; thread-safe.
 */
final class Terms {
  static final int PREFIX = 6;

  /** A term and whether it was written like a name (capitalised inside a sentence, or an acronym). */
  record Token(String term, boolean name, boolean number) {}

  private static final Set<String> STOP = Stream.of(
      // English
      "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
      "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she",
      "they", "his", "her", "their", "we", "our", "you", "not", "but", "will", "would", "said", "says", "after",
      "over", "into", "about", "than", "more", "new", "also", "who", "which", "what", "when", "can", "could", "may",
      "there", "up", "out", "no", "all", "one", "two", "year", "years", "on", "if", "so", "did", "do", "does",
      // Portuguese
      "o", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "por", "para",
      "com", "que", "se", "e", "ao", "aos", "foi", "ser", "mais", "sobre", "diz", "disse", "nao", "sua", "seu",
      // Russian and Bulgarian, transliterated and folded
      "i", "v", "vo", "ne", "na", "s", "so", "k", "ko", "po", "za", "iz", "ot", "do", "o", "ob", "chto", "kak", "eto",
      "on", "ona", "oni", "ego", "ee", "ih", "dlia", "pri", "bil", "bila", "bili", "zaiavil", "skazal",
      "e", "sa", "se", "ot", "che", "kato", "toi", "tia", "te", "nie", "shte", "ka", "zaiavi", "kaza", "pred", "sled",
      // Hindi: postpositions, auxiliaries and pronouns that every article shares
      "के", "का", "की", "में", "से", "को", "ने", "पर", "है", "हैं", "था", "थी", "थे", "और", "या", "कि", "यह", "वह", "ये",
      "वे", "इस", "उस", "एक", "भी", "तो", "ही", "लिए", "कहा", "रहा", "रही", "रहे", "गया", "गई", "हो", "कर", "करने", "नहीं",
      "साथ", "बाद", "अब", "तक", "जो", "अपने", "उनके", "इसके", "द्वारा")
      .map(Terms::fold).collect(Collectors.toUnmodifiableSet());

  private Terms() {}

  /** The terms of {@code text}, in order. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    boolean sentenceStart = true;
    int i = 0, n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '«' || c == '“') sentenceStart = true;
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(text.charAt(i)) || isInnerJoiner(text, i))) i++;
      String word = text.substring(start, i);
      boolean upper = Character.isUpperCase(word.charAt(0));
      boolean acronym = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0));
      boolean number = Character.isDigit(word.charAt(0));
      String term = term(word);
      if (term != null) out.add(new Token(term, acronym || (upper && !sentenceStart), number));
      sentenceStart = false;
    }
    return out;
  }

  /**
   * Letters, digits and combining marks: Devanagari vowel signs and viramas are marks, and
   * splitting words at them cut Hindi into syllables that matched across unrelated articles.
   */
  private static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** A dot or comma between digits (3.5, 1,000) or an apostrophe/hyphen inside a word keeps it whole. */
  private static boolean isInnerJoiner(String s, int i) {
    char c = s.charAt(i);
    if (i == 0 || i + 1 >= s.length()) return false;
    char prev = s.charAt(i - 1), next = s.charAt(i + 1);
    if ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)) return true;
    return (c == '\'' || c == '’') && Character.isLetter(prev) && Character.isLetter(next);
  }

  /**
   * The term of each word seen ({@link #NO_TERM}: none), remembered: every word of every article is
   * folded (a Unicode normalisation and several replacements), and news repeats its words. 50,000 words
   * hold about 8 MB.
   */
  private static final BoundedMemo<String> TERMS = new BoundedMemo<>(50_000);
  /** A word without a term; no term is empty. */
  private static final String NO_TERM = "";

  /** The folded, prefix-cut term of one word, or {@code null} for a stop word or a one-letter word. */
  static String term(String word) {
    String known = TERMS.get(word, w -> {
      String term = termOf(w);
      return term == null ? NO_TERM : term;
    });
    return known.isEmpty() ? null : known;
  }

  private static String termOf(String word) {
    if (Character.isDigit(word.charAt(0))) return asciiDigits(word.replace(",", ""));
    String w = fold(word);
    // A curly apostrophe too: "NATO’s" is "NATO", not a rarer term of its own.
    int apostrophe = w.replace('’', '\'').indexOf('\'');
    if (apostrophe > 0) w = w.substring(0, apostrophe);
    if (w.length() < 2 || STOP.contains(w)) return null;
    return w.length() > PREFIX ? w.substring(0, PREFIX) : w;
  }

  /** Devanagari (or any Unicode) digits as ASCII digits, so "१.९" and "1.9" meet. */
  private static String asciiDigits(String number) {
    StringBuilder sb = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      int d = Character.digit(c, 10);
      sb.append(d >= 0 ? (char) ('0' + d) : c);
    }
    return sb.toString();
  }

  static String fold(String word) {
    String s = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Only Latin/Cyrillic accents go: other scripts' marks (Devanagari vowel signs) carry meaning.
      if (c >= 0x0300 && c <= 0x036F) continue;
      sb.append(c >= 0x0400 && c <= 0x04FF ? cyrillic(c) : String.valueOf(c));
    }
    String latin = sb.toString().replace("kh", "h").replace("x", "ks").replace("ph", "f")
        .replace('y', 'i').replace('j', 'i').replace('w', 'v');
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      if (i > 0 && latin.charAt(i) == latin.charAt(i - 1)) continue;
      out.append(latin.charAt(i));
    }
    return out.toString();
  }

  /** Russian/Bulgarian/Ukrainian letters in a plain English-style transliteration (before folding). */
  private static String cyrillic(char c) {
    return switch (c) {
      case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'д' -> "d"; case 'е', 'ё', 'э', 'є' -> "e";
      case 'ж' -> "zh"; case 'з' -> "z"; case 'и', 'і', 'ї' -> "i"; case 'й' -> "y"; case 'к' -> "k"; case 'л' -> "l";
      case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s";
      case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "h"; case 'ц' -> "ts"; case 'ч' -> "ch";
      case 'ш' -> "sh"; case 'щ' -> "sh"; case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'ю' -> "yu"; case 'я' -> "ya";
      case 'ґ' -> "g";
      default -> String.valueOf(c);
    };
  }
}
