package dev.narrascope.app.analysis;

import dev.narrascope.Story;
import dev.narrascope.compare.OutletProfile;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.LabelCount;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outlet views read from a store, shared by the CLI and the API: one outlet's {@link OutletProfile},
 * and the outlets that were active while a story ran but did not carry it. Stateless.
 */
public final class OutletProfiles {
  /**
   * An outlet counts as active around a story when it published within the story's first..last
   * dates widened by this many days on each side.
   */
  public static final int ACTIVE_MARGIN_DAYS = 3;

  private OutletProfiles() {}

  /**
   * The profile of {@code outlet} over all its stored articles, or empty when it has none; read page by
   * page, so memory grows with the outlet's distinct days, actors and stories, not its articles.
   */
  public static Optional<OutletProfile> profile(ArticleStore store, String outlet) {
    OutletProfile.Builder profile = OutletProfile.builder(outlet);
    StoredArticles.forEach(store, ArticleQuery.all().withOutlet(outlet), profile::add);
    if (profile.articles() == 0) return Optional.empty();
    return Optional.of(profile.build(id -> store.story(id).orElse(null),
        id -> StoredArticles.all(store, ArticleQuery.all().withStory(id))));
  }

  /**
   * Outlets with articles dated within the story's first..last dates ± {@link #ACTIVE_MARGIN_DAYS}
   * that have no article in the story, with their article count in that window, most first; empty
   * when the story has no dates.
   */
  public static List<LabelCount> silentOutlets(ArticleStore store, Story story) {
    if (story.first() == null || story.last() == null) return List.of();
    LocalDate from = story.first().minusDays(ACTIVE_MARGIN_DAYS);
    LocalDate to = story.last().plusDays(ACTIVE_MARGIN_DAYS);
    Set<String> covered = new HashSet<>(story.outlets());
    return store.outletCounts(ArticleQuery.all().withDates(from, to)).stream().filter(c -> !covered.contains(c.label())).toList();
  }
}
