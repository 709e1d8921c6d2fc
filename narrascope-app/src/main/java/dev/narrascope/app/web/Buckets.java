package dev.narrascope.app.web;

import dev.narrascope.store.DayCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups per-day counts into days or ISO weeks (a week is named by its Monday). Stateless. */
final class Buckets {
  enum Size { DAY, WEEK }

  private Buckets() {}

  static LocalDate start(LocalDate day, Size size) {
    return size == Size.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Sum of counts per bucket start, oldest first. */
  static Map<LocalDate, Long> totals(List<DayCount> days, Size size) {
    Map<LocalDate, Long> out = new TreeMap<>();
    for (DayCount d : days) out.merge(start(d.day(), size), d.count(), Long::sum);
    return out;
  }

  /** Sum of counts per bucket start and key, oldest first. */
  static Map<LocalDate, Map<String, Long>> byKey(List<DayCount> days, Size size) {
    Map<LocalDate, Map<String, Long>> out = new TreeMap<>();
    for (DayCount d : days) {
      out.computeIfAbsent(start(d.day(), size), k -> new TreeMap<>()).merge(d.key(), d.count(), Long::sum);
    }
    return out;
  }
}
