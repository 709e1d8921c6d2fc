package dev.narrascope.app.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GETs for the watcher: a clear User-Agent, timeouts, a size limit, and the per-host rate limit
 * ({@link HostRateLimiter}) before every request. Redirects are followed (never from https to http).
 * Thread-safe.
 */
final class HttpFetcher {
  /** A finished exchange; the body is whole (it fitted the size limit). */
  record Response(int status, URI uri, java.net.http.HttpHeaders headers, byte[] body) {
    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    /** The media type without parameters, lower-case; empty when not given. */
    String mediaType() {
      return header("Content-Type").map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    }
  }

  private final FetchSettings settings;
  private final HostRateLimiter limiter;
  private final HttpClient client;

  HttpFetcher(FetchSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.limiter = new HostRateLimiter(settings.hostDelay(), clock, sleeper);
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  HostRateLimiter limiter() {
    return limiter;
  }

  /**
   * Waits for the host's turn, then GETs {@code uri} with {@code headers}.
   *
   * @throws IOException when the host cannot be reached, the request times out or the body is over the size limit
   */
  Response get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
    limiter.acquire(hostOf(uri));
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
        .header("User-Agent", settings.userAgent());
    headers.forEach(b::header);
    HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > settings.maxBytes()) throw tooLarge();
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
      if (body.length > settings.maxBytes()) throw tooLarge();
      return new Response(r.statusCode(), r.uri(), r.headers(), body);
    }
  }

  private IOException tooLarge() {
    return new IOException("larger than the limit of " + (settings.maxBytes() >> 10) + " KiB");
  }

  static String hostOf(URI uri) {
    return uri.getHost() == null ? String.valueOf(uri.getAuthority()) : uri.getHost().toLowerCase(Locale.ROOT);
  }
}
