package dev.narrascope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The dates Narrascope accepts, in one place. A publication date is plausible from
 * {@value #FIRST_YEAR}-01-01 up to tomorrow (a day of slack for time zones); anything else is taken for
 * a typo or a placeholder ({@code 0001-01-01}, {@code 9999-12-31}) and stored as unknown. A date given as
 * a query option or parameter ({@code --from}, {@code from=}, {@code now=}) must be a plain
 * {@code yyyy-mm-dd} in {@value #FIRST_YEAR}..{@value #LAST_YEAR}, which keeps day arithmetic and
 * timelines finite. Stateless and thread-safe.
 *
 * <pre>{@code
 * LocalDate from = DateLimits.parseQuery("2024-03-01");        // IllegalArgumentException for "0001-01-01"
 * boolean ok = DateLimits.isPlausiblePublication(d, LocalDate.now());
 * }</pre>
 */
public final class DateLimits {
  /** The earliest year of a plausible publication date and of a query date. */
  public static final int FIRST_YEAR = 1900;
  /** The latest year of a query date. */
  public static final int LAST_YEAR = 2100;
  public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
  public static final LocalDate LAST_QUERY_DAY = LocalDate.of(LAST_YEAR, 12, 31);
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private DateLimits() {}

  /**
   * @param date  a publication date
   * @param today the current date where the article is read
   * @return whether {@code date} is on or after {@value #FIRST_YEAR}-01-01 and at most one day after {@code today}
   */
  public static boolean isPlausiblePublication(LocalDate date, LocalDate today) {
    return !date.isBefore(FIRST_DAY) && !date.isAfter(today.plusDays(1));
  }

  /**
   * Parses a date given as a query option or parameter.
   *
   * @param value {@code yyyy-mm-dd}
   * @return the date
   * @throws IllegalArgumentException naming the value and the accepted form and range
   */
  public static LocalDate parseQuery(String value) {
    String v = value == null ? "" : value.strip();
    if (!ISO_DAY.matcher(v).matches()) {
      throw new IllegalArgumentException("not a date like 2024-03-01 (yyyy-mm-dd in " + FIRST_DAY + ".." + LAST_QUERY_DAY + "): "
          + abbreviate(v));
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a calendar date (yyyy-mm-dd in " + FIRST_DAY + ".." + LAST_QUERY_DAY + "): " + v);
    }
    if (d.isBefore(FIRST_DAY) || d.isAfter(LAST_QUERY_DAY)) {
      throw new IllegalArgumentException("date outside " + FIRST_DAY + ".." + LAST_QUERY_DAY + ": " + v);
    }
    return d;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
