package dev.narrascope.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.narrascope.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends one chat-completions request and returns the answer, retrying with exponential back-off on
 * 429, 5xx, timeouts and broken connections (not on a refused one: nothing listens there). Asks for a JSON object at temperature 0. Thread-safe.
 */
final class ChatClient {
  private final LlmSettings settings;
  private final HttpClient http;

  ChatClient(LlmSettings settings) {
    this.settings = settings;
    // HTTP/1.1: local servers need no HTTP/2, and some mishandle the h2c upgrade the JDK client tries first.
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build();
  }

  /** @throws LlmException when no attempt gave a well-formed completion */
  ChatAnswer complete(Prompt prompt) throws LlmException, InterruptedException {
    HttpRequest request = request(prompt);
    String last = "";
    for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
      if (attempt > 0) Thread.sleep(backoff(attempt).toMillis());
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (HttpTimeoutException e) {
        last = "no answer within " + settings.timeout();
        continue;
      } catch (ConnectException e) {
        // Nothing listens there (a wrong port, a server not started): waiting will not help, and retrying
        // every article of a big run with back-off would hold the run for hours before the same fallback.
        throw new LlmException("cannot connect to " + settings.completions() + ": " + e.getMessage(), e);
      } catch (IOException e) {
        last = "connection failed: " + e;
        continue;
      }
      int status = response.statusCode();
      if (status == 429 || status >= 500) {
        last = "HTTP " + status;
        continue;
      }
      if (status != 200) throw new LlmException("HTTP " + status + ": " + abbreviate(response.body()));
      return parse(response.body());
    }
    throw new LlmException(last + " (" + (settings.maxRetries() + 1) + " attempts)");
  }

  /** Waits before retry {@code attempt} (1-based): the base, doubled each time. */
  Duration backoff(int attempt) {
    return settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
  }

  private HttpRequest request(Prompt prompt) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("model", settings.model());
    body.put("temperature", 0);
    body.putObject("response_format").put("type", "json_object");
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", prompt.system());
    messages.addObject().put("role", "user").put("content", prompt.user());
    HttpRequest.Builder b = HttpRequest.newBuilder(settings.completions())
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (settings.apiKey() != null) b.header("Authorization", "Bearer " + settings.apiKey());
    return b.build();
  }

  private static ChatAnswer parse(String body) throws LlmException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new LlmException("not a chat-completions response: " + abbreviate(body));
    }
    JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
    if (content == null || !content.isTextual()) throw new LlmException("no message content in the response: " + abbreviate(body));
    JsonNode usage = root.path("usage");
    return new ChatAnswer(content.asText(), usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0));
  }

  private static String abbreviate(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return one.length() <= 200 ? one : one.substring(0, 200) + "…";
  }
}
