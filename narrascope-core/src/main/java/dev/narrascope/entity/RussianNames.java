package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an inflected Russian person's name back in the nominative, so that every case of one name
 * gets one canonical form: "Натальи Громовой" → "Наталья Громова", "Сергею Петрову" → "Сергей
 * Петров", "Зеленского" → "Зеленский". Rules, not a dictionary: a given name is recognised in a list
 * of common ones, which also gives the person's gender; the surname's ending is then read for that
 * gender (a woman's "-ова" is nominative, a man's is genitive). Without a known given name only
 * endings that belong to one case of one gender are changed ("-овой", "-овым", "-ского", "-ской");
 * an ambiguous "Петрова" stays as it is. Bulgarian names have no cases, so Bulgarian text is never
 * touched. Stateless and thread-safe.
 */
final class RussianNames {
  /** Compiled once: String.split/replaceAll with a regex compile it on every call, and this runs per candidate or sentence. */
  private static final Pattern CYRILLIC_WORDS = Pattern.compile("[\\p{IsCyrillic} ]+");
  private static final Pattern SPACE_RUNS = Pattern.compile(" +");
  private static final Set<String> MALE = Set.of("Александр", "Алексей", "Анатолий", "Андрей", "Антон", "Аркадий",
      "Арсений", "Артём", "Артем", "Борис", "Вадим", "Валентин", "Валерий", "Василий", "Виктор", "Виталий", "Владимир",
      "Владислав", "Всеволод", "Вячеслав", "Геннадий", "Георгий", "Герман", "Глеб", "Григорий", "Даниил", "Денис",
      "Дмитрий", "Евгений", "Егор", "Захар", "Иван", "Игорь", "Илья", "Кирилл", "Константин", "Лев", "Леонид",
      "Максим", "Марат", "Матвей", "Михаил", "Никита", "Николай", "Олег", "Павел", "Пётр", "Петр", "Рамзан", "Роман",
      "Ростислав", "Руслан", "Святослав", "Семён", "Семен", "Сергей", "Станислав", "Степан", "Тарас", "Тимофей",
      "Тимур", "Фёдор", "Федор", "Филипп", "Эдуард", "Юрий", "Ян", "Ярослав");
  private static final Set<String> FEMALE = Set.of("Александра", "Алина", "Алла", "Анастасия", "Ангелина", "Анна",
      "Валентина", "Валерия", "Вера", "Вероника", "Виктория", "Галина", "Дарья", "Диана", "Евгения", "Екатерина",
      "Елена", "Елизавета", "Жанна", "Зоя", "Инна", "Ирина", "Карина", "Кира", "Кристина", "Ксения", "Лариса",
      "Лидия", "Людмила", "Маргарита", "Марина", "Мария", "Надежда", "Наталья", "Наталия", "Нина", "Оксана", "Олеся",
      "Ольга", "Полина", "Раиса", "Светлана", "София", "Софья", "Тамара", "Татьяна", "Ульяна", "Эльвира", "Элла",
      "Юлия", "Яна");
  /** Oblique endings of given names and the nominative endings they may come from; the name list decides. */
  private static final String[][] GIVEN_ENDINGS = {
      {"ией", "ия"}, {"ьей", "ья"}, {"ой", "а"}, {"ей", "я"}, {"ии", "ия"}, {"ии", "ий"}, {"ьи", "ья"}, {"ы", "а"},
      {"и", "а"}, {"ье", "ья"}, {"ее", "ей"}, {"ае", "ай"}, {"е", "а"}, {"е", "я"}, {"е", ""}, {"е", "ь"}, {"у", "а"},
      {"у", ""}, {"ю", "я"}, {"ю", "й"}, {"ю", "ь"}, {"ом", ""}, {"ём", "ь"}, {"ем", "й"}, {"ем", "ь"}, {"а", ""},
      {"я", "й"}, {"я", "ь"}};
  /** "Павла" → "Павел", "Льва" → "Лев": a vowel that only the nominative has. */
  private static final Map<String, String> FLEETING = Map.of("Павл", "Павел", "Льв", "Лев");

  private static final Pattern POSSESSIVE = Pattern.compile("(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою)");
  private static final Pattern ADJECTIVAL = Pattern.compile("(.+(?:ск|цк))(ого|ому|им|ом|ой|ую|ая|ий)");
  private static final Pattern MALE_ADJECTIVAL = Pattern.compile("(.+[бвгджзклмнпрстфхцчшщ])(ого|ому)");
  /** A word of a consonant stem in an oblique case of the masculine noun declension: Гажемон-а, -у, -ом, -е. */
  private static final Pattern CONSONANT_STEM = Pattern.compile("(.+[бвгджзклмнпрстфхцчшщ])(а|у|ом|е)");
  private static final Pattern NOUN_LIKE = Pattern.compile("(.+(?:ук|юк|ич|чик|як|ак))(а|у|ом|е)");
  private static final Pattern PATRONYMIC = Pattern.compile("(.+(?:ович|евич|ьич|ич))(а|у|ем|е)|(.+(?:овн|евн|ичн|инич))(ы|е|у|ой)");

  /** Whether a given name's oblique ending and a consonant-stem surname's ending mark the same case. */
  private static boolean sameCase(String givenEnding, String surnameEnding) {
    return switch (surnameEnding) {
      case "а" -> givenEnding.endsWith("а") || givenEnding.endsWith("я");            // genitive, accusative
      case "у" -> givenEnding.endsWith("у") || givenEnding.endsWith("ю");            // dative
      case "ом" -> givenEnding.endsWith("ом") || givenEnding.endsWith("ем") || givenEnding.endsWith("ём");
      case "е" -> givenEnding.endsWith("е");                                          // prepositional
      default -> false;
    };
  }

  private enum Gender { MALE, FEMALE, UNKNOWN }

  private RussianNames() {}

  /**
   * The nominative of a Russian person's name written in Cyrillic; any other name, or text in
   * another language, is returned unchanged.
   *
   * @param language ISO 639-1 code of the text; only {@code "ru"} is inflected this way
   */
  static String nominative(String name, String language) {
    if (!"ru".equals(language) || !CYRILLIC_WORDS.matcher(name).matches()) return name;
    String[] words = SPACE_RUNS.split(name.strip());
    if (words.length == 2 && givenName(words[0]) == null) {
      // "Йенса Столтенберга", "Пола Джонсона": an unlisted given name and a surname with the same
      // consonant-stem ending are a man's name in one oblique case.
      Matcher given = CONSONANT_STEM.matcher(words[0]);
      Matcher family = CONSONANT_STEM.matcher(words[1]);
      if (given.matches() && family.matches() && given.group(2).equals(family.group(2))
          && !POSSESSIVE.matcher(words[1]).matches() && !ADJECTIVAL.matcher(words[1]).matches()) {
        return given.group(1) + " " + family.group(1);
      }
    }
    Gender gender = Gender.UNKNOWN;
    String givenEnding = null;
    List<String> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean last = i == words.length - 1;
      if (i == 0 && words.length > 1) {
        String given = givenName(w);
        // "Александра Горового": a woman's name that is also a man's genitive is the man's when the surname has a
        // man's ending ("-ого"); "Александра Петрова" stays ambiguous and is read as hers.
        if (given != null && FEMALE.contains(given) && words.length == 2 && MALE_ADJECTIVAL.matcher(words[1]).matches()) {
          String male = maleGenitive(w);
          if (male != null) given = male;
        }
        if (given != null) {
          gender = MALE.contains(given) ? Gender.MALE : Gender.FEMALE;
          givenEnding = given.equals(w) ? null : w.substring(commonPrefix(given, w));
          out.add(given);
          continue;
        }
      }
      out.add(last ? surname(w, gender, givenEnding) : patronymic(w));
    }
    return String.join(" ", out);
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
    return i;
  }

  /** The nominative of a listed given name in any case, or {@code null}. */
  static String givenName(String w) {
    if (MALE.contains(w) || FEMALE.contains(w)) return w;
    for (String[] e : GIVEN_ENDINGS) {
      if (!w.endsWith(e[0]) || w.length() - e[0].length() < 2) continue;
      String stem = w.substring(0, w.length() - e[0].length());
      String candidate = stem + e[1];
      if (MALE.contains(candidate) || FEMALE.contains(candidate)) return candidate;
      if (e[1].isEmpty() && FLEETING.containsKey(stem)) return FLEETING.get(stem);
    }
    return null;
  }

  /** The man's given name whose genitive {@code w} is ("Александра" → "Александр"), or {@code null}. */
  private static String maleGenitive(String w) {
    if (w.endsWith("а") && MALE.contains(w.substring(0, w.length() - 1))) return w.substring(0, w.length() - 1);
    if (w.endsWith("я") && MALE.contains(w.substring(0, w.length() - 1) + "й")) return w.substring(0, w.length() - 1) + "й";
    return null;
  }

  private static String patronymic(String w) {
    Matcher m = PATRONYMIC.matcher(w);
    if (!m.matches()) return w;
    return m.group(1) != null ? m.group(1) : m.group(3) + "а";
  }

  /**
   * The nominative of a surname, read for the gender of the given name before it and, for a man's
   * surname declined like a noun, for the case of that name ({@code givenEnding}: "я" of "Сергея",
   * {@code null} when the given name is nominative).
   */
  private static String surname(String w, Gender gender, String givenEnding) {
    Matcher m = POSSESSIVE.matcher(w);
    if (m.matches()) {
      String stem = m.group(1);
      String ending = m.group(2);
      return switch (gender) {
        case MALE -> ending.startsWith("о") ? w : stem;                     // Петрова, Петрову, Петровым, Петрове
        case FEMALE -> switch (ending) {
          case "ой", "ою", "у" -> stem + "а";                               // Петровой, Петровою, Петрову
          default -> w;
        };
        case UNKNOWN -> switch (ending) {
          case "ым", "е" -> stem;                                            // only a man's: Петровым, о Петрове
          case "ой", "ою" -> stem + "а";                                     // only a woman's: Петровой
          default -> w;                                                      // Петрова, Петрову: either
        };
      };
    }
    m = ADJECTIVAL.matcher(w);
    if (m.matches()) {
      String stem = m.group(1);
      return switch (m.group(2)) {
        case "ого", "ому", "им", "ом", "ий" -> gender == Gender.FEMALE ? w : stem + "ий";
        default -> gender == Gender.MALE ? w : stem + "ая";                   // Зеленской, Зеленскую
      };
    }
    m = NOUN_LIKE.matcher(w);
    // A man's Ковальчука is declined like a noun; a woman's Ковальчук never is.
    if (m.matches() && gender == Gender.MALE) return m.group(1);
    m = CONSONANT_STEM.matcher(w);
    // "Владимира Гажемона", "Виктором Орбаном": a man's foreign or consonant-final surname in the case of
    // his given name ("Сергея Шойгу" is not: the genitive would end in -а).
    if (m.matches() && gender == Gender.MALE && givenEnding != null && sameCase(givenEnding, m.group(2))) return m.group(1);
    m = MALE_ADJECTIVAL.matcher(w);
    // A man's Навального, Горькому: -ий after к, г, х and hushing letters, else -ый (Толстой is the exception).
    if (m.matches() && gender == Gender.MALE) return m.group(1) + ("кгхжшчщ".indexOf(m.group(1).charAt(m.group(1).length() - 1)) >= 0 ? "ий" : "ый");
    return w;
  }
}
