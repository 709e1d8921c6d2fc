package dev.narrascope.app.cli;

import dev.narrascope.Story;
import dev.narrascope.store.ArticleStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code narrascope stories}: the stored stories, biggest first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"List stored stories, biggest first.",
        "JSON: {\"stories\": [{\"id\", \"headline\", \"size\", \"outlets\": [..], \"languages\": [..], \"first\", \"last\"}]}"
            + " (dates ISO, outlets most articles first). CSV and table: the same columns, lists joined with '; '."})
public final class StoriesCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("id", "size", "first", "last", "languages", "outlets", "headline");

  @Spec CommandSpec spec;

  @Option(names = "--since", paramLabel = "DATE", description = "Only stories with an article on or after DATE (yyyy-mm-dd).")
  LocalDate since;

  @Option(names = "--lang", paramLabel = "L", description = "Only stories with an article in language L (ISO 639-1).")
  String lang;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N stories (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    if (limit < 1) throw new IllegalArgumentException("--limit must be >= 1: " + limit);
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ArticleStore st = store.open()) {
      for (int offset = 0; rows.size() < limit; offset += 500) {
        List<Story> page = st.stories(offset, 500);
        for (Story s : page) {
          if (since != null && (s.last() == null || s.last().isBefore(since))) continue;
          if (lang != null && !s.languages().contains(lang)) continue;
          if (rows.size() < limit) rows.add(row(s));
        }
        if (page.size() < 500) break;
      }
    }
    String filtered = (since != null ? " with an article on or after " + since : "") + (lang != null ? " in language " + lang : "");
    Tabular.print(format, spec.commandLine().getOut(), spec.commandLine().getErr(), "stories", COLUMNS, rows,
        "no matches: no stories" + (filtered.isEmpty() ? " in " + store.spec + " (run narrascope analyze first)" : filtered));
    return 0;
  }

  static Map<String, Object> row(Story s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", s.id());
    r.put("headline", s.headline());
    r.put("size", s.size());
    r.put("outlets", s.outlets());
    r.put("languages", s.languages());
    r.put("first", s.first());
    r.put("last", s.last());
    return r;
  }
}
