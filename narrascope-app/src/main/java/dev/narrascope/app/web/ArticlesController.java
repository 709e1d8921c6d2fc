package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import dev.narrascope.app.correct.CorrectedArticle;
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
  private final UploadGate gate;

  ArticlesController(ArticleStore store, ArticleIngestion ingestion, UploadReader uploads, UploadGate gate) {
    this.store = store;
    this.ingestion = ingestion;
    this.uploads = uploads;
    this.gate = gate;
  }

  /**
   * Reads, analyses and stores the posted articles: 201 with their ids and findings; 422 with the
   * findings when nothing in the body could be stored; 503 at once when {@link UploadGate} says
   * enough uploads are running.
   */
  void create(Context ctx) {
    if (!gate.tryEnter()) {
      ctx.header("Retry-After", "5");
      throw new ApiException(503, "busy", "the server is receiving or analysing as many uploads as it takes at once ("
          + gate.max() + "); retry shortly");
    }
    try {
      Findings findings = Findings.tracking(MAX_FINDINGS);
      List<RawDocument> docs = uploads.read(ctx, findings);
      int received = docs.size() + (int) findings.count();
      Dtos.IngestResult result = ingestion.ingest(docs, findings, received);
      if (result.stored() == 0) {
        String why = result.findings().isEmpty() ? "no article in it" : result.findings().get(0).message();
        ctx.status(422).json(new Dtos.Rejected("unprocessable", "nothing in the request could be stored: " + why
            + (result.findingsTotal() > 1 ? " (and " + (result.findingsTotal() - 1) + " more findings)" : ""),
            result.received(), result.findings(), result.findingsTotal()));
      } else {
        ctx.status(201).json(result);
      }
    } finally {
      gate.leave();
    }
  }

  void list(Context ctx) {
    ArticleQuery q = Params.filters(ctx);
    List<Article> fetched = store.find(q.page(q.offset(), q.limit() + 1));
    ctx.json(Dtos.Page.of(fetched.stream().map(Dtos.ArticleSummary::of).toList(), q.offset(), q.limit(), store.count(q)));
  }

  void one(Context ctx) {
    String id = Params.path(ctx, "id");
    Article a = store.get(id).orElseThrow(() -> ApiException.notFound("no article with id " + Params.abbreviate(id)));
    ctx.json(CorrectedArticle.of(a, store.corrections(id)).json());
  }
}
