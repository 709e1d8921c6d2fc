package dev.narrascope.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in free text or in a URL: ISO ({@code 2024-03-12}, with or without a time),
 * {@code 12 March 2024}, {@code March 12, 2024}, {@code 12.03.2024} (day first, as in most of Europe),
 * Russian, Bulgarian, Portuguese and Hindi month names ({@code 12 марта 2024}, {@code 12 de março de 2024},
 * {@code 9 जनवरी 2023})
 * and URL paths such as {@code /2024/03/12/}. Stateless and thread-safe.
 */
final class Dates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  /** An ISO date or the date of an ISO timestamp, alone, with any year ({@code +} or {@code -} for years past 9999). */
  private static final Pattern GIVEN_ISO = Pattern.compile("^\\s*([+-]?\\d{4,9})-(\\d{2})-(\\d{2})(?:$|[T\\s])");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)(?<![a-z])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  /**
   * Month stems in Russian, Bulgarian, Portuguese and Hindi, in month order ("12 марта 2024",
   * "12 de março de 2024", "9 जनवरी 2023"). Hindi spellings vary (with or without nukta, म्ब or ंब).
   */
  private static final List<String> LOCAL_MONTHS = List.of(
      "январ|януари|janeiro|जनवरी", "феврал|февруари|fevereiro|फ़?रवरी|\u095eरवरी", "март|março|marco|मार्च",
      "апрел|април|abril|अप्रैल|अप्रेल", "ма[йя]|maio|मई", "июн|юни|junho|जून", "июл|юли|julho|जुलाई",
      "август|agosto|अगस्त", "сентябр|септември|setembro|सितंबर|सितम्बर", "октябр|октомври|outubro|अक्टूबर|अक्तूबर",
      "ноябр|ноември|novembro|नवंबर|नवम्बर", "декабр|декември|dezembro|दिसंबर|दिसम्बर");
  /** Any local month word, for telling a date line from prose (Devanagari vowel signs are marks, not letters). */
  static final Pattern LOCAL_MONTH_WORD = Pattern.compile("(?iu)(" + String.join("|", LOCAL_MONTHS) + ")[\\p{L}\\p{M}]*\\.?");
  private static final Pattern LOCAL_DAY_MONTH_YEAR = Pattern.compile(
      "(?iu)(?<!\\d)(\\d{1,2})\\s+(?:de\\s+)?([\\p{L}\\p{M}]+)\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?![\\d.])");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");
  private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_-]|\\.)");

  private Dates() {}

  /** @return the first plausible date in {@code text}, or {@code null} */
  static LocalDate parse(String text) {
    if (text == null || text.isBlank()) return null;
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      LocalDate d = of(m.group(1), m.group(2), m.group(3));
      if (d != null) { best = d; bestAt = m.start(); }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = of(m.group(3), month(m.group(2)), m.group(1));
      if (d != null) { best = d; bestAt = m.start(); }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = of(m.group(3), month(m.group(1)), m.group(2));
      if (d != null) { best = d; bestAt = m.start(); }
    }
    m = LOCAL_DAY_MONTH_YEAR.matcher(text);
    while (m.find() && m.start() < bestAt) {
      LocalDate d = of(m.group(3), localMonth(m.group(2)), m.group(1));
      if (d != null) { best = d; bestAt = m.start(); break; }
    }
    m = DOTTED.matcher(text);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = of(m.group(3), m.group(2), m.group(1));
      if (d != null) best = d;
    }
    return best;
  }

  /**
   * A date given by a container (a JSON field, a feed item, a query parameter): an ISO date or
   * timestamp of any year (so that a placeholder such as {@code 0001-01-01} is seen, and can be
   * flagged, rather than skipped), else the first date {@link #parse} finds.
   *
   * @return the date, or {@code null}
   */
  static LocalDate given(String text) {
    if (text == null || text.isBlank()) return null;
    Matcher m = GIVEN_ISO.matcher(text);
    if (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (NumberFormatException | DateTimeException e) {
        return null;
      }
    }
    return parse(text);
  }

  /** @return a date written into a URL path ({@code /2024/03/12/}, {@code /20240312-}), or {@code null} */
  static LocalDate fromUrl(String url) {
    if (url == null) return null;
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      LocalDate d = of(m.group(1), m.group(2), m.group(3));
      if (d != null) return d;
    }
    m = URL_COMPACT.matcher(url);
    return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String month(String name) {
    Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    return n == null ? "0" : n.toString();
  }

  private static String localMonth(String word) {
    for (int i = 0; i < LOCAL_MONTHS.size(); i++) {
      if (Pattern.compile("(?iu)(" + LOCAL_MONTHS.get(i) + ")[\\p{L}\\p{M}]*").matcher(word).matches()) return String.valueOf(i + 1);
    }
    return "0";
  }

  private static LocalDate of(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      // Outside this range a "date" is far more likely a product number or a phone number.
      if (year < 1990 || year > 2100) return null;
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
