package dev.narrascope.trend;

import dev.narrascope.Article;
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

  private Timeline() {}

  /**
   * @param from first day counted, or {@code null} for the earliest matching article's
   * @param to   last day counted, or {@code null} for the latest matching article's
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public static List<Point> of(List<Article> articles, Predicate<Article> matches, Period period, LocalDate from, LocalDate to) {
    Map<LocalDate, Long> matching = new HashMap<>();
    Map<LocalDate, Long> totals = new HashMap<>();
    for (Article a : articles) {
      LocalDate d = a.published();
      if (d == null) continue;
      totals.merge(d, 1L, Long::sum);
      if (matches.test(a)) matching.merge(d, 1L, Long::sum);
    }
    return ofDays(matching, totals, period, from, to);
  }

  /**
   * The same timeline from per-day counts, for callers that count in a database.
   *
   * @param matching matching articles per publication day
   * @param totals   all dated articles per publication day
   * @param from     first day counted, or {@code null} for the earliest day with a matching article
   * @param to       last day counted, or {@code null} for the latest day with a matching article
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public static List<Point> ofDays(Map<LocalDate, Long> matching, Map<LocalDate, Long> totals, Period period,
                                   LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from " + from + " is after to " + to);
    TreeMap<LocalDate, long[]> counts = new TreeMap<>();
    LocalDate first = from, last = to;
    for (Map.Entry<LocalDate, Long> e : totals.entrySet()) {
      LocalDate d = e.getKey();
      if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) continue;
      long[] c = counts.computeIfAbsent(period.start(d), k -> new long[2]);
      c[1] += e.getValue();
      long m = matching.getOrDefault(d, 0L);
      if (m > 0) {
        c[0] += m;
        if (from == null && (first == null || d.isBefore(first))) first = d;
        if (to == null && (last == null || d.isAfter(last))) last = d;
      }
    }
    List<Point> out = new ArrayList<>();
    if (first == null || last == null) return out;
    for (LocalDate p = period.start(first); !p.isAfter(last); p = period.next(p)) {
      long[] c = counts.getOrDefault(p, new long[2]);
      out.add(new Point(p, c[0], c[1]));
    }
    return out;
  }
}
