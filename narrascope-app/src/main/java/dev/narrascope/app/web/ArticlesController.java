package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/articles}: add articles (analysed on the way in), list them with filters, read one. */
final class ArticlesController {
  /** Findings kept per request; more are counted but not returned. */
  private static final int MAX_FINDINGS = 1_000;
  private final ArticleStore store;
  private final ArticleIngestion ingestion;
  private final UploadReader uploads;

  ArticlesController(ArticleStore store, ArticleIngestion ingestion, UploadReader uploads) {
    this.store = store;
    this.ingestion = ingestion;
    this.uploads = uploads;
  }

  void create(Context ctx) {
    Findings findings = Findings.tracking(MAX_FINDINGS);
    List<RawDocument> docs = uploads.read(ctx, findings);
    int received = docs.size() + (int) findings.count();
    ctx.status(201).json(ingestion.ingest(docs, findings, received));
  }

  void list(Context ctx) {
    ArticleQuery q = Params.filters(ctx);
    List<Article> fetched = store.find(q.page(q.offset(), q.limit() + 1));
    ctx.json(Dtos.Page.of(fetched.stream().map(Dtos.ArticleSummary::of).toList(), q.offset(), q.limit(), store.count(q)));
  }

  void one(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.get(id).orElseThrow(() -> ApiException.notFound("no article with id " + Params.abbreviate(id))));
  }
}
