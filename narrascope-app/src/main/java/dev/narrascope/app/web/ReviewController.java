package dev.narrascope.app.web;

import dev.narrascope.framing.Roles;
import dev.narrascope.narrative.Taxonomy;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.ReviewItem;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard's review and correction pages need besides the corrections themselves: the
 * review queue ({@link ArticleStore#reviewQueue}), the labels a correction may choose from, and whether the
 * caller's token may write (so a read-only dashboard hides its editing controls).
 */
final class ReviewController {
  private final ArticleStore store;
  private final ServerConfig config;
  private final Dtos.Labelling labelling;

  ReviewController(ArticleStore store, ServerConfig config, Taxonomy taxonomy) {
    this.store = store;
    this.config = config;
    this.labelling = labelling(taxonomy);
  }

  void queue(Context ctx) {
    ArticleQuery q = Params.filters(ctx);
    List<ReviewItem> items = store.reviewQueue(q);
    long total = store.reviewQueueSize(q);
    ctx.json(new Dtos.Page<>(items, q.offset(), q.limit(), total, q.offset() + items.size() < total));
  }

  void taxonomy(Context ctx) {
    ctx.json(labelling);
  }

  void access(Context ctx) {
    ctx.json(new Dtos.AccessLevel(Access.WRITE.allows(ctx, config) ? "write" : "read"));
  }

  private static Dtos.Labelling labelling(Taxonomy t) {
    List<Dtos.TaxonomyNarrative> narratives = t.narratives().stream()
        .map(n -> new Dtos.TaxonomyNarrative(n, t.subNarrativesOf(n))).toList();
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (String main : Roles.MAIN) roles.put(main, Roles.fineRoles(main));
    return new Dtos.Labelling(narratives, roles);
  }
}
