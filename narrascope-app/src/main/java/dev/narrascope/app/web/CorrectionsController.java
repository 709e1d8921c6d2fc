package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.app.correct.CorrectionChecks;
import dev.narrascope.app.correct.StoryEdits;
import dev.narrascope.narrative.Taxonomy;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Correction;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Analysts' corrections: {@code /api/articles/{id}/corrections} (add one, read the audit trail) and
 * story merges and splits ({@code /api/stories/{id}/merge}, {@code /split}). Every problem with a
 * request is a 400 naming it; nothing is stored then.
 */
final class CorrectionsController {
  private final ArticleStore store;
  private final CorrectionChecks checks;
  private final StoryEdits edits;

  CorrectionsController(ArticleStore store, Taxonomy taxonomy) {
    this.store = store;
    this.checks = new CorrectionChecks(taxonomy, store);
    this.edits = new StoryEdits(store);
  }

  /** {@code {"kind":…, "author":…, …}} → 201 with the stored correction. */
  void add(Context ctx) {
    Article article = article(ctx);
    JsonBody body = JsonBody.of(ctx);
    String author = body.requiredText("author");
    String kind = body.requiredText("kind");
    Correction c = request(article, kind, author, body);
    ctx.status(201).json(badRequestOnIae(() -> {
      checks.check(c, article);
      return store.addCorrection(c);
    }));
  }

  void list(Context ctx) {
    List<Correction> trail = store.corrections(article(ctx).id());
    ctx.json(new Trail(trail, trail.size()));
  }

  /** {@code {"into": id, "author": …}} → 200 with the survivor. */
  void merge(Context ctx) {
    String id = story(ctx);
    JsonBody body = JsonBody.of(ctx);
    String into = body.requiredText("into");
    String author = body.requiredText("author");
    ctx.json(badRequestOnIae(() -> edits.merge(id, into, author)));
  }

  /** {@code {"articles": [ids], "author": …}} → 201 with {@code {"story": newId}}. */
  void split(Context ctx) {
    String id = story(ctx);
    JsonBody body = JsonBody.of(ctx);
    List<String> articles = body.texts("articles");
    String author = body.requiredText("author");
    ctx.status(201).json(Map.of("story", badRequestOnIae(() -> edits.split(id, articles, author))));
  }

  private static Correction request(Article article, String kind, String author, JsonBody body) {
    return badRequestOnIae(() -> switch (kind) {
      case Correction.NARRATIVES -> Correction.narratives(article.id(), author, body.requiredTexts("narratives"), body.texts("subNarratives"));
      case Correction.ROLE -> CorrectionChecks.role(article, author, body.requiredText("actor"), body.requiredText("role"),
          body.texts("subRoles"));
      case Correction.SPEAKER -> CorrectionChecks.speaker(article, author, body.requiredInt("quote"), body.requiredText("speaker"));
      case Correction.STORY -> Correction.story(article.id(), author, body.requiredText("story"));
      case Correction.REVIEWED -> Correction.reviewed(article.id(), author);
      default -> throw ApiException.badRequest("unknown kind '" + Params.abbreviate(kind) + "' (one of narratives, role, speaker, story, reviewed)");
    });
  }

  private Article article(Context ctx) {
    String id = Params.path(ctx, "id");
    return store.get(id).orElseThrow(() -> ApiException.notFound("no article with id " + Params.abbreviate(id)));
  }

  private String story(Context ctx) {
    String id = Params.path(ctx, "id");
    if (store.story(id).isEmpty()) throw ApiException.notFound("no story with id " + Params.abbreviate(id));
    return id;
  }

  /** Runs {@code work}; an {@link IllegalArgumentException} (a correction the checks or the store refused) becomes a 400. */
  private static <T> T badRequestOnIae(Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** A page of the corrections trail: items, then total (a record keeps that order). */
  private record Trail(List<?> items, int total) {}
}
