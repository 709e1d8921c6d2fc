package dev.narrascope.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** A timeline bucket size; the lower-case names are the CLI values. Weeks start on Monday (ISO). */
public enum Period {
  day, week;

  /** The first day of the period holding {@code d}. */
  public LocalDate start(LocalDate d) {
    return this == day ? d : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The length of one period as a unit of {@link LocalDate#plus(long, java.time.temporal.TemporalUnit)}. */
  public ChronoUnit unit() {
    return this == day ? ChronoUnit.DAYS : ChronoUnit.WEEKS;
  }

  /** The first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return this == day ? start.plusDays(1) : start.plusWeeks(1);
  }
}
