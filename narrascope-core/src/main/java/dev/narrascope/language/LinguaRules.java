package dev.narrascope.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.internal.Alphabet;
import com.github.pemistahl.lingua.internal.Constant;
import com.github.pemistahl.lingua.internal.util.extension.CharExtensionsKt;
import dev.narrascope.text.BoundedMemo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lingua 1.2.2's two rule steps before its n-gram models ({@code detectLanguageWithRules} and
 * {@code filterLanguagesByRules}) and its word split, answering what Lingua's own steps answer.
 * Lingua tests every character of every word against each alphabet's script and every word against
 * its table of telling letters, for every text: after the trigram look-ups were remembered
 * ({@link LinguaModels}) that was four fifths of language detection. Each word's part in both rules
 * depends on the word alone, so it is worked out once per distinct word by Lingua's own code and
 * remembered ({@link Word}); only the counting over a text's words is done here, in Lingua's order
 * where order decides. {@code LinguaModelsTest} pins the whole detection to Lingua's answers.
 */
final class LinguaRules {
  /** The characters Lingua's word split makes words of their own (Chinese and Japanese script). */
  private static final BitSet LOGOGRAMS = new BitSet(Character.MAX_VALUE + 1);
  /** Lingua's table of telling letters: each entry's letters, and the languages that use them. */
  private static final String[] LETTERS;
  private static final List<Set<Language>> LETTER_LANGUAGES = new ArrayList<>();
  /** What the rules make of each word seen. 100,000 words hold about 12 MB. */
  private static final BoundedMemo<Word> WORDS = new BoundedMemo<>(100_000);

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) if (CharExtensionsKt.isLogogram((char) c)) LOGOGRAMS.set(c);
    Map<String, ? extends Set<Language>> table = Constant.INSTANCE.getCHARS_TO_LANGUAGES_MAPPING();
    LETTERS = table.keySet().toArray(String[]::new);
    for (String letters : LETTERS) LETTER_LANGUAGES.add(table.get(letters));
  }

  private LinguaRules() {}

  /**
   * One word's part in both rules: the language its letters alone say ({@link Language#UNKNOWN}:
   * none), the alphabet all its letters belong to ({@code null}: none or mixed), and per entry of the
   * telling-letters table how many of the entry's letters it holds ({@code null}: none of any).
   */
  record Word(Language verdict, Alphabet alphabet, int[] letterCounts) {}

  /** Lingua's {@code splitTextIntoWords}: split at spaces, every logogram a word of its own. */
  static List<String> split(String cleaned) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c == ' ') {
        if (start != i) words.add(cleaned.substring(start, i));
        start = i + 1;
      } else if (LOGOGRAMS.get(c)) {
        if (start != i) words.add(cleaned.substring(start, i));
        words.add(String.valueOf(c));
        start = i + 1;
      }
    }
    if (start != cleaned.length()) words.add(cleaned.substring(start));
    return words;
  }

  static List<Word> words(List<String> words) {
    List<Word> facts = new ArrayList<>(words.size());
    for (String w : words) facts.add(WORDS.get(w, LinguaRules::word));
    return facts;
  }

  private static Word word(String word) {
    // A text of one word: Lingua's rule then answers exactly that word's own verdict.
    Language verdict = LinguaModels.detector().detectLanguageWithRules$lingua(List.of(word));
    Alphabet alphabet = null;
    for (Alphabet a : Alphabet.values()) {
      if (a.matches(word)) {
        alphabet = a;
        break;
      }
    }
    int[] counts = null;
    for (int k = 0; k < LETTERS.length; k++) {
      String letters = LETTERS[k];
      for (int i = 0; i < letters.length(); i++) {
        if (word.indexOf(letters.charAt(i)) >= 0) {
          if (counts == null) counts = new int[LETTERS.length];
          counts[k]++;
        }
      }
    }
    return new Word(verdict, alphabet, counts);
  }

  /** Lingua's {@code detectLanguageWithRules}: the one language the words' letters say, else {@link Language#UNKNOWN}. */
  static Language detect(List<Word> words) {
    Map<Language, Integer> totals = new EnumMap<>(Language.class);
    for (Word w : words) totals.merge(w.verdict(), 1, Integer::sum);
    if (totals.getOrDefault(Language.UNKNOWN, 0) < 0.5 * words.size()) totals.remove(Language.UNKNOWN);
    if (totals.isEmpty()) return Language.UNKNOWN;
    if (totals.size() == 1) return totals.keySet().iterator().next();
    if (totals.size() == 2 && totals.containsKey(Language.CHINESE) && totals.containsKey(Language.JAPANESE)) {
      return Language.JAPANESE;
    }
    // The most frequent unless the second is as frequent: which of tied ones comes first does not matter.
    Language first = null;
    int firstCount = -1;
    int secondCount = -1;
    for (var e : totals.entrySet()) {
      if (e.getValue() > firstCount) {
        secondCount = firstCount;
        first = e.getKey();
        firstCount = e.getValue();
      } else if (e.getValue() > secondCount) {
        secondCount = e.getValue();
      }
    }
    return firstCount == secondCount ? Language.UNKNOWN : first;
  }

  /** Lingua's {@code filterLanguagesByRules}: the detector's languages the words' alphabet and telling letters allow. */
  static Set<Language> filter(LanguageDetector detector, List<Word> words) {
    Set<Language> languages = detector.getLanguages$lingua();
    // In order of first appearance: of alphabets equally frequent, Lingua takes the first seen.
    Map<Alphabet, Integer> alphabets = new LinkedHashMap<>();
    for (Word w : words) if (w.alphabet() != null) alphabets.merge(w.alphabet(), 1, Integer::sum);
    if (alphabets.isEmpty()) return languages;
    if (alphabets.size() > 1 && alphabets.values().stream().distinct().count() == 1) return languages;
    Alphabet most = null;
    int mostCount = -1;
    for (var e : alphabets.entrySet()) {
      if (e.getValue() > mostCount) {
        most = e.getKey();
        mostCount = e.getValue();
      }
    }
    Set<Language> filtered = EnumSet.noneOf(Language.class);
    for (Language l : languages) if (l.getAlphabets$lingua().contains(most)) filtered.add(l);
    int[] totals = new int[LETTERS.length];
    for (Word w : words) {
      if (w.letterCounts() != null) for (int k = 0; k < totals.length; k++) totals[k] += w.letterCounts()[k];
    }
    Map<Language, Integer> counts = new EnumMap<>(Language.class);
    for (int k = 0; k < totals.length; k++) {
      if (totals[k] == 0) continue;
      for (Language l : LETTER_LANGUAGES.get(k)) if (filtered.contains(l)) counts.merge(l, totals[k], Integer::sum);
    }
    Set<Language> subset = EnumSet.noneOf(Language.class);
    for (var e : counts.entrySet()) if (e.getValue() >= words.size() / 2.0) subset.add(e.getKey());
    return subset.isEmpty() ? filtered : subset;
  }
}
