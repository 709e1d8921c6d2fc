package dev.narrascope.app.web;

import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.DayCount;
import dev.narrascope.store.LabelCount;
import dev.narrascope.trend.Period;
import dev.narrascope.trend.Timeline;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    ctx.json(new Dtos.Labels(kind, page, q.offset(), q.limit(), store.labelTotal(kind, q), all.size() > q.offset() + q.limit()));
  }

  /**
   * Articles per day or week (with the narrative filter when given), next to all articles in that
   * period: the store counts per day in SQL, the core {@link Timeline} buckets them as the CLI
   * {@code timeline} command does (empty periods listed with zero). At most {@link Timeline#MAX_POINTS}
   * points: wider given ranges are a 400; a range taken from the data is cut to its latest points.
   */
  void timeline(Context ctx) {
    ArticleQuery q = Params.filters(ctx);
    Period period = Params.period(ctx);
    checkRange(period, q);
    Map<LocalDate, Long> totals = perDay(store.articlesPerDay(q.withNarrative(null)));
    Map<LocalDate, Long> counts = q.narrative() == null ? totals : perDay(store.articlesPerDay(q));
    Timeline.Series s = Timeline.series(counts, totals, period, q.from(), q.to());
    ctx.json(new Dtos.Timeline(q.narrative(), period, s.from(), s.to(), s.truncated(), s.points()));
  }

  /** At most {@link Timeline#MAX_POINTS} periods between given bounds: a 400 before any counting. */
  static void checkRange(Period period, ArticleQuery q) {
    try {
      Timeline.checkRange(period, q.from(), q.to());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static Map<LocalDate, Long> perDay(List<DayCount> days) {
    Map<LocalDate, Long> out = new HashMap<>();
    for (DayCount d : days) out.merge(d.day(), d.count(), Long::sum);
    return out;
  }

  /** How one actor is framed per day or week: counts per main role. */
  void framing(Context ctx) {
    String actor = Params.requiredText(ctx, "actor");
    ArticleQuery q = Params.filters(ctx).withActor(null);
    Period period = Params.period(ctx);
    checkRange(period, q);
    Map<LocalDate, Map<String, Long>> byPeriod = new TreeMap<>();
    for (DayCount d : store.actorRolesPerDay(actor, q)) {
      byPeriod.computeIfAbsent(period.start(d.day()), k -> new TreeMap<>()).merge(d.key(), d.count(), Long::sum);
    }
    Map<String, Long> totals = new TreeMap<>();
    List<Dtos.FramingPoint> points = new ArrayList<>();
    byPeriod.forEach((start, roles) -> {
      points.add(new Dtos.FramingPoint(start, roles));
      roles.forEach((role, n) -> totals.merge(role, n, Long::sum));
    });
    ctx.json(new Dtos.Framing(actor, period, totals, points));
  }
}
