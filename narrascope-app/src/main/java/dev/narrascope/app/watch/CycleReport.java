package dev.narrascope.app.watch;

import java.util.ArrayList;
import java.util.List;

/**
 * What one cycle did, for the progress line and for tests.
 *
 * @param feedsPolled     feeds asked this cycle (the rest were resting after failures)
 * @param notModified     feeds that answered 304
 * @param backedOff       feeds skipped because they are resting after failures
 * @param failedFeeds     feeds that failed this cycle
 * @param newItems        feed items not seen before
 * @param pagesFetched    article pages requested
 * @param changedFiles    new or changed files read
 * @param stored          articles stored (new or already known)
 * @param added           articles new to the store
 * @param findings        findings of the cycle (feeds, pages, files, extraction)
 * @param newAlerts       alerts announced for the first time
 * @param alertsPosted    alerts the webhook took
 * @param ok              false when storing or saving the state failed (the cycle's news is retried next time)
 */
public record CycleReport(int cycle, int feeds, int folders, int feedsPolled, int notModified, int backedOff, int failedFeeds,
                          int newItems, int pagesFetched, int changedFiles, int stored, int added, long findings,
                          int newAlerts, int alertsPosted, boolean ok) {
  /** {@code cycle 3: 2 feeds (1 not modified), 1 folder, 5 new items, 1 changed file, 5 stored (4 new), 1 finding}. */
  public String line() {
    List<String> feedNotes = new ArrayList<>();
    if (notModified > 0) feedNotes.add(notModified + " not modified");
    if (failedFeeds > 0) feedNotes.add(failedFeeds + " failed");
    if (backedOff > 0) feedNotes.add(backedOff + " backed off");
    StringBuilder b = new StringBuilder("cycle ").append(cycle).append(": ");
    List<String> parts = new ArrayList<>();
    if (feeds > 0) {
      parts.add(WatchText.plural(feeds, "feed", "feeds") + (feedNotes.isEmpty() ? "" : " (" + String.join(", ", feedNotes) + ")"));
      parts.add(WatchText.plural(newItems, "new item", "new items")
          + (pagesFetched > 0 ? " (" + WatchText.plural(pagesFetched, "page", "pages") + " fetched)" : ""));
    }
    if (folders > 0) {
      parts.add(WatchText.plural(folders, "folder", "folders"));
      parts.add(WatchText.plural(changedFiles, "new or changed file", "new or changed files"));
    }
    parts.add(stored + " stored" + (stored > 0 ? " (" + added + " new)" : ""));
    parts.add(WatchText.plural(findings, "finding", "findings"));
    if (newAlerts > 0) parts.add(WatchText.plural(newAlerts, "new alert", "new alerts"));
    if (alertsPosted > 0) parts.add(alertsPosted + " posted to the webhook");
    if (!ok) parts.add("NOT SAVED, retried next cycle");
    return b.append(String.join(", ", parts)).toString();
  }
}
