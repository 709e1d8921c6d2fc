package dev.narrascope.app.cli;

import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope search "QUERY"}: full-text search over stored titles and texts, across scripts,
 * spellings and inflections (see {@link dev.narrascope.store.SearchTerms}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search over stored articles' titles and clean texts (every word must match), best first, with a snippet"
            + " around the match (match in [ ]). A word also matches its inflected forms (stems in the article's language),"
            + " its spelling variants (\"Kiev\" finds \"Kyiv\") and, for a known actor, articles naming that actor in any"
            + " script (\"Reznikov\" finds \"Резников\"). Text filters ignore case.",
        "JSON: {\"hits\": [{id, published, outlet, language, title, storyId, snippet, score}]}."})
public final class SearchCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("published", "outlet", "id", "title", "snippet");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "Words to find.")
  String query;

  @Mixin ArticleFilterOptions filters;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    if (limit < 1) throw new IllegalArgumentException("--limit must be >= 1: " + limit);
    ArticleQuery selection = filters.query().page(0, limit);
    List<Map<String, Object>> rows;
    try (ArticleStore st = store.open()) {
      rows = st.search(query, selection).stream().map(h -> {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", h.article().id());
        r.put("published", h.article().published());
        r.put("outlet", h.article().outlet());
        r.put("language", h.article().language());
        r.put("title", h.article().title());
        r.put("storyId", h.article().analysis().storyId());
        r.put("snippet", h.snippet());
        r.put("score", Double.valueOf(String.format(Locale.ROOT, "%.4f", h.score())));
        return r;
      }).toList();
    }
    Tabular.print(format, spec.commandLine().getOut(), spec.commandLine().getErr(), "hits", COLUMNS, rows,
        "no matches: no stored article has every word of \"" + query + "\"" + (filters.any() ? " with these filters" : ""));
    return 0;
  }
}
