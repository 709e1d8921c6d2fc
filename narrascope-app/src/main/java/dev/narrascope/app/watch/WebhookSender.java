package dev.narrascope.app.watch;

import dev.narrascope.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** POSTs one JSON object to the webhook; anything but a 2xx answer is a failure. Thread-safe. */
final class WebhookSender {
  private final URI url;
  private final FetchSettings settings;
  private final HttpClient client;

  WebhookSender(URI url, FetchSettings settings) {
    this.url = url;
    this.settings = settings;
    this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
  }

  URI url() {
    return url;
  }

  /** @throws IOException naming the failure (unreachable, timeout, HTTP status) */
  void post(Map<String, Object> json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", settings.userAgent())
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(json)))
        .build();
    HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
    if (r.statusCode() / 100 != 2) throw new IOException("HTTP " + r.statusCode());
  }
}
