package dev.narrascope.app.cli;

import dev.narrascope.app.analysis.StoredArticles;
import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.trend.ArticleMatchers;
import dev.narrascope.trend.Period;
import dev.narrascope.trend.Timeline;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code narrascope timeline}: articles per day or week with a narrative, an entity, or from an outlet. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Count stored articles per day or week that push a narrative, name an entity or come from an outlet.",
        "Empty periods are listed with 0; undated articles are left out. 'total' is every dated article in the period.",
        "At most " + Timeline.MAX_POINTS + " periods: wider --from/--to are refused; without them the latest are shown.",
        "JSON: {\"timeline\": [{\"start\": date, \"count\": n, \"total\": n, \"share\": x}]}."})
public final class TimelineCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("start", "count", "total", "share");

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  static final class Subject {
    @Option(names = "--narrative", paramLabel = "N", description = "Narrative or sub-narrative label, any case, with or without its leading parts ('URW: Discrediting Ukraine' or 'Discrediting Ukraine').")
    String narrative;

    @Option(names = "--entity", paramLabel = "E", description = "Framed actor or entity canonical name.")
    String entity;

    @Option(names = "--outlet", paramLabel = "O", description = "Outlet name.")
    String outlet;
  }

  @Option(names = "--by", defaultValue = "day", description = "Period: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Period by;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (default: first matching article).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: last matching article).")
  LocalDate to;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    Predicate<Article> matches = subject.narrative != null ? ArticleMatchers.narrative(subject.narrative)
        : subject.entity != null ? ArticleMatchers.entity(subject.entity) : ArticleMatchers.outlet(subject.outlet);
    List<Article> articles;
    try (ArticleStore st = store.open()) {
      articles = StoredArticles.all(st, ArticleQuery.all().withDates(from, to));
    }
    Timeline.Series series = Timeline.seriesOf(articles, matches, by, from, to);
    if (series.truncated()) {
      spec.commandLine().getErr().printf("narrascope timeline: the matching articles span more than %d %ss; showing %s..%s"
          + " (pass --from/--to%s)%n", Timeline.MAX_POINTS, by, series.from(), series.to(), by == Period.day ? " or --by week" : "");
    }
    List<Map<String, Object>> rows = series.points().stream().map(p -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("start", p.start());
      r.put("count", p.count());
      r.put("total", p.total());
      r.put("share", Double.valueOf(String.format(Locale.ROOT, "%.4f", p.share())));
      return r;
    }).toList();
    String subjectText = subject.narrative != null ? "with narrative " + subject.narrative
        : subject.entity != null ? "naming " + subject.entity : "from outlet " + subject.outlet;
    Tabular.print(format, spec.commandLine().getOut(), spec.commandLine().getErr(), "timeline", COLUMNS, rows,
        "no matches: no dated article " + subjectText + (from != null || to != null ? " in the given dates" : ""));
    return 0;
  }
}
