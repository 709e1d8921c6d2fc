package dev.narrascope.app.web;

import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.LabelCount;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Facets over time: narratives and actors (most frequent first), narrative timelines, actor framing timelines. */
final class LabelsController {
  private final ArticleStore store;

  LabelsController(ArticleStore store) {
    this.store = store;
  }

  void narratives(Context ctx) {
    String kind = Params.text(ctx, "kind");
    if (kind == null) kind = "narrative";
    if (!kind.equals("narrative") && !kind.equals("subNarrative")) {
      throw ApiException.badRequest("kind must be narrative or subNarrative: " + Params.abbreviate(kind));
    }
    labels(ctx, kind);
  }

  void actors(Context ctx) {
    labels(ctx, "actor");
  }

  private void labels(Context ctx, String kind) {
    ArticleQuery q = Params.filters(ctx);
    List<LabelCount> all = store.labelCounts(kind, q, q.offset() + q.limit() + 1);
    List<LabelCount> page = all.subList(Math.min(q.offset(), all.size()), Math.min(q.offset() + q.limit(), all.size()));
    ctx.json(new Dtos.Labels(kind, page, q.offset(), q.limit(), all.size() > q.offset() + q.limit()));
  }

  /** Articles per day or week (with the narrative filter when given), next to all articles in that period. */
  void timeline(Context ctx) {
    ArticleQuery q = Params.filters(ctx);
    Buckets.Size size = Params.bucket(ctx);
    Map<LocalDate, Long> counts = Buckets.totals(store.articlesPerDay(q), size);
    Map<LocalDate, Long> totals = q.narrative() == null ? counts
        : Buckets.totals(store.articlesPerDay(q.withNarrative(null)), size);
    List<Dtos.TimelinePoint> points = new ArrayList<>();
    totals.forEach((period, total) -> points.add(new Dtos.TimelinePoint(period, counts.getOrDefault(period, 0L), total)));
    ctx.json(new Dtos.Timeline(q.narrative(), size.name().toLowerCase(), points));
  }

  /** How one actor is framed per day or week: counts per main role. */
  void framing(Context ctx) {
    String actor = Params.requiredText(ctx, "actor");
    ArticleQuery q = Params.filters(ctx).withActor(null);
    Buckets.Size size = Params.bucket(ctx);
    var byPeriod = Buckets.byKey(store.actorRolesPerDay(actor, q), size);
    Map<String, Long> totals = new TreeMap<>();
    List<Dtos.FramingPoint> points = new ArrayList<>();
    byPeriod.forEach((period, roles) -> {
      points.add(new Dtos.FramingPoint(period, roles));
      roles.forEach((role, n) -> totals.merge(role, n, Long::sum));
    });
    ctx.json(new Dtos.Framing(actor, size.name().toLowerCase(), totals, points));
  }
}
