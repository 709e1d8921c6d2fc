package dev.narrascope.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Russian and Bulgarian capitalise only the first word of an institution's, a sea's or a war's name ("Световната
 * здравна организация", "Тихия океан", "Държавната дума", "Вторая мировая война"), so the run of capitalised words
 * that finds names elsewhere stops at that first word, an adjective ("Svetovnata", "Tikhiya" as actors). Here the
 * lower-case words after it are taken in up to a head noun that says what the name is: an organisation, a place
 * or a thing (a war, a treaty), never a person. Known names come from the gazetteer before this runs; these are
 * the ones it lacks ("Международния валутен фонд" it has; "Петербургския международен икономически форум" not).
 * Region nouns are no heads: "Белгородской области" stays unnamed ({@link Lexicon#REGION_NOUNS}), since each case of
 * an inflected region would be an actor of its own.
 * Stateless and thread-safe.
 */
final class HeadedNames {
  /** A name on tokens {@code [from, to)} of the given entity type. */
  record Span(int from, int to, String type) {}

  /** How many lower-case words may stand between the capitalised word and the head ("здравна"). */
  private static final int MAX_MODIFIERS = 2;
  /** Letters an inflected head may add to the start of its forms. */
  private static final int MAX_ENDING = 2;

  /**
   * Head nouns by the start of their forms (Russian and Bulgarian), by the type of the name they end; a form may add
   * up to {@link #MAX_ENDING} letters to the longest start it begins with ("организация" + "та", "совет" + "ом", but
   * not "совет" + "ник", an adviser, nor "мор" + "ски", an adjective).
   */
  private static final Map<String, String> HEADS = heads(Map.of(
      "ORGANIZATION", "организаци организация дума думы думе думу сили силы сил служб служба банк банка фонд комиси " +
          "комисия комисси съвет совет агенци агенция агентств институт университет форум парти партия " +
          "федераци федерация министерств министерство комитет съюз союз арми армия флот гварди гвардия " +
          "полици полиция прокуратур прокуратура парламент правителств правителство правительств " +
          "академи академия корпораци корпорация компани компания трибунал движени движение асоциаци " +
          "асоциация ассоциаци църкв църква церкв церков общност сообществ департамент канцелари " +
          "канцелария център центр камара администраци администрация алианс альянс събрани събрание собрани " +
          "собрание объединени обединени галери галерия",
      "LOCATION", "океан море моря залив полукълб полукълбо полушари остров полуостров пустин пустиня " +
          "пустын площад провинци провинция регион кралств кралство королевств " +
          "импери империя пролив езер езеро озер континент долина кула",
      "OTHER", "война войны войне войну войной революци революция операци операция споразумени споразумение " +
          "соглашени договор конференци конференция деклараци декларация резолюци резолюция среща"));
  private static final List<String> ADJECTIVE_ENDINGS = List.of(
      "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ей", "ую", "юю",
      "ых", "их", "ен", "на", "но", "ни", "ски", "ска", "ско", "ия", "ата", "ото", "ите", "ият", "ов", "ова", "ово",
      "ови", "ев", "ева", "ево", "еви");
  /** Prepositions that open an institution's complement in Russian and Bulgarian ("за", "по"; not "на", of). */
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("за", "по");
  /** Words of "for the first / last / second time" ("за първи път", "в первый раз"), which no complement opens with. */
  private static final Set<String> ORDINALS_OF_TIMES = Set.of("първи", "пръв", "пореден", "последен", "последно",
      "втори", "трети", "път", "первый", "последний", "раз");
  /** Forms of "to be" and "will" that end a complement ("Комисията по отбрана е съгласна"). */
  private static final Set<String> AUXILIARIES = Set.of("е", "са", "бе", "беше", "бяха", "ще", "се", "си", "бил", "била",
      "било", "били", "был", "была", "было", "были", "будет", "будут", "есть");
  /** How many words a complement may have ("за национална сигурност"). */
  private static final int MAX_COMPLEMENT = 3;
  private static final int LONGEST_HEAD = HEADS.keySet().stream().mapToInt(String::length).max().orElse(0);

  private HeadedNames() {}

  private static Map<String, String> heads(Map<String, String> startsByType) {
    Map<String, String> out = new HashMap<>();
    startsByType.forEach((type, starts) -> {
      for (String start : starts.split(" ")) out.put(start, type);
    });
    return Map.copyOf(out);
  }

  /**
   * The name that the capitalised Cyrillic word at token {@code i} opens, when lower-case Cyrillic words follow
   * it (each separated by spaces only) up to a head noun; {@code null} otherwise.
   */
  static Span after(String text, List<Token> tokens, int i) {
    for (int k = i + 1; k < tokens.size() && k <= i + 1 + MAX_MODIFIERS; k++) {
      Token t = tokens.get(k);
      if (!Gazetteer.contiguous(text, tokens.get(k - 1), t) || !lowerCyrillic(t.text())) return null;
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (Lexicon.FUNCTION_WORDS.contains(lower)) return null;
      String type = headType(lower);
      if (type != null) return new Span(i, k + 1, type);
      if (!adjective(lower)) return null;
    }
    return null;
  }

  /**
   * The name that a capitalised Cyrillic organisation noun at token {@code i} opens with a complement after "за" or
   * "по" ("Съвета за национална сигурност", "Комисията по отбрана", "Комитета по обороне"): the lower-case words up to
   * the first that is a function word, an auxiliary or no Cyrillic word, at most {@link #MAX_COMPLEMENT}; {@code null}
   * otherwise, and for "за първи път" (for the first time). In Bulgarian text ({@code bulgarian}) a "на" (of) complement
   * counts too, for a head of any type ({@link #ofDefinite}).
   */
  static Span withComplement(String text, List<Token> tokens, int i, boolean bulgarian) {
    String headType = headType(tokens.get(i).text().toLowerCase(Locale.ROOT));
    int k = i + 1;
    if (headType == null || k + 1 >= tokens.size() || !Gazetteer.contiguous(text, tokens.get(i), tokens.get(k))) return null;
    if (bulgarian && "на".equals(tokens.get(k).text())) return ofDefinite(text, tokens, i, headType);
    if (!"ORGANIZATION".equals(headType) || !COMPLEMENT_PREPOSITIONS.contains(tokens.get(k).text())) return null;
    int end = k + 1;
    while (end < tokens.size() && end <= k + MAX_COMPLEMENT && Gazetteer.contiguous(text, tokens.get(end - 1), tokens.get(end))
        && lowerCyrillic(tokens.get(end).text()) && !Lexicon.FUNCTION_WORDS.contains(tokens.get(end).text())
        && !AUXILIARIES.contains(tokens.get(end).text())) {
      // "Комисия за първи път повдигна": "for the first time" is no complement.
      if (ORDINALS_OF_TIMES.contains(tokens.get(end).text())) return null;
      end++;
    }
    return end > k + 1 ? new Span(i, end, "ORGANIZATION") : null;
  }

  /**
   * A head noun with a Bulgarian "на" complement in the definite form ("Министерството на здравеопазването", "Камарата
   * на представителите", "Долината на смъртта", "Срещата на върха"): "на" is also "on" and "to", but a lower-case noun
   * with the article right after a capitalised head is its genitive. One noun, or a definite adjective and the word
   * after it ("Министерството на вътрешните работи", "Форума на тихоокеанските острови"); a capitalised complement
   * ("Устава на ООН") is a name of its own and is left out.
   */
  private static Span ofDefinite(String text, List<Token> tokens, int i, String type) {
    int k = i + 2;
    if (!complementWord(text, tokens, k)) return null;
    String first = tokens.get(k).text();
    if (DEFINITE_ADJECTIVE.matcher(first).matches()) {
      return complementWord(text, tokens, k + 1) ? new Span(i, k + 2, type) : null;
    }
    return DEFINITE_NOUN.matcher(first).matches() ? new Span(i, k + 1, type) : null;
  }

  /** Whether token {@code k} is a lower-case Cyrillic word right after the one before it, and no function word. */
  private static boolean complementWord(String text, List<Token> tokens, int k) {
    if (k >= tokens.size() || !Gazetteer.contiguous(text, tokens.get(k - 1), tokens.get(k))) return false;
    String word = tokens.get(k).text();
    return lowerCyrillic(word) && !Lexicon.FUNCTION_WORDS.contains(word) && !AUXILIARIES.contains(word);
  }

  /** A Bulgarian noun with its definite article: "-та", "-то", "-те", "-ът", "-ят", or a masculine noun's short "-а". */
  private static final Pattern DEFINITE_NOUN = Pattern.compile("\\p{IsCyrillic}{3,}(?:та|то|те|ът|ят|[бвгдзклмнпрстфхцчшщ]а)");
  /** A Bulgarian adjective with its article ("вътрешните", "климатичните", "чуждестранната", "световния"). */
  private static final Pattern DEFINITE_ADJECTIVE =
      Pattern.compile("\\p{IsCyrillic}+(?:ск|чн|шн|жн|рн|лн|вн|тн|дн|нн)(?:ата|ото|ите|ия|ият)");

  /**
   * Whether a word before the head has an adjective's ending (Russian, then Bulgarian): only adjectives stand between
   * the name's first word and its head ("Петербургския международен икономически форум"); a noun there ends the search
   * ("Нижегородской области полковник полиции" is no name).
   */
  private static boolean adjective(String lower) {
    for (String ending : ADJECTIVE_ENDINGS) if (lower.endsWith(ending)) return true;
    return false;
  }

  private static boolean lowerCyrillic(String word) {
    return Gazetteer.cyrillic(word) && Character.isLowerCase(word.codePointAt(0));
  }

  /** The type of the name a head noun ends, by the longest of its forms' starts it begins with; or null. */
  static String headType(String lower) {
    for (int n = Math.min(lower.length(), LONGEST_HEAD); n >= 3; n--) {
      String type = HEADS.get(lower.substring(0, n));
      if (type != null) return lower.length() - n <= MAX_ENDING ? type : null;
    }
    return null;
  }
}
