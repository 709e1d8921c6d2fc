package dev.narrascope.app.web;

import dev.narrascope.app.analysis.OutletProfiles;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/outlets}: outlets by article count, and one outlet's {@link dev.narrascope.compare.OutletProfile}. */
final class OutletsController {
  private final ArticleStore store;

  OutletsController(ArticleStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    List<Dtos.OutletCount> all = Dtos.OutletCount.of(store.outletCounts(ArticleQuery.all()));
    List<Dtos.OutletCount> fetched = all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit + 1, all.size()));
    ctx.json(Dtos.Page.of(fetched, offset, limit, (long) all.size()));
  }

  void one(Context ctx) {
    String name = Params.path(ctx, "name");
    ctx.json(OutletProfiles.profile(store, name)
        .orElseThrow(() -> ApiException.notFound("no articles of outlet " + Params.abbreviate(name))));
  }
}
