package dev.narrascope.app.web;

import dev.narrascope.Json;
import dev.narrascope.Pipeline;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.narrative.Taxonomy;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every API route of the server, in one list (the OpenAPI document is checked against it). */
final class Routes {
  static final String VERSION = "0.1.0";

  private Routes() {}

  /** The article filters of {@link Params#filters}. */
  private static final Set<String> FILTERS = Set.of("outlet", "language", "narrative", "actor", "role", "story", "from", "to");
  private static final Set<String> PAGE = Set.of("offset", "limit");
  /** {@code by}, and {@code bucket}, its older name. */
  private static final Set<String> PERIOD = Set.of("by", "bucket");

  static List<Route> all(ArticleStore store, ArticleExtractor extractor, Pipeline pipeline, ServerConfig config) {
    return all(store, extractor, pipeline, config, new UploadGate(config.maxUploads()));
  }

  static List<Route> all(ArticleStore store, ArticleExtractor extractor, Pipeline pipeline, ServerConfig config, UploadGate gate) {
    var articles = new ArticlesController(store, new ArticleIngestion(extractor, pipeline, store),
        new UploadReader(config.maxBodyBytes(), config.maxDocuments(), config.uploadTimeout()), gate);
    var stories = new StoriesController(store);
    var labels = new LabelsController(store);
    var insights = new InsightsController(store);
    var outlets = new OutletsController(store);
    var review = new ReviewController(store, config, Taxonomy.defaults());
    var corrections = new CorrectionsController(store, Taxonomy.defaults());
    String openApi = openApi();
    return List.of(
        new Route("GET", "/api/health", Access.PUBLIC, Set.of(), ctx -> ctx.json(new Dtos.Health("ok", VERSION))),
        new Route("GET", "/openapi.json", Access.PUBLIC, Set.of(), ctx -> ctx.contentType("application/json").result(openApi)),
        new Route("POST", "/api/articles", Access.WRITE, Set.of("url", "title", "source", "published"), articles::create),
        new Route("GET", "/api/articles", Access.READ, union(FILTERS, PAGE), articles::list),
        new Route("GET", "/api/articles/{id}", Access.READ, Set.of(), articles::one),
        new Route("POST", "/api/articles/{id}/corrections", Access.WRITE, Set.of(), corrections::add),
        new Route("GET", "/api/articles/{id}/corrections", Access.READ, Set.of(), corrections::list),
        new Route("GET", "/api/stories", Access.READ, PAGE, stories::list),
        new Route("GET", "/api/stories/{id}", Access.READ, Set.of(), stories::one),
        new Route("GET", "/api/stories/{id}/compare", Access.READ, Set.of(), stories::compare),
        new Route("POST", "/api/stories/{id}/merge", Access.WRITE, Set.of(), corrections::merge),
        new Route("POST", "/api/stories/{id}/split", Access.WRITE, Set.of(), corrections::split),
        new Route("GET", "/api/outlets", Access.READ, PAGE, outlets::list),
        new Route("GET", "/api/outlets/{name}", Access.READ, Set.of(), outlets::one),
        new Route("GET", "/api/narratives", Access.READ, union(Set.of("kind"), FILTERS, PAGE), labels::narratives),
        new Route("GET", "/api/timeline", Access.READ, union(FILTERS, PERIOD), labels::timeline),
        new Route("GET", "/api/actors", Access.READ, union(FILTERS, PAGE), labels::actors),
        new Route("GET", "/api/actors/framing", Access.READ, union(FILTERS, PERIOD), labels::framing),
        new Route("GET", "/api/alerts", Access.READ,
            Set.of("now", "window", "baseline", "minCount", "ratio", "minZ", "outlet", "language", "narrative", "actor", "story"),
            insights::alerts),
        new Route("GET", "/api/search", Access.READ, union(Set.of("q"), FILTERS, PAGE), insights::search),
        new Route("GET", "/api/findings", Access.READ, Set.of("limit"), insights::findings),
        new Route("GET", "/api/review", Access.READ, union(FILTERS, PAGE), review::queue),
        new Route("GET", "/api/taxonomy", Access.READ, Set.of(), review::taxonomy),
        new Route("GET", "/api/access", Access.READ, Set.of(), review::access));
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new TreeSet<>();
    for (Set<String> s : sets) all.addAll(s);
    return all;
  }

  /** The hand-written OpenAPI document, validated as JSON once at start-up. */
  static String openApi() {
    try (InputStream in = Routes.class.getResourceAsStream("/openapi.json")) {
      if (in == null) throw new IllegalStateException("openapi.json is missing from the jar");
      String doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Json.MAPPER.readTree(doc);
      return doc;
    } catch (IOException e) {
      throw new IllegalStateException("openapi.json is unreadable: " + e.getMessage(), e);
    }
  }
}
