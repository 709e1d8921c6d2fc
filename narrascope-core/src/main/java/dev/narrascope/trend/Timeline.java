package dev.narrascope.trend;

import dev.narrascope.Article;
import dev.narrascope.DateLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Counts matching articles per day or week. Every period between the bounds is listed, empty ones
 * with zero, so charts show gaps; undated articles are left out. Stateless; thread-safe.
 *
 * <pre>{@code
 * List<Timeline.Point> points = Timeline.of(articles, ArticleMatchers.outlet("rt.com"), Period.week, null, null);
 * }</pre>
 */
public final class Timeline {
  /**
   * One period.
   *
   * @param start first day of the period
   * @param count matching articles published in it
   * @param total all dated articles published in it (for shares)
   */
  public record Point(LocalDate start, long count, long total) {
    public double share() {
      return total == 0 ? 0 : count / (double) total;
    }
  }

  /**
   * Most periods one timeline lists: ten years of days (3,660) or seventy of weeks. Wider ranges are
   * refused when asked for and cut when they come from the data ({@link #series}).
   */
  public static final int MAX_POINTS = 3_660;

  /**
   * A timeline and the range it covers.
   *
   * @param from      the first day counted (the given bound, else the first matching day), or {@code null} when nothing matched
   * @param to        the last day counted (likewise)
   * @param truncated whether the matching data spanned more than {@link #MAX_POINTS} periods and the range was cut
   * @param points    one per period from {@code from} to {@code to}, empty ones with zero
   */
  public record Series(LocalDate from, LocalDate to, boolean truncated, List<Point> points) {}

  private Timeline() {}

  /**
   * @param from first day counted, or {@code null} for the earliest matching article's
   * @param to   last day counted, or {@code null} for the latest matching article's
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public static List<Point> of(List<Article> articles, Predicate<Article> matches, Period period, LocalDate from, LocalDate to) {
    return seriesOf(articles, matches, period, from, to).points();
  }

  /**
   * {@link #of} with the range it covers ({@link #series}).
   *
   * @throws IllegalArgumentException as {@link #series} does
   */
  public static Series seriesOf(List<Article> articles, Predicate<Article> matches, Period period, LocalDate from, LocalDate to) {
    Map<LocalDate, Long> matching = new HashMap<>();
    Map<LocalDate, Long> totals = new HashMap<>();
    for (Article a : articles) {
      LocalDate d = a.published();
      if (d == null) continue;
      totals.merge(d, 1L, Long::sum);
      if (matches.test(a)) matching.merge(d, 1L, Long::sum);
    }
    return series(matching, totals, period, from, to);
  }

  /**
   * The same timeline from per-day counts, for callers that count in a database.
   *
   * @param matching matching articles per publication day
   * @param totals   all dated articles per publication day
   * @param from     first day counted, or {@code null} for the earliest day with a matching article
   * @param to       last day counted, or {@code null} for the latest day with a matching article
   * @throws IllegalArgumentException when {@code from} is after {@code to}, or when both are given and
   *                                  span more than {@link #MAX_POINTS} periods
   */
  public static List<Point> ofDays(Map<LocalDate, Long> matching, Map<LocalDate, Long> totals, Period period,
                                   LocalDate from, LocalDate to) {
    return series(matching, totals, period, from, to).points();
  }

  /**
   * A timeline with the range it covers: the given bounds, a missing one taken from the matching
   * data (days outside {@link DateLimits#FIRST_DAY}..{@link DateLimits#LAST_QUERY_DAY} aside). When the data would make more than {@link #MAX_POINTS} periods, the range is cut to that
   * many: the latest ones when {@code from} is missing, else the first ones after {@code from}.
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to}, or when both are given and
   *                                  span more than {@link #MAX_POINTS} periods
   */
  public static Series series(Map<LocalDate, Long> matching, Map<LocalDate, Long> totals, Period period,
                              LocalDate from, LocalDate to) {
    checkRange(period, from, to);
    LocalDate first = from, last = to;
    for (Map.Entry<LocalDate, Long> e : matching.entrySet()) {
      LocalDate d = e.getKey();
      if (e.getValue() <= 0 || (from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) continue;
      // A bound taken from the data skips dates no query could ask for (placeholders stored by older versions).
      if (d.isBefore(DateLimits.FIRST_DAY) || d.isAfter(DateLimits.LAST_QUERY_DAY)) continue;
      if (from == null && (first == null || d.isBefore(first))) first = d;
      if (to == null && (last == null || d.isAfter(last))) last = d;
    }
    if (first == null || last == null) return new Series(first, last, false, List.of());
    boolean truncated = periods(period, first, last) > MAX_POINTS;
    if (truncated) {
      // Only a bound taken from the data can be too wide here (checkRange refused two given ones).
      if (from == null) first = period.start(last).minus(MAX_POINTS - 1L, period.unit());
      else last = period.start(first).plus(MAX_POINTS - 1L, period.unit());
    }
    TreeMap<LocalDate, long[]> counts = new TreeMap<>();
    for (Map.Entry<LocalDate, Long> e : totals.entrySet()) {
      LocalDate d = e.getKey();
      LocalDate start = period.start(d);
      if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))
          || start.isBefore(period.start(first)) || start.isAfter(period.start(last))) continue;
      long[] c = counts.computeIfAbsent(start, k -> new long[2]);
      c[1] += e.getValue();
      c[0] += matching.getOrDefault(d, 0L);
    }
    List<Point> out = new ArrayList<>();
    for (LocalDate p = period.start(first); !p.isAfter(last); p = period.next(p)) {
      long[] c = counts.getOrDefault(p, new long[2]);
      out.add(new Point(p, c[0], c[1]));
    }
    return new Series(first, last, truncated, out);
  }

  /**
   * Checks bounds given by a caller before any counting: {@code from} not after {@code to}, and at most
   * {@link #MAX_POINTS} periods between them when both are given.
   *
   * @throws IllegalArgumentException saying what is wrong and what would do
   */
  public static void checkRange(Period period, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from " + from + " is after to " + to);
    if (from != null && to != null && periods(period, from, to) > MAX_POINTS) {
      throw new IllegalArgumentException(from + ".." + to + " makes " + periods(period, from, to) + " " + period
          + " points; at most " + MAX_POINTS + (period == Period.day ? " (ask per week, or for a shorter range)" : " (ask for a shorter range)"));
    }
  }

  /** How many periods the range {@code from..to} touches (1 when both fall in the same period). */
  public static long periods(Period period, LocalDate from, LocalDate to) {
    return period.unit().between(period.start(from), period.start(to)) + 1;
  }
}
