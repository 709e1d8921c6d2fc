package dev.narrascope.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a Cyrillic (Russian, Bulgarian, Ukrainian) or Devanagari (Hindi) name in Latin script the way
 * English-language news spells it, so that a name the gazetteer lacks gets one canonical form whatever
 * script the article uses: "Иван Петров" → "Ivan Petrov", "Сергей" → "Sergei", "Савельев" →
 * "Savelyev", "Петър" → "Petar", "कविता शर्मा" → "Kavita Sharma". Not a reversible library scheme
 * (BGN/PCGN gives "Sergey", "Savel'yev"; ICU's Devanagari-Latin keeps the inherent vowel, "śarmā"):
 * news style drops soft signs, writes final -ий as -y and deletes the unspoken Hindi schwa. Text in
 * other scripts is returned unchanged. Stateless and thread-safe.
 */
final class Romanizer {
  private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[єіїґЄІЇҐ]");
  private static final String RU_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ";
  private static final String[] RU_LATIN = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "i", "k", "l", "m",
      "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "ye", "i",
      "yi", "g"};

  // Devanagari: independent vowels, consonants (inherent "a"), dependent vowel signs.
  private static final String[] DEVA = new String[0x80];
  private static final int VIRAMA = 0x094D;
  private static final int NUKTA = 0x093C;

  static {
    String[][] table = {
        {"अ", "a"}, {"आ", "a"}, {"इ", "i"}, {"ई", "i"}, {"उ", "u"}, {"ऊ", "u"}, {"ऋ", "ri"}, {"ए", "e"}, {"ऐ", "ai"},
        {"ऑ", "o"}, {"ओ", "o"}, {"औ", "au"},
        {"क", "k"}, {"ख", "kh"}, {"ग", "g"}, {"घ", "gh"}, {"ङ", "n"}, {"च", "ch"}, {"छ", "chh"}, {"ज", "j"},
        {"झ", "jh"}, {"ञ", "n"}, {"ट", "t"}, {"ठ", "th"}, {"ड", "d"}, {"ढ", "dh"}, {"ण", "n"}, {"त", "t"},
        {"थ", "th"}, {"द", "d"}, {"ध", "dh"}, {"न", "n"}, {"प", "p"}, {"फ", "ph"}, {"ब", "b"}, {"भ", "bh"},
        {"म", "m"}, {"य", "y"}, {"र", "r"}, {"ल", "l"}, {"ळ", "l"}, {"व", "v"}, {"श", "sh"}, {"ष", "sh"},
        {"स", "s"}, {"ह", "h"},
        {"ा", "a"}, {"ि", "i"}, {"ी", "i"}, {"ु", "u"}, {"ू", "u"}, {"ृ", "ri"}, {"े", "e"}, {"ै", "ai"},
        {"ॉ", "o"}, {"ो", "o"}, {"ौ", "au"}, {"ं", "n"}, {"ँ", "n"}, {"ः", "h"}};
    for (String[] e : table) DEVA[e[0].charAt(0) - 0x0900] = e[1];
    // Precomposed nukta letters U+0958..U+095F: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़.
    String[] nukta = {"q", "kh", "g", "z", "r", "rh", "f", "y"};
    for (int k = 0; k < nukta.length; k++) DEVA[0x58 + k] = nukta[k];
  }

  private Romanizer() {}

  /** Whether {@code s} contains Cyrillic or Devanagari letters, i.e. whether {@link #romanize} changes it. */
  static boolean needed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x0400 && c < 0x0500 || c >= 0x0900 && c < 0x0980) return true;
    }
    return false;
  }

  /**
   * The Latin news spelling of a name, each word capitalised; {@code language} (ISO 639-1, may be
   * {@code null}) picks the Bulgarian or Ukrainian reading of shared Cyrillic letters.
   */
  static String romanize(String name, String language) {
    if (!needed(name)) return name;
    // Ukrainian letters in any word make the whole name Ukrainian ("Олексій Гнатенко": г is h in both).
    String lang = UKRAINIAN_LETTERS.matcher(name).find() ? "uk" : language;
    StringBuilder out = new StringBuilder(name.length() + 8);
    int i = 0;
    while (i < name.length()) {
      int j = i;
      while (j < name.length() && isWordChar(name.charAt(j))) j++;
      if (j == i) {
        out.append(name.charAt(i++));
        continue;
      }
      String word = name.substring(i, j);
      String latin = isDevanagari(word.charAt(0)) ? devanagari(word) : cyrillic(word, lang);
      out.append(capitalise(latin, Character.isUpperCase(word.charAt(0)) || isDevanagari(word.charAt(0))));
      i = j;
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isDevanagari(char c) {
    return c >= 0x0900 && c < 0x0980;
  }

  private static String capitalise(String s, boolean upper) {
    if (s.isEmpty() || !upper) return s;
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String cyrillic(String word, String language) {
    String w = word.toLowerCase(Locale.ROOT);
    boolean bulgarian = "bg".equals(language);
    boolean ukrainian = "uk".equals(language);
    StringBuilder b = new StringBuilder(w.length() + 4);
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      int idx = RU_LOWER.indexOf(c);
      if (idx < 0) {
        b.append(c);
        continue;
      }
      char prev = k > 0 ? w.charAt(k - 1) : ' ';
      boolean afterVowel = k == 0 || "аеёиоуыэюяєіїьъ".indexOf(prev) >= 0;
      boolean last = k == w.length() - 1;
      String t = RU_LATIN[idx];
      switch (c) {
        // е, ё, ю, я after a vowel or a sign, or word-initially, are iotated: "Ельцин" → "Yeltsin", "Савельев" → "Savelyev".
        case 'е' -> t = !bulgarian && !ukrainian && afterVowel ? "ye" : "e";
        // News style: final -ий/-ый is "-y" ("Zelensky", "Dmitry"); other й is "i" ("Sergei", "Andrei").
        case 'й' -> t = last && (prev == 'и' || prev == 'ы') ? "" : k + 1 < w.length() && "аеёиоуыэюя".indexOf(w.charAt(k + 1)) >= 0 ? "y" : "i";
        case 'и' -> t = ukrainian ? "y" : k + 2 == w.length() && w.charAt(k + 1) == 'й' ? "y" : "i";
        case 'г' -> t = ukrainian ? "h" : "g";
        case 'щ' -> t = bulgarian ? "sht" : "shch";
        // Bulgarian ъ is a vowel ("Петър" → "Petar"); the Russian hard sign is silent.
        case 'ъ' -> t = bulgarian && !last ? "a" : "";
        default -> { }
      }
      b.append(t);
    }
    return b.toString();
  }

  /**
   * Hindi: consonants carry an inherent "a" that is not spoken at the end of a word nor between two
   * syllables with spoken vowels ("मेहता" → "mehta", not "mehata"); final "-ाव" is written "-ao" ("राव" → "Rao").
   */
  private static String devanagari(String word) {
    int n = word.length();
    String[] cons = new String[n];
    String[] vowel = new String[n];
    boolean[] inherent = new boolean[n];
    int units = 0;
    for (int k = 0; k < n; k++) {
      char c = word.charAt(k);
      int code = c - 0x0900;
      if (code < 0 || code >= 0x80) {
        cons[units] = "";
        vowel[units++] = String.valueOf(c);
        continue;
      }
      if (c == NUKTA) {
        if (units > 0 && cons[units - 1] != null) cons[units - 1] = nukta(word.charAt(k - 1), cons[units - 1]);
        continue;
      }
      if (c == VIRAMA) {
        if (units > 0) {
          vowel[units - 1] = "";
          inherent[units - 1] = false;
        }
        continue;
      }
      String t = DEVA[code];
      if (t == null) continue;
      boolean consonant = c >= 'क' && c <= 'ह' || c >= 0x0958 && c <= 0x095F;
      boolean sign = c >= 0x093E && c <= 0x094C || c == 0x0902 || c == 0x0901 || c == 0x0903;
      if (consonant) {
        cons[units] = t;
        vowel[units] = "a";
        inherent[units++] = true;
      } else if (sign && units > 0) {
        if (c == 0x0902 || c == 0x0901 || c == 0x0903) {
          // Anusvara before ह is a velar nasal: "सिंह" → "Singh"; before a labial it is "m": "अंबिका" → "Ambika".
          if (c == 0x0902 && k + 1 < n && word.charAt(k + 1) == 'ह') t = "ng";
          if (c == 0x0902 && k + 1 < n && "पफबभम".indexOf(word.charAt(k + 1)) >= 0) t = "m";
          vowel[units - 1] = (vowel[units - 1] == null ? "" : vowel[units - 1]) + t;
        } else {
          vowel[units - 1] = t;
        }
        inherent[units - 1] = false;
      } else {
        cons[units] = "";
        vowel[units] = t;
        inherent[units++] = false;
      }
    }
    // Schwa deletion, right to left: final, and V C[a] C V.
    for (int k = units - 1; k >= 0; k--) {
      if (!inherent[k]) continue;
      if (k == units - 1 && units > 1) {
        vowel[k] = "";
      } else if (k > 0 && k + 1 < units && spoken(vowel[k - 1]) && !cons[k + 1].isEmpty() && spoken(vowel[k + 1])) {
        vowel[k] = "";
      }
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < units; k++) b.append(cons[k] == null ? "" : cons[k]).append(vowel[k] == null ? "" : vowel[k]);
    String s = b.toString();
    if (s.endsWith("av") && units >= 2 && "a".equals(vowel[units - 2]) && !inherent[units - 2]) {
      s = s.substring(0, s.length() - 1) + "o";
    }
    return s;
  }

  private static boolean spoken(String vowel) {
    return vowel != null && !vowel.isEmpty();
  }

  private static String nukta(char base, String plain) {
    return switch (base) {
      case 'क' -> "q";
      case 'ग' -> "g";
      case 'ज' -> "z";
      case 'ड' -> "r";
      case 'ढ' -> "rh";
      case 'फ' -> "f";
      default -> plain;
    };
  }
}
