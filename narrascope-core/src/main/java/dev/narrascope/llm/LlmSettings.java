package dev.narrascope.llm;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible chat-completions endpoint and how hard to try. Requests go to
 * {@code endpoint + "/chat/completions"}, so the endpoint is the API root: {@code http://localhost:11434/v1}
 * (Ollama), {@code http://localhost:8080/v1} (llama.cpp server, vLLM), {@code https://api.openai.com/v1}.
 *
 * <pre>{@code
 * LlmSettings s = LlmSettings.of("http://localhost:11434/v1", "qwen2.5:7b-instruct")
 *     .withConcurrency(2).withTimeout(Duration.ofMinutes(3)).withCache(Path.of("llm-cache"));
 * }</pre>
 *
 * @param endpoint    the API root, without a trailing slash
 * @param model       the model name the server knows
 * @param apiKey      sent as a bearer token, or {@code null} for servers without one
 * @param concurrency requests in flight at most
 * @param timeout     per attempt, until the response starts
 * @param maxRetries  further attempts after a 429, a 5xx, a timeout or a broken connection
 * @param backoff     wait before the first retry; doubled before each next one
 * @param cacheDir    folder of cached answers, or {@code null} for none
 */
public record LlmSettings(URI endpoint, String model, String apiKey, int concurrency, Duration timeout, int maxRetries,
                          Duration backoff, Path cacheDir) {
  public static final int DEFAULT_CONCURRENCY = 4;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_RETRIES = 3;
  public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);

  public LlmSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    String scheme = endpoint.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) throw new IllegalArgumentException("LLM endpoint must be http(s): " + endpoint);
    String s = endpoint.toString();
    if (s.endsWith("/")) endpoint = URI.create(s.substring(0, s.length() - 1));
    if (model == null || model.isBlank()) throw new IllegalArgumentException("an LLM model name is required");
    if (apiKey != null && apiKey.isBlank()) apiKey = null;
    if (concurrency < 1) throw new IllegalArgumentException("LLM concurrency must be >= 1: " + concurrency);
    if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("LLM timeout must be positive: " + timeout);
    if (maxRetries < 0) throw new IllegalArgumentException("LLM retries must be >= 0: " + maxRetries);
    if (backoff == null || backoff.isNegative()) throw new IllegalArgumentException("LLM back-off must be >= 0: " + backoff);
  }

  /**
   * Defaults: no key, {@value #DEFAULT_CONCURRENCY} requests in flight, 120 s timeout, {@value #DEFAULT_RETRIES}
   * retries from a 2 s back-off, no cache.
   *
   * @throws IllegalArgumentException for a URL that is not http(s) or a blank model
   */
  public static LlmSettings of(String endpoint, String model) {
    URI uri;
    try {
      uri = URI.create(endpoint.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an LLM endpoint URL: " + endpoint, e);
    }
    return new LlmSettings(uri, model, null, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT, DEFAULT_RETRIES, DEFAULT_BACKOFF, null);
  }

  public LlmSettings withApiKey(String key) {
    return new LlmSettings(endpoint, model, key, concurrency, timeout, maxRetries, backoff, cacheDir);
  }

  public LlmSettings withConcurrency(int n) {
    return new LlmSettings(endpoint, model, apiKey, n, timeout, maxRetries, backoff, cacheDir);
  }

  public LlmSettings withTimeout(Duration t) {
    return new LlmSettings(endpoint, model, apiKey, concurrency, t, maxRetries, backoff, cacheDir);
  }

  public LlmSettings withRetries(int retries, Duration firstBackoff) {
    return new LlmSettings(endpoint, model, apiKey, concurrency, timeout, retries, firstBackoff, cacheDir);
  }

  public LlmSettings withCache(Path dir) {
    return new LlmSettings(endpoint, model, apiKey, concurrency, timeout, maxRetries, backoff, dir);
  }

  /** Where requests go. */
  URI completions() {
    return URI.create(endpoint + "/chat/completions");
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "LlmSettings[" + endpoint + ", model=" + model + (apiKey == null ? "" : ", key=***") + ", concurrency=" + concurrency
        + ", timeout=" + timeout + ", retries=" + maxRetries + ", backoff=" + backoff + ", cache=" + cacheDir + "]";
  }
}
