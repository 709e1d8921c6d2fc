package dev.narrascope.app.web;

import dev.narrascope.Json;
import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code narrascope serve} HTTP server: the JSON API under {@code /api}, its OpenAPI document
 * at {@code /openapi.json} and the dashboard (static files) at {@code /}. Every answer carries a
 * strict Content-Security-Policy; errors are {@code {"error": code, "message": …}}. Thread-safe.
 *
 * <pre>{@code
 * try (ArticleStore store = Stores.open("sqlite:news.db");
 *      WebServer server = WebServer.start(store, ServerConfig.local(8080, token, null))) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none';"
      + " base-uri 'none'; form-action 'self'";
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final UploadGate uploads;

  private WebServer(Javalin app, UploadGate uploads) {
    this.app = app;
    this.uploads = uploads;
  }

  /** Starts a server running the default extractor and pipeline. */
  public static WebServer start(ArticleStore store, ServerConfig config) {
    return start(store, ArticleExtractor.defaults(), Pipelines.defaults(), config);
  }

  /** Starts a server; returns once it listens. */
  public static WebServer start(ArticleStore store, ArticleExtractor extractor, Pipeline pipeline, ServerConfig config) {
    UploadGate uploads = new UploadGate(config.maxUploads());
    var routes = Routes.all(store, extractor, pipeline, config, uploads);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jsonMapper(new JavalinJackson(Json.MAPPER.copy(), false));
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/public";
        sf.location = Location.CLASSPATH;
        sf.headers = securityHeaders();
      });
      cfg.routes.before(ctx -> securityHeaders().forEach(ctx::header));
      for (Route r : routes) {
        io.javalin.http.Handler guarded = ctx -> {
          r.access().check(ctx, config);
          checkQuery(ctx, r);
          if (r.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
          r.handler().handle(ctx);
        };
        if (r.method().equals("GET")) cfg.routes.get(r.path(), guarded);
        else cfg.routes.post(r.path(), guarded);
      }
      cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
      cfg.routes.exception(StoreException.class, (e, ctx) -> {
        LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
        error(ctx, 500, "store-error", "the store failed; see the server log");
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal-error", "unexpected server error; see the server log");
      });
      // Javalin's own answers (no route, body too large…) in the same JSON shape, unless a handler already wrote one.
      for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
        cfg.routes.error(status, "*", ctx -> {
          String body = ctx.result();
          if (body == null || !body.startsWith("{\"error\"")) {
            error(ctx, status, codeOf(status), status == 404 ? "no such resource: " + Params.abbreviate(ctx.path()) : "request failed");
          }
        });
      }
    });
    app.start();
    return new WebServer(app, uploads);
  }

  /** Unknown query parameters are refused rather than silently ignored, as are repeated ones. */
  private static void checkQuery(Context ctx, Route r) {
    for (var e : ctx.queryParamMap().entrySet()) {
      String name = e.getKey();
      if (!r.params().contains(name)) {
        throw ApiException.badRequest("unknown query parameter '" + Params.abbreviate(name) + "'; " + r.path()
            + (r.params().isEmpty() ? " takes none" : " takes " + String.join(", ", new java.util.TreeSet<>(r.params()))));
      }
      if (e.getValue().size() > 1) throw ApiException.badRequest("query parameter '" + name + "' given more than once");
    }
  }

  static Map<String, String> securityHeaders() {
    return Map.of(
        "Content-Security-Policy", CSP,
        "X-Content-Type-Options", "nosniff",
        "Referrer-Policy", "no-referrer",
        "X-Frame-Options", "DENY",
        "Cross-Origin-Opener-Policy", "same-origin");
  }

  /** The error body; a record, so "error" is always the first field (the status handlers above look for it). */
  record ErrorBody(String error, String message) {}

  private static void error(Context ctx, int status, String code, String message) {
    ctx.status(status).json(new ErrorBody(code, message == null ? code : message));
  }

  static String codeOf(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 408 -> "request-timeout";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 422 -> "unprocessable";
      case 503 -> "busy";
      default -> status >= 500 ? "internal-error" : "error";
    };
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The uploads being received or analysed now, and a way to wait for them (tests). */
  UploadGate uploads() {
    return uploads;
  }

  /** Blocks until the server stops (for the CLI). */
  public void awaitStop() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    app.stop();
  }
}
