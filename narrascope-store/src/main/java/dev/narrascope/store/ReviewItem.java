package dev.narrascope.store;

import java.time.LocalDate;

/**
 * One article in the review queue ({@link ArticleStore#reviewQueue}): what a row shows, the model's
 * uncertainty about it (rounded to 3 decimals) and the least sure decision behind it.
 */
public record ReviewItem(String id, String title, String outlet, LocalDate published, String language, double uncertainty,
                         String reason) {}
