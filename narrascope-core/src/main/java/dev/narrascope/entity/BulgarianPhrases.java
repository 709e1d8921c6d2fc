package dev.narrascope.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the definite article off the first word of a Bulgarian name the gazetteer does not know, so that "Съвета за
 * сигурност" and "Съветът за сигурност" get the canonical form "Съвет за сигурност", "Министерството на отбраната"
 * "Министерство на отбраната" and "Петербургския международен икономически форум" "Петербургски международен
 * икономически форум": the citation form an official name has, where Bulgarian text adds the article by the name's
 * place in the sentence (the full "-ът" for a subject, the short "-а" otherwise). Only the first word carries it.
 *
 * <p>Rules, not a dictionary: an adjective's article ("-ският", "-ния", "-ната", "-ното", "-ните") when more words
 * follow it, a noun's when the noun is a head that {@link HeadedNames} knows ("Министерството", "Центъра",
 * "Службата"); any other word keeps its ending, since many names end as an article does ("Барселона", "Торонто",
 * "Малта"). Stateless and thread-safe.
 */
final class BulgarianPhrases {
  private static final Pattern SPACE = Pattern.compile(" ");
  /** "-ния" / "-ният" of an adjective in "-ен" (the vowel drops before the article: "държавен" → "държавния"). */
  private static final Pattern EN_ADJECTIVE = Pattern.compile("\\p{IsCyrillic}+[вдлнрт]ни(?:я|ят)");
  /** Any other adjective's masculine article, on "-и" ("петербургски" → "петербургския"). */
  private static final Pattern I_ADJECTIVE = Pattern.compile("\\p{IsCyrillic}+(?:ск|чк|шк|жк|цк|ч|ш|ж|щ)и(?:я|ят)");
  /** Feminine, neuter and plural adjectives' articles ("националната", "народното", "въоръжените"). */
  private static final Pattern OTHER_ADJECTIVE = Pattern.compile("\\p{IsCyrillic}+(?:н|ск|чн|ов|ев|ин)(?:ата|ото|ите)");

  /** The feminine, neuter and plural nouns' articles. */
  private static final Set<String> FULL_ARTICLES = Set.of("та", "то", "те");
  /** Masculine head nouns, whose article is "-ът" or "-а" (feminine and neuter heads take "-та" and "-то"). */
  private static final Set<String> MASCULINE_HEADS = Set.of("съвет", "център", "институт", "университет", "форум",
      "комитет", "съюз", "парламент", "фонд", "трибунал", "департамент", "алианс", "конгрес", "панел", "регион",
      "континент", "океан", "остров", "полуостров", "залив", "пролив", "договор", "площад");

  private BulgarianPhrases() {}

  /**
   * {@code name} with its first word in the indefinite form, where that word is an adjective opening a longer name or
   * a head noun; otherwise unchanged.
   *
   * @param language ISO 639-1 code of the text; only {@code "bg"} is changed
   */
  static String indefinite(String name, String language) {
    if (!"bg".equals(language)) return name;
    String[] words = SPACE.split(name, 2);
    String first = words[0];
    // "Петербургския международен …": an adjective opens a name whose other words are lower case.
    String bare = words.length > 1 && Character.isLowerCase(words[1].codePointAt(0)) ? adjective(first) : null;
    if (bare == null) bare = headNoun(first);
    return bare == null ? name : words.length > 1 ? bare + " " + words[1] : bare;
  }

  private static String adjective(String word) {
    if (EN_ADJECTIVE.matcher(word).matches()) return cut(word, word.endsWith("ят") ? 3 : 2).replaceFirst("н$", "ен");
    if (I_ADJECTIVE.matcher(word).matches()) return cut(word, word.endsWith("ят") ? 2 : 1);
    if (OTHER_ADJECTIVE.matcher(word).matches()) return cut(word, 2);
    return null;
  }

  /**
   * A head noun without its article: "-ът" / "-ят" and a masculine head's short "-а" ("Съвета", "Центъра"), or "-та" /
   * "-то" / "-те" ("Службата", "Министерството", "Силите"); {@code null} for any other word ("Служба" is no "Служб").
   */
  private static String headNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 6 || HeadedNames.headType(lower) == null) return null;
    String article2 = lower.substring(lower.length() - 2);
    String bare2 = lower.substring(0, lower.length() - 2);
    if (("ът".equals(article2) || "ят".equals(article2)) && MASCULINE_HEADS.contains(bare2)
        || FULL_ARTICLES.contains(article2) && HeadedNames.headType(bare2) != null && !MASCULINE_HEADS.contains(bare2)) {
      return word.substring(0, word.length() - 2);
    }
    String bare1 = lower.substring(0, lower.length() - 1);
    return lower.endsWith("а") && MASCULINE_HEADS.contains(bare1) ? word.substring(0, word.length() - 1) : null;
  }

  private static String cut(String word, int letters) {
    return word.substring(0, word.length() - letters);
  }
}
