package dev.narrascope.app.watch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a watcher remembers between cycles and restarts: the feed items it has taken (by guid or
 * link), each feed's validators (ETag, Last-Modified) and back-off, each watched file's size and
 * modification time, the alerts already announced and the alerts still to be posted to the webhook.
 * Saved as JSON by {@link StateFile}. Not thread-safe: one watcher owns it.
 */
public final class WatchState {
  /** The oldest item keys are forgotten beyond this many (feeds only ever show their latest items). */
  static final int MAX_SEEN_ITEMS = 200_000;

  /**
   * @param etag         the feed's last ETag, or null
   * @param lastModified the feed's last Last-Modified header, or null
   * @param errors       failures in a row (0 after a success)
   * @param nextAttempt  not polled before this instant (back-off), or null
   * @param lastError    the last failure, for people reading the file
   */
  record FeedState(String etag, String lastModified, int errors, Instant nextAttempt, String lastError) {
    static final FeedState NEW = new FeedState(null, null, 0, null, null);
  }

  /** A file as last read: its size and modification time (milliseconds since the epoch). */
  record FileMark(long size, long modifiedMillis) {}

  @JsonProperty int version = 1;
  @JsonProperty private Map<String, FeedState> feeds = new TreeMap<>();
  @JsonProperty private LinkedHashSet<String> seenItems = new LinkedHashSet<>();
  @JsonProperty private Map<String, FileMark> files = new TreeMap<>();
  @JsonProperty private Set<String> announcedAlerts = new TreeSet<>();
  @JsonProperty private Map<String, Map<String, Object>> pendingWebhook = new LinkedHashMap<>();

  FeedState feed(String url) {
    return feeds.getOrDefault(url, FeedState.NEW);
  }

  void putFeed(String url, FeedState state) {
    feeds.put(url, state);
  }

  boolean seen(String itemKey) {
    return seenItems.contains(itemKey);
  }

  void markSeen(String itemKey) {
    seenItems.remove(itemKey);
    seenItems.add(itemKey);
    for (Iterator<String> it = seenItems.iterator(); seenItems.size() > MAX_SEEN_ITEMS; ) {
      it.next();
      it.remove();
    }
  }

  int seenCount() {
    return seenItems.size();
  }

  FileMark file(String path) {
    return files.get(path);
  }

  void putFile(String path, FileMark mark) {
    files.put(path, mark);
  }

  /** Forgets files no longer there, so a file that comes back is read again. */
  void retainFiles(Set<String> present) {
    files.keySet().retainAll(present);
  }

  Set<String> announcedAlerts() {
    return announcedAlerts;
  }

  /** Alert key → the JSON object still to be posted. */
  Map<String, Map<String, Object>> pendingWebhook() {
    return pendingWebhook;
  }
}
