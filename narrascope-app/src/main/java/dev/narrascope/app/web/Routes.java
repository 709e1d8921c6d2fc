package dev.narrascope.app.web;

import dev.narrascope.Json;
import dev.narrascope.Pipeline;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Every API route of the server, in one list (the OpenAPI document is checked against it). */
final class Routes {
  static final String VERSION = "0.1.0";

  private Routes() {}

  static List<Route> all(ArticleStore store, ArticleExtractor extractor, Pipeline pipeline, ServerConfig config) {
    var articles = new ArticlesController(store, new ArticleIngestion(extractor, pipeline, store),
        new UploadReader(config.maxBodyBytes(), config.maxDocuments()));
    var stories = new StoriesController(store);
    var labels = new LabelsController(store);
    var insights = new InsightsController(store);
    String openApi = openApi();
    return List.of(
        new Route("GET", "/api/health", Access.PUBLIC, ctx -> ctx.json(new Dtos.Health("ok", VERSION))),
        new Route("GET", "/openapi.json", Access.PUBLIC, ctx -> ctx.contentType("application/json").result(openApi)),
        new Route("POST", "/api/articles", Access.WRITE, articles::create),
        new Route("GET", "/api/articles", Access.READ, articles::list),
        new Route("GET", "/api/articles/{id}", Access.READ, articles::one),
        new Route("GET", "/api/stories", Access.READ, stories::list),
        new Route("GET", "/api/stories/{id}", Access.READ, stories::one),
        new Route("GET", "/api/stories/{id}/compare", Access.READ, stories::compare),
        new Route("GET", "/api/narratives", Access.READ, labels::narratives),
        new Route("GET", "/api/timeline", Access.READ, labels::timeline),
        new Route("GET", "/api/actors", Access.READ, labels::actors),
        new Route("GET", "/api/actors/framing", Access.READ, labels::framing),
        new Route("GET", "/api/alerts", Access.READ, insights::alerts),
        new Route("GET", "/api/search", Access.READ, insights::search),
        new Route("GET", "/api/findings", Access.READ, insights::findings));
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
