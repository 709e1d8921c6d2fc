package dev.narrascope.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts an inflected Russian name made of adjectives and a head noun back in the nominative, so that every case of an
 * institution's, a place's or a war's name gets one canonical form: "Европейского совета" → "Европейский совет",
 * "Вооруженных сил" → "Вооруженные силы", "Красной армии" → "Красная армия", "Малой Токмачке" → "Малая Токмачка",
 * "Следственном комитете" → "Следственный комитет". People's names are {@link RussianNames}' job.
 *
 * <p>Rules, not a dictionary: the adjectives' ending gives the case, the number and (in the singular) the gender,
 * and the head noun must have an ending of that case; only then are both put in the nominative, the noun by the
 * commonest pattern of its ending ("-ства" is a neuter "-ство", "-ии" a feminine "-ия"). Anything that does not agree
 * (a noun first, "Совета Федерации"; an unknown ending; a nominative already) is returned unchanged, and the words
 * after the head ("университета имени …") are never touched. Bulgarian has no cases and is never touched.
 * Stateless and thread-safe.
 */
final class RussianPhrases {
  private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}]+(?:-[\\p{IsCyrillic}]+)*");
  private static final Pattern SPACES = Pattern.compile(" +");
  /** Adjectives stressed on the ending, whose masculine nominative is "-ой" ("Мирового" → "Мировой"). */
  private static final Set<String> STRESSED_STEMS = Set.of("втор", "больш", "миров", "морск", "городск", "донск",
      "мужск", "молод", "святогорск", "сухопутн", "передов", "боев", "берегов", "трудов", "полев", "золот", "свят",
      "голуб", "крут", "родн", "основн", "лесн", "остров", "крив");
  /** An adjective's suffix before its ending: such a word is no head ("Великой Отечественной" has none). */
  private static final Pattern ADJECTIVE_STEM =
      Pattern.compile(".*(?:н|ск|цк|ов|ев|ин)(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ою|ею|ую|юю|ых|их|ыми|ими)");
  private static final String HUSHING_OR_VELAR = "кгхжшчщ";
  /** Oblique adjective endings, longer before shorter ("ыми" before "ым"); held once, as is the pattern: this runs per name. */
  private static final List<String> OBLIQUE_ENDINGS = List.of("ыми", "ими", "ого", "его", "ому", "ему", "ою", "ею",
      "ую", "юю", "ых", "их", "ым", "им", "ом", "ем", "ой", "ей");
  private static final Pattern POSSESSIVE_DECLENSION = Pattern.compile(".*ь(?:его|ему|им|ем|ей|ею|ю|их|ими)");

  /** What the adjectives' ending (or, for {@link RussianPlaces}, a preposition) says: the number or gender, and the case. */
  enum Reading { MN_GEN, MN_DAT, MN_INS, MN_PREP, F_OBLIQUE, F_ACC, F_INS, PL_GEN_PREP, PL_DAT, PL_INS }

  private RussianPhrases() {}

  /** Whether {@code word} is a masculine adjective stressed on "-ой" ("Кривой", "Золотой"), which no given name is. */
  static boolean stressedAdjective(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("ой") && STRESSED_STEMS.contains(lower.substring(0, lower.length() - 2));
  }

  /**
   * The nominative of a Russian name that opens with one or more adjectives before its head noun; any other name, or
   * text in another language, is returned unchanged.
   *
   * @param language ISO 639-1 code of the text; only {@code "ru"} is inflected this way
   */
  static String nominative(String name, String language) {
    if (!"ru".equals(language)) return name;
    String[] words = SPACES.split(name.strip());
    int adjectives = 0;
    while (adjectives < words.length && adjectiveEnding(words[adjectives]) != null) adjectives++;
    // The head is the first word that is no adjective, or an adjective-looking noun ("Южной Кореей").
    for (int head = Math.min(adjectives, words.length - 1); head >= 1; head--) {
      String phrase = withHead(words, head);
      if (phrase != null) return phrase;
    }
    return name;
  }

  /** The phrase in the nominative with its head noun at {@code head}, or {@code null} where the words do not agree. */
  private static String withHead(String[] words, int head) {
    String noun = words[head];
    if (!CYRILLIC_WORD.matcher(noun).matches() || ADJECTIVE_STEM.matcher(noun.toLowerCase(Locale.ROOT)).matches()) {
      return null;
    }
    boolean acronym = noun.length() > 1 && noun.equals(noun.toUpperCase(Locale.ROOT));
    // An acronym has no case to agree with, so the word before it must be an adjective by its suffix too: "Каховской
    // ГЭС", but not the noun "Полтавой ВКС".
    if (acronym && !ADJECTIVE_STEM.matcher(words[head - 1].toLowerCase(Locale.ROOT)).matches()) return null;
    for (Reading reading : readings(adjectiveEnding(words[0]))) {
      if (!agree(words, head, reading)) continue;
      String nominativeNoun = acronym ? noun : noun(noun.toLowerCase(Locale.ROOT), reading);
      if (nominativeNoun == null) continue;
      boolean neuter = !acronym && isSingularMasculineOrNeuter(reading)
          && (nominativeNoun.endsWith("о") || nominativeNoun.endsWith("е"));
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < head; i++) out.append(adjective(words[i], reading, neuter)).append(' ');
      out.append(acronym ? noun : withCase(noun, nominativeNoun));
      for (int i = head + 1; i < words.length; i++) out.append(' ').append(words[i]);
      return out.toString();
    }
    return null;
  }

  /** The oblique adjective ending of a Cyrillic word ("ого", "ой", "ых", …), or {@code null} for any other word. */
  private static String adjectiveEnding(String word) {
    if (!CYRILLIC_WORD.matcher(word).matches() || word.length() < 5 || word.equals(word.toUpperCase(Locale.ROOT))) {
      return null;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    // "Третьей", "Божьего": the possessive declension ("третий") has endings of its own; left alone.
    if (POSSESSIVE_DECLENSION.matcher(lower).matches()) return null;
    for (String ending : OBLIQUE_ENDINGS) {
      if (lower.endsWith(ending)) return ending;
    }
    return null;
  }

  private static Reading[] readings(String ending) {
    return switch (ending) {
      case "ого", "его" -> new Reading[] {Reading.MN_GEN};
      case "ому", "ему" -> new Reading[] {Reading.MN_DAT};
      case "ым", "им" -> new Reading[] {Reading.MN_INS, Reading.PL_DAT};
      case "ом", "ем" -> new Reading[] {Reading.MN_PREP};
      case "ой", "ей" -> new Reading[] {Reading.F_OBLIQUE, Reading.F_INS};
      case "ою", "ею" -> new Reading[] {Reading.F_INS};
      case "ую", "юю" -> new Reading[] {Reading.F_ACC};
      case "ых", "их" -> new Reading[] {Reading.PL_GEN_PREP};
      case "ыми", "ими" -> new Reading[] {Reading.PL_INS};
      default -> new Reading[0];
    };
  }

  /** Whether every adjective before the head can be read as {@code reading} ("Азовского государственного"). */
  private static boolean agree(String[] words, int head, Reading reading) {
    for (int i = 0; i < head; i++) {
      boolean any = false;
      for (Reading r : readings(adjectiveEnding(words[i]))) any |= r == reading;
      if (!any) return false;
    }
    return true;
  }

  /** The nominative of a lower-case head noun read in {@code reading}, or {@code null} if its ending does not fit. */
  private static String noun(String w, Reading reading) {
    return switch (reading) {
      case MN_GEN -> w.endsWith("ства") || w.endsWith("тва") ? cut(w, 1) + "о"
          : w.endsWith("ния") || w.endsWith("тия") ? cut(w, 1) + "е"
          : w.endsWith("моря") || w.endsWith("поля") ? cut(w, 1) + "е"
          : w.endsWith("а") ? cut(w, 1)
          : w.endsWith("я") ? cut(w, 1) + (vowelBefore(w, 1) ? "й" : "ь") : null;
      case MN_DAT -> w.endsWith("ству") || w.endsWith("тву") ? cut(w, 1) + "о"
          : w.endsWith("нию") || w.endsWith("тию") ? cut(w, 1) + "е"
          : w.endsWith("морю") || w.endsWith("полю") ? cut(w, 1) + "е"
          : w.endsWith("у") ? cut(w, 1)
          : w.endsWith("ю") ? cut(w, 1) + (vowelBefore(w, 1) ? "й" : "ь") : null;
      case MN_INS -> w.endsWith("ством") || w.endsWith("твом") ? cut(w, 2) + "о"
          : w.endsWith("нием") || w.endsWith("тием") ? cut(w, 2) + "е"
          : w.endsWith("морем") || w.endsWith("полем") ? cut(w, 2) + "е"
          : w.endsWith("ом") ? cut(w, 2)
          : w.endsWith("ем") ? cut(w, 2) + (vowelBefore(w, 2) ? "й" : HUSHING_OR_VELAR.indexOf(w.charAt(w.length() - 3)) >= 0
              || w.charAt(w.length() - 3) == 'ц' ? "" : "ь") : null;
      case MN_PREP -> w.endsWith("стве") || w.endsWith("тве") ? cut(w, 1) + "о"
          : w.endsWith("нии") || w.endsWith("тии") ? cut(w, 1) + "е"
          : w.endsWith("ии") ? cut(w, 1) + "й"
          : w.endsWith("море") || w.endsWith("поле") ? w
          : w.endsWith("е") ? cut(w, 1) : null;
      case F_OBLIQUE -> w.endsWith("ии") ? cut(w, 1) + "я"
          : w.endsWith("ы") || w.endsWith("е") ? cut(w, 1) + "а"
          : w.endsWith("ти") || w.endsWith("ди") ? cut(w, 1) + "ь"
          : w.endsWith("и") ? cut(w, 1) + (HUSHING_OR_VELAR.indexOf(w.charAt(w.length() - 2)) >= 0 ? "а" : "я") : null;
      case F_ACC -> w.endsWith("у") ? cut(w, 1) + "а" : w.endsWith("ю") ? cut(w, 1) + "я" : null;
      case F_INS -> w.endsWith("ой") || w.endsWith("ою") ? cut(w, 2) + "а"
          : w.endsWith("ей") || w.endsWith("ею") ? cut(w, 2) + (HUSHING_OR_VELAR.indexOf(w.charAt(w.length() - 3)) >= 0
              || w.charAt(w.length() - 3) == 'ц' ? "а" : "я") : null;
      case PL_GEN_PREP -> w.endsWith("иях") ? cut(w, 2) + "я"
          : w.endsWith("ах") ? cut(w, 2) + plural(w, 2)
          : w.endsWith("ях") ? cut(w, 2) + "и"
          : w.endsWith("ий") ? cut(w, 1) + "я"
          : w.endsWith("ов") ? cut(w, 2) + plural(w, 2)
          : w.endsWith("ев") ? cut(w, 2) + "и"
          : w.endsWith("ей") ? cut(w, 2) + "и"
          : consonantEnd(w) ? w + plural(w, 0) : null;
      case PL_DAT -> w.endsWith("иям") ? cut(w, 2) + "я"
          : w.endsWith("ам") ? cut(w, 2) + plural(w, 2)
          : w.endsWith("ям") ? cut(w, 2) + "и" : null;
      case PL_INS -> w.endsWith("иями") ? cut(w, 3) + "я"
          : w.endsWith("ами") ? cut(w, 3) + plural(w, 3)
          : w.endsWith("ями") ? cut(w, 3) + "и" : null;
    };
  }

  private static boolean isSingularMasculineOrNeuter(Reading reading) {
    return reading == Reading.MN_GEN || reading == Reading.MN_DAT || reading == Reading.MN_INS || reading == Reading.MN_PREP;
  }

  /** The plural nominative ending for a stem ending {@code cut} letters before the end: "-и" after к, г, х and hushing letters. */
  private static String plural(String w, int cut) {
    char last = w.charAt(w.length() - cut - 1);
    return HUSHING_OR_VELAR.indexOf(last) >= 0 ? "и" : "ы";
  }

  /** The adjective put in the nominative of the reading's number and gender, keeping its capitalisation. */
  private static String adjective(String word, Reading reading, boolean neuter) {
    String ending = adjectiveEnding(word);
    String stem = word.substring(0, word.length() - ending.length());
    String lowerStem = stem.toLowerCase(Locale.ROOT);
    boolean soft = ending.startsWith("е") || ending.startsWith("и") || ending.equals("юю");
    boolean velar = !lowerStem.isEmpty() && HUSHING_OR_VELAR.indexOf(lowerStem.charAt(lowerStem.length() - 1)) >= 0;
    return stem + switch (reading) {
      case MN_GEN, MN_DAT, MN_INS, MN_PREP -> neuter ? (soft && !velar ? "ее" : "ое")
          : STRESSED_STEMS.contains(lastPart(lowerStem)) ? "ой" : soft || velar ? "ий" : "ый";
      case F_OBLIQUE, F_ACC, F_INS -> soft && !velar ? "яя" : "ая";
      case PL_GEN_PREP, PL_DAT, PL_INS -> soft || velar ? "ие" : "ые";
    };
  }

  /** The part after the last hyphen ("азиатско-тихоокеанск" → "тихоокеанск"). */
  private static String lastPart(String stem) {
    return stem.substring(stem.lastIndexOf('-') + 1);
  }

  /**
   * The nominative of noun {@code word} read in {@code reading}, keeping every capital of the part it does not change
   * ("Южно-Сахалинске" as masculine prepositional → "Южно-Сахалинск"), or {@code null} if its ending does not fit.
   */
  static String nominativeNoun(String word, Reading reading) {
    String lower = word.toLowerCase(Locale.ROOT);
    String nominative = noun(lower, reading);
    if (nominative == null) return null;
    int same = 0;
    while (same < nominative.length() && same < lower.length() && nominative.charAt(same) == lower.charAt(same)) same++;
    return word.substring(0, same) + nominative.substring(same);
  }

  /** The nominative noun written with the original's capital letter. */
  private static String withCase(String original, String lowerNominative) {
    return Character.isUpperCase(original.charAt(0))
        ? Character.toUpperCase(lowerNominative.charAt(0)) + lowerNominative.substring(1) : lowerNominative;
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }

  private static boolean vowelBefore(String w, int cut) {
    return w.length() > cut && "аеёиоуыэюя".indexOf(w.charAt(w.length() - cut - 1)) >= 0;
  }

  private static boolean consonantEnd(String w) {
    return "бвгдзклмнпрстфхцчшщ".indexOf(w.charAt(w.length() - 1)) >= 0;
  }
}
