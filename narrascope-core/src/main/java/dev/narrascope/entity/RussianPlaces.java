package dev.narrascope.entity;

import dev.narrascope.entity.RussianPhrases.Reading;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a one-word Russian place name that the gazetteer does not know back in the nominative, from the case its
 * preposition gives it: "в Волчанске" → Волчанск, "под Торецком" → Торецк, "в Пантелеймоновке" → Пантелеймоновка,
 * "на Херсонщине" → Херсонщина, "из Энергодара" → Энергодар, "на Евгеновку" → Евгеновка. Without a preposition the
 * case is unknown ("жители Волчанска"), and the word is left as read; so are adjectives, whose endings no rule here
 * takes ("в Шебекинском", "в Донецкой": locative adjectives end in "-ом"/"-ой", the nouns' in "-е"; the instrumental
 * "под Торецком" is a noun, as adjectives there end in "-ым"/"-им"). Multi-word names are never touched.
 *
 * <p>This class only tells the case and the gender from the preposition and the ending; the nominative endings are
 * {@link RussianPhrases#nominativeNoun}'s. Rules, not a dictionary: masculine towns in "-ск", "-град", "-город",
 * "-бург", "-дар", "-ов"/"-ев" and feminine villages and regions in "-вка", "-щина", "-ия" cover the war's places; an
 * ending that fits none of them, or that a masculine and a feminine name share ("в Полтаве": Полтава; "в Центробанке":
 * Центробанк), is left alone.
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
    if (endsWith(w, "щине", "чине", "вке", "ии")) return noun(w, Reading.F_OBLIQUE);
    if (endsWith(w, "щину", "чину", "вку", "ию")) return noun(w, Reading.F_ACC);
    // "в Волчанске", "в Энергодаре": a masculine town. A feminine "-а" has "-е" too ("в Полтаве", "во Флориде"),
    // so only the endings of masculine towns count.
    if (endsWith(w, MASCULINE_LOCATIVES)) return noun(w, Reading.MN_PREP);
    return w;
  }

  private static String genitive(String w) {
    if (endsWith(w, "щины", "чины", "вки", "ии")) return noun(w, Reading.F_OBLIQUE);
    // "из Энергодара", "до Купянска": only a masculine name has "-а" in the genitive.
    if (w.endsWith("а") && CONSONANTS.indexOf(w.charAt(w.length() - 2)) >= 0) return noun(w, Reading.MN_GEN);
    return w;
  }

  private static String instrumental(String w) {
    if (endsWith(w, "вкой", "щиной", "чиной")) return noun(w, Reading.F_INS);
    if (w.endsWith("ом") && CONSONANTS.indexOf(w.charAt(w.length() - 3)) >= 0) return noun(w, Reading.MN_INS);
    return w;
  }

  /** A capitalised Russian adjective made from a place's name: "Белгородской", "Харьковском", "Днепропетровская". */
  private static final Pattern PLACE_ADJECTIVE = Pattern.compile(
      "(\\p{Lu}[\\p{IsCyrillic}-]+?)(?:ск|цк)(?:ая|ой|ую|ою|ий|ого|ому|ом|ое|ие|их|им|ими)");

  /**
   * The place names a region's or a district's adjective may be made from, the commonest first: "Белгородской (области)"
   * → Белгород, "Днепропетровской" → Днепропетров, Днепропетровск ("-ск" is part of some towns' names); the gazetteer
   * decides which exists ("Полтавской" → Полтав, whose stem is Полтава's). Empty for any other word.
   */
  static List<String> placesOfAdjective(String word) {
    Matcher m = PLACE_ADJECTIVE.matcher(word);
    if (!m.matches() || m.group(1).length() < 3) return List.of();
    String base = m.group(1);
    return List.of(base, base + (word.contains("цк") ? "цк" : "ск"));
  }

  /** The nominative by {@link RussianPhrases}' noun endings, once the case and gender are known; else the word. */
  private static String noun(String w, Reading reading) {
    String nominative = RussianPhrases.nominativeNoun(w, reading);
    return nominative == null ? w : nominative;
  }

  private static boolean endsWith(String w, String... endings) {
    for (String ending : endings) if (w.endsWith(ending)) return true;
    return false;
  }
}
