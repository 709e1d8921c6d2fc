package dev.narrascope.store;

import java.time.LocalDate;

/**
 * Filters and paging for {@link ArticleStore#find}. Every field except paging may be {@code null}
 * (no filter). Dates are inclusive. {@code role}: articles that frame an actor (the {@code actor} when
 * given, else any) in that main role.
 */
public record ArticleQuery(String outlet, String language, String narrative, String actor, String role, String storyId,
                           LocalDate from, LocalDate to, int offset, int limit) {
  public static final int DEFAULT_LIMIT = 50;

  public ArticleQuery {
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0: " + offset);
    if (limit <= 0) throw new IllegalArgumentException("limit must be > 0: " + limit);
  }

  /** Without a role filter. */
  public ArticleQuery(String outlet, String language, String narrative, String actor, String storyId,
                      LocalDate from, LocalDate to, int offset, int limit) {
    this(outlet, language, narrative, actor, null, storyId, from, to, offset, limit);
  }

  /** No filter, first {@link #DEFAULT_LIMIT} articles. */
  public static ArticleQuery all() {
    return new ArticleQuery(null, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
  }

  public ArticleQuery page(int offset, int limit) {
    return new ArticleQuery(outlet, language, narrative, actor, role, storyId, from, to, offset, limit);
  }

  public ArticleQuery withOutlet(String v) { return new ArticleQuery(v, language, narrative, actor, role, storyId, from, to, offset, limit); }
  public ArticleQuery withLanguage(String v) { return new ArticleQuery(outlet, v, narrative, actor, role, storyId, from, to, offset, limit); }
  public ArticleQuery withNarrative(String v) { return new ArticleQuery(outlet, language, v, actor, role, storyId, from, to, offset, limit); }
  public ArticleQuery withActor(String v) { return new ArticleQuery(outlet, language, narrative, v, role, storyId, from, to, offset, limit); }
  public ArticleQuery withStory(String v) { return new ArticleQuery(outlet, language, narrative, actor, role, v, from, to, offset, limit); }
  public ArticleQuery withRole(String v) { return new ArticleQuery(outlet, language, narrative, actor, v, storyId, from, to, offset, limit); }
  public ArticleQuery withDates(LocalDate f, LocalDate t) { return new ArticleQuery(outlet, language, narrative, actor, role, storyId, f, t, offset, limit); }
}
