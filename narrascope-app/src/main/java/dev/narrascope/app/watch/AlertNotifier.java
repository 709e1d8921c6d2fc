package dev.narrascope.app.watch;

import dev.narrascope.trend.AlertDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Announces alerts once: an alert (kind + label) not announced before is printed and, with a webhook,
 * queued to be POSTed; the queue is kept in the state until the webhook takes it, so a failure is
 * retried next cycle and a restart neither loses nor repeats one. An alert that no longer stands is
 * forgotten, so that its label rising again is announced again. Not thread-safe.
 */
final class AlertNotifier {
  private final AlertSource source;
  private final WebhookSender webhook;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;

  /** @param webhook where alerts are posted, or null */
  AlertNotifier(AlertSource source, WebhookSender webhook, PrintWriter out, PrintWriter err, Clock clock) {
    this.source = source;
    this.webhook = webhook;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** Prints the alerts that are new since the last look and queues them for the webhook; returns how many were new. */
  int refresh(WatchState state) {
    List<AlertDetector.Alert> current = source.current();
    Set<String> standing = new HashSet<>();
    int fresh = 0;
    for (AlertDetector.Alert a : current) {
      String key = key(a);
      standing.add(key);
      if (!state.announcedAlerts().add(key)) continue;
      fresh++;
      out.printf(Locale.ROOT, "alert: %s \"%s\" rising: %d of %d recent articles, %d of %d before (ratio %.2f, z %.2f)%n",
          a.kind(), a.label(), a.windowCount(), a.windowTotal(), a.baselineCount(), a.baselineTotal(), a.ratio(), a.z());
      if (webhook != null) state.pendingWebhook().put(key, payload(key, a));
    }
    state.announcedAlerts().retainAll(standing);
    out.flush();
    return fresh;
  }

  /**
   * Posts the queued alerts in order; stops at the first failure (with a warning) and keeps the rest
   * for the next cycle. Returns how many were delivered.
   */
  int deliver(WatchState state) throws InterruptedException {
    if (webhook == null) return 0;
    int sent = 0;
    for (Iterator<Map<String, Object>> it = state.pendingWebhook().values().iterator(); it.hasNext(); ) {
      try {
        webhook.post(it.next());
        it.remove();
        sent++;
      } catch (IOException e) {
        err.println("warning: webhook " + webhook.url() + " failed (" + WatchText.reason(e) + "); "
            + WatchText.plural(state.pendingWebhook().size(), "alert", "alerts") + " will be retried next cycle");
        break;
      }
    }
    err.flush();
    return sent;
  }

  static String key(AlertDetector.Alert a) {
    return a.kind() + ":" + a.label();
  }

  private Map<String, Object> payload(String key, AlertDetector.Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", "narrascope.alert");
    m.put("key", key);
    m.put("kind", a.kind());
    m.put("label", a.label());
    m.put("windowCount", a.windowCount());
    m.put("windowTotal", a.windowTotal());
    m.put("baselineCount", a.baselineCount());
    m.put("baselineTotal", a.baselineTotal());
    m.put("windowShare", round(a.windowShare()));
    m.put("baselineShare", round(a.baselineShare()));
    m.put("ratio", round(a.ratio()));
    m.put("z", round(a.z()));
    m.put("detectedAt", clock.instant().toString());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
