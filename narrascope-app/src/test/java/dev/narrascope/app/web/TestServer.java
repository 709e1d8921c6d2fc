package dev.narrascope.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import dev.narrascope.Keys;
import dev.narrascope.Pipeline;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.story.StoryClusterer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real server on a free loopback port over a real store, plus a small HTTP client for tests. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-rw-0123456789";
  static final String READ_TOKEN = "test-token-ro-0123456789";
  static final long MAX_BODY = 1L << 20;
  static final int MAX_DOCS = 50;

  final ArticleStore store;
  final WebServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The extracted text, then the fixture analysis (narrative/actor/role from posted metadata). */
  static Pipeline fixturePipeline() {
    return Pipeline.builder().given(Keys.ENTITIES).add(new FixtureAnalysisStage())
        .add(new MinHashNearDuplicates()).add(new StoryClusterer()).build();
  }

  TestServer(ArticleStore store) {
    this(store, new ServerConfig("127.0.0.1", 0, TOKEN, READ_TOKEN, MAX_BODY, MAX_DOCS));
  }

  TestServer(ArticleStore store, ServerConfig config) {
    this.store = store;
    this.server = WebServer.start(store, ArticleExtractor.defaults(), fixturePipeline(), config);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A response with its body parsed as JSON (null when it is not JSON). */
  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String path) {
    return get(path, TOKEN);
  }

  Reply get(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (token != null) b.header("Authorization", "Bearer " + token);
    return send(b.build());
  }

  Reply post(String path, String body, String contentType) {
    return post(path, body, contentType, TOKEN);
  }

  Reply post(String path, String body, String contentType, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
    if (token != null) b.header("Authorization", "Bearer " + token);
    return send(b.build());
  }

  /** Posts raw bytes (a body in some charset) as they are. */
  Reply postBytes(String path, byte[] body, String contentType) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", contentType).header("Authorization", "Bearer " + TOKEN).build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** One JSON article as the API takes it, with fixture fields for the analysis. */
  static String article(String title, String text, String source, String published, String narrative, String actor, String role) {
    var n = Json.MAPPER.createObjectNode();
    n.put("title", title).put("text", text).put("source", source).put("published", published).put("url", "https://example.org/" + enc(title));
    if (narrative != null) n.put("narrative", narrative);
    if (actor != null) n.put("actor", actor);
    if (role != null) n.put("role", role);
    return n.toString();
  }

  /** {@code articleJson} (from {@link #article}) with the fixture's narrative confidence set. */
  static String withConfidence(String articleJson, double confidence) {
    try {
      return ((com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(articleJson))
          .put("confidence", Double.toString(confidence)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
