package dev.narrascope.app.cli;

import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.ReviewItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code narrascope review}: the review queue, the articles the model is least sure of first ({@link ArticleStore#reviewQueue}). */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"The review queue: stored articles the model is least sure of first, to check and correct (narrascope label, or the"
            + " dashboard's Review page). An article's uncertainty (0..1) is the model's own probability that its least sure"
            + " decision is wrong: a narrative or sub-narrative it gave (1 - confidence), an actor it called framed or not,"
            + " or a framed actor's main role; the reason column names that decision. Articles with a correction in force"
            + " (or marked reviewed) are left out. Every matching article is scored: filters make it quicker on big stores.",
        "JSON: {\"total\": n, \"items\": [{id, title, outlet, published, language, uncertainty, reason}]}."})
public final class ReviewCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("uncertainty", "id", "published", "outlet", "title", "reason");

  @Spec CommandSpec spec;

  @Mixin ArticleFilterOptions filters;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the N least sure first (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    if (limit < 1) throw new IllegalArgumentException("--limit must be >= 1: " + limit);
    if (offset < 0) throw new IllegalArgumentException("--offset must be >= 0: " + offset);
    ArticleQuery selection = filters.query().page(offset, limit);
    List<ReviewItem> items;
    long total;
    try (ArticleStore st = store.open()) {
      items = st.reviewQueue(selection);
      total = st.reviewQueueSize(selection);
    }
    List<Map<String, Object>> rows = items.stream().map(i -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", i.id());
      r.put("title", i.title());
      r.put("outlet", i.outlet());
      r.put("published", i.published());
      r.put("language", i.language());
      r.put("uncertainty", i.uncertainty());
      r.put("reason", i.reason());
      return r;
    }).toList();
    String empty = "no matches: nothing to review" + (total > 0 ? " past the first " + total
        : filters.any() ? " among these filters' articles" : " (every analysed article has a correction in force, or none is stored)");
    if (format == OutputFormat.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("total", total);
      doc.put("items", rows);
      Tabular.json(spec.commandLine().getOut(), doc);
      if (rows.isEmpty()) spec.commandLine().getErr().println(empty);
      spec.commandLine().getErr().flush();
    } else {
      Tabular.print(format, spec.commandLine().getOut(), spec.commandLine().getErr(), "items", COLUMNS, rows, empty);
      if (format == OutputFormat.table && !rows.isEmpty()) {
        spec.commandLine().getOut().println((offset + 1) + "–" + (offset + rows.size()) + " of " + total + " articles to review");
        spec.commandLine().getOut().flush();
      }
    }
    return 0;
  }
}
