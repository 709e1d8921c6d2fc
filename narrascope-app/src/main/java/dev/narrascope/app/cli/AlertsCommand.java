package dev.narrascope.app.cli;

import dev.narrascope.app.analysis.StoredArticles;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.trend.AlertDetector;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code narrascope alerts}: narratives and actors rising above their baseline share. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = {"Narratives and framed actors whose share of articles in the recent window rises well above their"
            + " baseline share.",
        "Window: the --window days ending on --now; baseline: the --baseline days before it. For a label in c"
            + " of n window articles and cb of nb baseline articles: pw = (c+1)/(n+2), pb = (cb+1)/(nb+2)"
            + " (Laplace-smoothed shares), ratio = pw/pb, z = (c - n*pb) / sqrt(n*pb*(1-pb)) (binomial z-score of"
            + " the window count under the baseline share).",
        "A label alerts when c >= --min-count, ratio >= --ratio and z >= --min-z. Strongest z first.",
        "JSON: {\"alerts\": [{kind, label, windowCount, windowTotal, baselineCount, baselineTotal,"
            + " windowShare, baselineShare, ratio, z}]}."})
public final class AlertsCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("kind", "label", "windowCount", "windowTotal", "baselineCount", "baselineTotal",
      "windowShare", "baselineShare", "ratio", "z");

  @Spec CommandSpec spec;

  @Option(names = "--window", defaultValue = "7d", converter = DaysConverter.class, description = "Recent window: 7, 7d or 1w (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--baseline", defaultValue = "28d", converter = DaysConverter.class, description = "Baseline before the window (default: ${DEFAULT-VALUE}).")
  int baseline;

  @Option(names = "--min-count", defaultValue = "3", description = "Least articles in the window (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--ratio", defaultValue = "2.0", description = "Least smoothed share ratio (default: ${DEFAULT-VALUE}).")
  double ratio;

  @Option(names = "--min-z", defaultValue = "2.0", description = "Least binomial z-score (default: ${DEFAULT-VALUE}).")
  double minZ;

  @Option(names = "--now", paramLabel = "DATE", description = "Last day of the window (default: today).")
  LocalDate now;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() {
    AlertDetector detector = new AlertDetector(new AlertDetector.Settings(window, baseline, minCount, ratio, minZ));
    LocalDate end = now != null ? now : LocalDate.now(clock);
    List<dev.narrascope.Article> articles;
    try (ArticleStore st = store.open()) {
      articles = StoredArticles.all(st, ArticleQuery.all().withDates(end.minusDays(window + baseline - 1L), end));
    }
    List<Map<String, Object>> rows = detector.detect(articles, end).stream().map(a -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("kind", a.kind());
      r.put("label", a.label());
      r.put("windowCount", a.windowCount());
      r.put("windowTotal", a.windowTotal());
      r.put("baselineCount", a.baselineCount());
      r.put("baselineTotal", a.baselineTotal());
      r.put("windowShare", round(a.windowShare()));
      r.put("baselineShare", round(a.baselineShare()));
      r.put("ratio", round(a.ratio()));
      r.put("z", round(a.z()));
      return r;
    }).toList();
    Tabular.print(format, spec.commandLine().getOut(), spec.commandLine().getErr(), "alerts", COLUMNS, rows,
        "no matches: no narrative or actor rose above its baseline in the " + Messages.count(window, "day")
            + " ending " + end + " (" + Messages.count(articles.size(), "article") + " in window and baseline)");
    return 0;
  }

  private static Double round(double v) {
    return Double.valueOf(String.format(Locale.ROOT, "%.3f", v));
  }
}
