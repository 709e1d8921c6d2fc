package dev.narrascope.app.watch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An in-process web site for watcher tests (the JDK's HttpServer on a free loopback port): feeds,
 * article pages, robots.txt and a webhook, each path answered by a handler; every request is recorded.
 * Unknown paths answer 404.
 */
final class FakeWeb implements AutoCloseable {
  record Request(String method, String path, Headers headers, String body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  record Answer(int status, String contentType, String body, Map<String, String> headers) {
    static Answer of(int status, String contentType, String body) {
      return new Answer(status, contentType, body, Map.of());
    }
  }

  private final HttpServer server;
  private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  FakeWeb() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void route(String path, Function<Request, Answer> handler) {
    routes.put(path, handler);
  }

  void page(String path, int status, String contentType, String body) {
    route(path, r -> Answer.of(status, contentType, body));
  }

  void html(String path, String title, String text) {
    page(path, 200, "text/html; charset=utf-8", "<html><head><title>" + title + "</title></head><body><nav>Home | World</nav>"
        + "<article><h1>" + title + "</h1><p>" + text + "</p></article><footer>(c) Example</footer></body></html>");
  }

  /** A feed with validators: 304 when the request carries the current ETag or Last-Modified. */
  void feed(String path, String xml, String etag, String lastModified) {
    route(path, r -> {
      if (etag != null && etag.equals(r.header("If-None-Match"))) return new Answer(304, null, "", Map.of("ETag", etag));
      if (etag == null && lastModified != null && lastModified.equals(r.header("If-Modified-Since"))) {
        return Answer.of(304, null, "");
      }
      Map<String, String> h = new java.util.HashMap<>();
      if (etag != null) h.put("ETag", etag);
      if (lastModified != null) h.put("Last-Modified", lastModified);
      return new Answer(200, "application/rss+xml; charset=utf-8", xml, h);
    });
  }

  List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  int hits(String path) {
    return requests(path).size();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request req = new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestHeaders(), body);
      requests.add(req);
      Function<Request, Answer> h = routes.get(req.path());
      Answer a = h == null ? Answer.of(404, "text/plain", "not found") : h.apply(req);
      if (a.contentType() != null) ex.getResponseHeaders().set("Content-Type", a.contentType());
      a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
      if (a.status() == 304 || bytes.length == 0) {
        ex.sendResponseHeaders(a.status(), -1);
      } else {
        ex.sendResponseHeaders(a.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  /** RSS 2.0 with the given {@code <item>}s. */
  static String rss(String title, String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
        + "</title><link>https://wire.example.org/</link><description>news</description>" + String.join("", items)
        + "</channel></rss>";
  }

  static String item(String guid, String link, String title, String description, String pubDate) {
    return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + link + "</link><title>" + title + "</title>"
        + "<description>" + description + "</description>" + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>")
        + "</item>";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
