package dev.narrascope.store;

import java.time.LocalDate;

/**
 * A count of articles on one publication day, optionally split by a key (an actor's framing role).
 *
 * @param day   the publication day
 * @param key   what the count is split by (e.g. {@code "Antagonist"}), or {@code null} when not split
 * @param count number of articles
 */
public record DayCount(LocalDate day, String key, long count) {}
