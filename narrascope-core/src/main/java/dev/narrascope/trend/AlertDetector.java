package dev.narrascope.trend;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds narratives and actors whose share of articles rises in a recent window above their share in
 * the baseline period before it.
 *
 * <p>The window is the {@code windowDays} days ending on {@code now} (inclusive); the baseline the
 * {@code baselineDays} days before the window. For each label (narrative or framed actor) with
 * {@code c} of {@code n} window articles and {@code cb} of {@code nb} baseline articles: the smoothed
 * shares are {@code pw = (c+1)/(n+2)} and {@code pb = (cb+1)/(nb+2)} (Laplace smoothing keeps a label
 * unseen in the baseline from an infinite ratio); {@code ratio = pw/pb}; and
 * {@code z = (c - n*pb) / sqrt(n*pb*(1-pb))}, how many binomial standard deviations the window count
 * lies above what the baseline share predicts. A label alerts when {@code c >= minCount},
 * {@code ratio >= minRatio} and {@code z >= minZ}. Undated articles are ignored. Immutable; thread-safe.
 *
 * <pre>{@code
 * List<AlertDetector.Alert> alerts = new AlertDetector(AlertDetector.Settings.defaults()).detect(articles, LocalDate.now(clock));
 * }</pre>
 */
public final class AlertDetector {
  /** Thresholds; see the class comment. */
  public record Settings(int windowDays, int baselineDays, int minCount, double minRatio, double minZ) {
    public Settings {
      if (windowDays < 1) throw new IllegalArgumentException("windowDays must be >= 1: " + windowDays);
      if (baselineDays < 1) throw new IllegalArgumentException("baselineDays must be >= 1: " + baselineDays);
      if (minCount < 1) throw new IllegalArgumentException("minCount must be >= 1: " + minCount);
      if (!(minRatio > 0)) throw new IllegalArgumentException("minRatio must be > 0: " + minRatio);
    }

    /** 7-day window, 28-day baseline, at least 3 articles, smoothed ratio 2, z 2. */
    public static Settings defaults() {
      return new Settings(7, 28, 3, 2.0, 2.0);
    }
  }

  /**
   * A rising label.
   *
   * @param kind "narrative" or "actor"
   */
  public record Alert(String kind, String label, long windowCount, long windowTotal, long baselineCount, long baselineTotal,
                      double windowShare, double baselineShare, double ratio, double z) {}

  private final Settings settings;

  public AlertDetector(Settings settings) {
    this.settings = settings;
  }

  /**
   * How many window and baseline articles carry one label.
   *
   * @param kind "narrative" or "actor"
   */
  public record LabelCounts(String kind, String label, long window, long baseline) {}

  /** The first day of the window ending on {@code now}. */
  public LocalDate windowStart(LocalDate now) {
    return now.minusDays(settings.windowDays() - 1L);
  }

  /** The first day of the baseline before the window ending on {@code now}; it ends the day before {@link #windowStart}. */
  public LocalDate baselineStart(LocalDate now) {
    return windowStart(now).minusDays(settings.baselineDays());
  }

  /** Alerts, strongest (highest z) first. */
  public List<Alert> detect(List<Article> articles, LocalDate now) {
    LocalDate windowStart = windowStart(now);
    LocalDate baselineStart = baselineStart(now);
    Map<String, long[]> counts = new HashMap<>();
    long n = 0, nb = 0;
    for (Article a : articles) {
      LocalDate d = a.published();
      if (d == null || d.isAfter(now) || d.isBefore(baselineStart)) continue;
      boolean inWindow = !d.isBefore(windowStart);
      if (inWindow) n++; else nb++;
      for (String key : labels(a)) counts.computeIfAbsent(key, k -> new long[2])[inWindow ? 0 : 1]++;
    }
    List<LabelCounts> labels = new ArrayList<>();
    for (var e : counts.entrySet()) {
      String[] kl = e.getKey().split("\u0000", 2);
      labels.add(new LabelCounts(kl[0], kl[1], e.getValue()[0], e.getValue()[1]));
    }
    return detect(labels, n, nb);
  }

  /**
   * The same alerts from counts, for callers that count in a database.
   *
   * @param windowTotal   dated articles in the window
   * @param baselineTotal dated articles in the baseline
   */
  public List<Alert> detect(List<LabelCounts> labels, long windowTotal, long baselineTotal) {
    long n = windowTotal, nb = baselineTotal;
    List<Alert> out = new ArrayList<>();
    for (LabelCounts l : labels) {
      long c = l.window(), cb = l.baseline();
      double pw = (c + 1.0) / (n + 2.0), pb = (cb + 1.0) / (nb + 2.0);
      double ratio = pw / pb;
      double z = (c - n * pb) / Math.sqrt(n * pb * (1 - pb));
      if (c >= settings.minCount() && ratio >= settings.minRatio() && z >= settings.minZ()) {
        out.add(new Alert(l.kind(), l.label(), c, n, cb, nb, c / (double) n, nb == 0 ? 0 : cb / (double) nb, ratio, z));
      }
    }
    out.sort(Comparator.comparingDouble(Alert::z).reversed().thenComparing(Alert::kind).thenComparing(Alert::label));
    return out;
  }

  /** The distinct "kind\0label" keys an article counts for. */
  private static Set<String> labels(Article a) {
    Set<String> keys = new HashSet<>();
    for (LabelScore l : a.analysis().namedNarratives()) keys.add("narrative\u0000" + l.label());
    for (ActorFraming f : a.analysis().actors()) if (f.framed()) keys.add("actor\u0000" + f.actor());
    return keys;
  }
}
