package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.LabelScore;
import dev.narrascope.Story;
import dev.narrascope.compare.OutletComparison;
import dev.narrascope.compare.StoryPropagation;
import dev.narrascope.store.LabelCount;
import dev.narrascope.store.StoryChange;
import dev.narrascope.trend.AlertDetector;
import dev.narrascope.trend.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API that are not domain records (those are served as they are). */
final class Dtos {
  private Dtos() {}

  /** One page of a list: {@code total} is {@code null} where counting would cost a second query nobody needs. */
  record Page<T>(List<T> items, int offset, int limit, Long total, boolean hasMore) {
    /** Builds a page from up to {@code limit + 1} fetched items (the extra one only says there is more). */
    static <T> Page<T> of(List<T> fetched, int offset, int limit, Long total) {
      boolean more = fetched.size() > limit;
      return new Page<>(more ? fetched.subList(0, limit) : fetched, offset, limit, total, more);
    }
  }

  /** An article in a list: no body text, just what a table row shows. */
  record ArticleSummary(String id, String title, String outlet, LocalDate published, String language, String url,
                        String storyId, String dominantNarrative, List<String> narratives) {
    static ArticleSummary of(Article a) {
      var an = a.analysis();
      return new ArticleSummary(a.id(), a.title(), a.outlet(), a.published(), a.language(), a.url(), an.storyId(),
          an.explanation() == null || LabelScore.isOther(an.explanation().narrative()) ? null : an.explanation().narrative(),
          an.namedNarratives().stream().map(LabelScore::label).limit(5).toList());
    }
  }

  record SearchResult(ArticleSummary article, String snippet, double score) {}

  /** A story, its first articles, and how it spread ({@link StoryPropagation}'s fields). */
  /**
   * {@code silentOutlets}: outlets active while the story ran (articles within its dates ±
   * {@link dev.narrascope.app.analysis.OutletProfiles#ACTIVE_MARGIN_DAYS} days) with no article in it.
   */
  record StoryView(Story story, List<ArticleSummary> articles, StoryPropagation propagation, List<OutletCount> silentOutlets,
                   List<StoryChange> history) {}

  /** An outlet and its number of articles (in the store, or in a window the answer names). */
  record OutletCount(String outlet, long articles) {
    static List<OutletCount> of(List<dev.narrascope.store.LabelCount> counts) {
      return counts.stream().map(c -> new OutletCount(c.label(), c.count())).toList();
    }
  }

  record IngestResult(int received, int stored, int added, List<String> ids, List<String> storyIds, List<Finding> findings,
                      long findingsTotal) {}

  /** A 422: an error body (error first, as every error) with the findings that say why nothing was stored. */
  record Rejected(String error, String message, int received, List<Finding> findings, long findingsTotal) {}

  /** A story with the core outlet comparison of its articles ({@link dev.narrascope.compare.OutletComparison}'s fields). */
  record StoryComparison(Story story, List<OutletComparison.Column> outlets, List<String> sharedActors) {}

  /**
   * Points are the core {@link dev.narrascope.trend.Timeline} points: start, count, total; {@code from}
   * and {@code to} the range they cover, {@code truncated} whether the data's range was cut to the
   * {@link dev.narrascope.trend.Timeline#MAX_POINTS} latest points.
   */
  record Timeline(String narrative, Period bucket, LocalDate from, LocalDate to, boolean truncated,
                  List<dev.narrascope.trend.Timeline.Point> points) {}

  record FramingPoint(LocalDate start, Map<String, Long> roles) {}

  record Framing(String actor, Period bucket, Map<String, Long> totals, List<FramingPoint> points) {}

  /** The core {@link AlertDetector}'s alerts for the window ending on {@code now}, with the settings used. */
  record Alerts(LocalDate now, LocalDate windowFrom, LocalDate baselineFrom, AlertDetector.Settings settings,
                List<AlertDetector.Alert> alerts) {}

  /** {@code total}: distinct labels among the matching articles, in all pages. */
  record Labels(String kind, List<LabelCount> items, int offset, int limit, long total, boolean hasMore) {}

  record Health(String status, String version) {}

  /** {@code access}: "write" for the full token, "read" for the read-only one. */
  record AccessLevel(String access) {}

  /** A narrative of the taxonomy and its sub-narratives (its "…: Other" last). */
  record TaxonomyNarrative(String label, List<String> subNarratives) {}

  /** The labels a correction chooses from: the taxonomy's narratives, and the fine roles of each main role. */
  record Labelling(List<TaxonomyNarrative> narratives, Map<String, List<String>> roles) {}
}
