package dev.narrascope.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.narrascope.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An in-process OpenAI-compatible chat-completions server for tests: each request is answered by a
 * function of the request (its parsed JSON body), which returns a {@link Reply}: a completion, an
 * HTTP status, a raw body, or no answer at all until the server closes (a hung server). Records every
 * request. Shared with the app's tests through the core test-jar.
 *
 * <pre>{@code
 * try (FakeLlmServer server = FakeLlmServer.start(request -> Reply.completion("{\"narratives\": [\"Other\"]}"))) {
 *   LlmSettings s = LlmSettings.of(server.url(), "fake");
 * }
 * }</pre>
 */
public final class FakeLlmServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Function<Request, Reply> responder;

  /** One request as received: the path, the Authorization header (or null) and the JSON body. */
  public record Request(String path, String authorization, JsonNode body) {
    /** The user message: the article. */
    public String user() {
      return body.path("messages").path(1).path("content").asText();
    }

    public String system() {
      return body.path("messages").path(0).path("content").asText();
    }
  }

  /** What the server does with one request. */
  public record Reply(int status, String body, boolean hangs) {
    /** A well-formed completion whose message content is {@code content}, with 100 prompt and 20 completion tokens. */
    public static Reply completion(String content) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.put("id", "fake").put("object", "chat.completion");
      root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
          .putObject("message").put("role", "assistant").put("content", content);
      root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
      return new Reply(200, root.toString(), false);
    }

    public static Reply status(int status) {
      return new Reply(status, "{\"error\": {\"message\": \"fake " + status + "\"}}", false);
    }

    public static Reply raw(String body) {
      return new Reply(200, body, false);
    }

    /** Never answers (until the server closes): a hung or very slow server. */
    public static Reply hang() {
      return new Reply(0, "", true);
    }
  }

  private FakeLlmServer(Function<Request, Reply> responder) throws IOException {
    this.responder = responder;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public static FakeLlmServer start(Function<Request, Reply> responder) {
    try {
      return new FakeLlmServer(responder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The API root to pass as {@code --llm}: requests go to {@code url() + "/chat/completions"}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
      Request request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body);
      requests.add(request);
      Reply reply = responder.apply(request);
      if (reply.hangs()) {
        closing.await();
        return;
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
