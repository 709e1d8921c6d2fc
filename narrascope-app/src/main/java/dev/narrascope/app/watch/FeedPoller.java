package dev.narrascope.app.watch;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One poll of one feed: a conditional GET (If-None-Match / If-Modified-Since from the validators the
 * feed last sent), then Rome parsing. Says what happened; the caller keeps the state. Thread-safe.
 */
final class FeedPoller {
  static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

  sealed interface Result permits NotModified, Fetched, Failed {}

  /** 304: nothing new since the validators. */
  record NotModified() implements Result {}

  /** The feed's items and its new validators (either may be null). */
  record Fetched(List<FeedItem> items, String etag, String lastModified) implements Result {}

  /** HTTP error, unreachable, too large or malformed; {@code reason} is one line. */
  record Failed(String reason) implements Result {}

  private final HttpFetcher fetcher;

  FeedPoller(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  Result poll(String feedUrl, String etag, String lastModified) throws InterruptedException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", ACCEPT);
    if (etag != null) headers.put("If-None-Match", etag);
    if (lastModified != null) headers.put("If-Modified-Since", lastModified);
    HttpFetcher.Response r;
    try {
      r = fetcher.get(URI.create(feedUrl), headers);
    } catch (IOException e) {
      return new Failed("unreachable: " + WatchText.reason(e));
    }
    if (r.status() == 304) return new NotModified();
    if (r.status() / 100 != 2) return new Failed("HTTP " + r.status());
    try {
      List<FeedItem> items = FeedParser.parse(feedUrl, r.body(), r.header("Content-Type").orElse(null));
      // A server that stops sending a validator should not be asked with the old one.
      return new Fetched(items, r.header("ETag").orElse(null), r.header("Last-Modified").orElse(null));
    } catch (IOException e) {
      return new Failed(WatchText.oneLine(e.getMessage()));
    }
  }
}
