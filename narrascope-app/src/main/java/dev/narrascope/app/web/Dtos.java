package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.LabelScore;
import dev.narrascope.Story;
import dev.narrascope.store.LabelCount;
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
          an.explanation() == null ? null : an.explanation().narrative(),
          an.narratives().stream().map(LabelScore::label).limit(5).toList());
    }
  }

  record SearchResult(ArticleSummary article, String snippet, double score) {}

  record StoryView(Story story, List<ArticleSummary> articles) {}

  record IngestResult(int received, int stored, int added, List<String> ids, List<Finding> findings, long findingsTotal) {}

  record TimelinePoint(LocalDate period, long count, long total) {}

  record Timeline(String narrative, String bucket, List<TimelinePoint> points) {}

  record FramingPoint(LocalDate period, Map<String, Long> roles) {}

  record Framing(String actor, String bucket, Map<String, Long> totals, List<FramingPoint> points) {}

  record Labels(String kind, List<LabelCount> items, int offset, int limit, boolean hasMore) {}

  record Health(String status, String version) {}
}
