package dev.narrascope.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Puts a one-word Russian place name that the gazetteer does not know back in the nominative, from the case its
 * preposition gives it: "в Волчанске" → Волчанск, "под Торецком" → Торецк, "в Пантелеймоновке" → Пантелеймоновка,
 * "на Херсонщине" → Херсонщина, "из Энергодара" → Энергодар, "на Евгеновку" → Евгеновка. Without a preposition the
 * case is unknown ("жители Волчанска"), and the word is left as read; so are adjectives, whose endings no rule here
 * takes ("в Шебекинском", "в Донецкой": locative adjectives end in "-ом"/"-ой", the nouns' in "-е"; the instrumental
 * "под Торецком" is a noun, as adjectives there end in "-ым"/"-им"). Multi-word names are never touched.
 *
 * <p>Rules, not a dictionary: masculine towns in "-ск", "-град", "-город", "-бург", "-дар", "-ов"/"-ев" and feminine
 * villages and regions in "-вка", "-щина", "-ия" cover the war's places; an ending that fits none of them, or that a
 * masculine and a feminine name share ("в Полтаве": Полтава; "в Центробанке": Центробанк), is left alone.
 * Stateless and thread-safe.
 */
final class RussianPlaces {
  /** Prepositions after which a place is in the prepositional (or, for "-у", the accusative) case. */
  private static final Set<String> LOCATIVE = Set.of("в", "во", "на");
  /** Prepositions after which it is in the genitive. */
  private static final Set<String> GENITIVE = Set.of("из", "от", "до", "у", "около", "возле", "близ", "вблизи", "для",
      "без", "вокруг", "северо-восточнее", "южнее", "севернее", "западнее", "восточнее");
  /** Prepositions after which it is in the instrumental. */
  private static final Set<String> INSTRUMENTAL = Set.of("под", "над", "за", "перед", "между");
  private static final String CONSONANTS = "бвгджзкмнпрстфхц";
  /** Locative endings that only masculine towns have ("Волчанске", "Торецке", "Белграде", "Ужгороде", "Николаеве"). */
  private static final String[] MASCULINE_LOCATIVES =
      {"ске", "цке", "граде", "городе", "бурге", "даре", "ове", "еве", "ёве"};
  /** Shorter words are too often indeclinable ("Баку") or no town. */
  private static final int MIN_LENGTH = 5;

  private RussianPlaces() {}

  /**
   * The nominative of place name {@code word} read after {@code preposition} (the word before it, or {@code null}),
   * or {@code word} itself where the case or the ending gives no safe answer.
   */
  static String nominative(String word, String preposition) {
    // "Калач-на-Дону": the case is on the first part, which the rules do not read.
    if (preposition == null || word.length() < MIN_LENGTH || word.indexOf(' ') >= 0 || word.contains("-на-")
        || !Character.isUpperCase(word.charAt(0))) {
      return word;
    }
    String p = preposition.toLowerCase(Locale.ROOT);
    if (LOCATIVE.contains(p)) return locativeOrAccusative(word);
    if (GENITIVE.contains(p)) return genitive(word);
    if (INSTRUMENTAL.contains(p)) return instrumental(word);
    return word;
  }

  private static String locativeOrAccusative(String w) {
    if (w.endsWith("щине") || w.endsWith("чине") || w.endsWith("щину") || w.endsWith("чину")) return cut(w, 1) + "а";
    if (w.endsWith("вке") || w.endsWith("вку")) return cut(w, 1) + "а";
    if (w.endsWith("ии") || w.endsWith("ию")) return cut(w, 1) + "я";
    // "в Волчанске", "в Энергодаре": a masculine town. A feminine "-а" has "-е" too ("в Полтаве", "во Флориде"),
    // so only the endings of masculine towns count.
    for (String ending : MASCULINE_LOCATIVES) if (w.endsWith(ending)) return cut(w, 1);
    return w;
  }

  private static String genitive(String w) {
    if (w.endsWith("щины") || w.endsWith("чины")) return cut(w, 1) + "а";
    if (w.endsWith("вки")) return cut(w, 1) + "а";
    if (w.endsWith("ии")) return cut(w, 1) + "я";
    // "из Энергодара", "до Купянска": only a masculine name has "-а" in the genitive.
    if (w.endsWith("а") && CONSONANTS.indexOf(w.charAt(w.length() - 2)) >= 0) return cut(w, 1);
    return w;
  }

  private static String instrumental(String w) {
    if (w.endsWith("вкой")) return cut(w, 2) + "а";
    if (w.endsWith("щиной") || w.endsWith("чиной")) return cut(w, 2) + "а";
    if (w.endsWith("ом") && CONSONANTS.indexOf(w.charAt(w.length() - 3)) >= 0) return cut(w, 2);
    return w;
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }
}
