package dev.narrascope.trend;

import dev.narrascope.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from " + from + " is after to " + to);
    TreeMap<LocalDate, long[]> counts = new TreeMap<>();
    LocalDate first = from, last = to;
    for (Article a : articles) {
      LocalDate d = a.published();
      if (d == null || (from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) continue;
      long[] c = counts.computeIfAbsent(period.start(d), k -> new long[2]);
      c[1]++;
      if (matches.test(a)) {
        c[0]++;
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
