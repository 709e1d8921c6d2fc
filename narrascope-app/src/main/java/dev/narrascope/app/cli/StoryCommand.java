package dev.narrascope.app.cli;

import dev.narrascope.app.analysis.StoredArticles;
import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.Quote;
import dev.narrascope.Story;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrascope story ID}: one story's articles, repost groups, actors and quotes. */
@Command(name = "story", mixinStandardHelpOptions = true,
    description = {"Show one story: its articles (outlet, date, title), repost groups, and the actors and quotes found in them.",
        "JSON: {\"story\": {id, headline, size, outlets, languages, first, last},"
            + " \"articles\": [{id, published, outlet, language, title, repostOf, url}],"
            + " \"reposts\": [{\"original\": id, \"copies\": [id..]}],"
            + " \"actors\": [{actor, articles, roles: {role: count}}],"
            + " \"quotes\": [{articleId, speaker, text, direct}]}.",
        "CSV: the articles only. Exit 1 when the story is unknown."})
public final class StoryCommand implements Callable<Integer> {
  static final List<String> ARTICLE_COLUMNS = List.of("published", "outlet", "language", "id", "repostOf", "title");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Story id (see 'narrascope stories').")
  String id;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    Story story;
    List<Article> articles;
    try (ArticleStore st = store.open()) {
      var found = st.story(id);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("narrascope story: no story with id " + id);
        spec.commandLine().getErr().flush();
        return 1;
      }
      story = found.get();
      articles = new ArrayList<>(StoredArticles.all(st, ArticleQuery.all().withStory(id)));
    }
    articles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(Article::id));
    List<Map<String, Object>> rows = articles.stream().map(StoryCommand::articleRow).toList();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("story", StoriesCommand.row(story));
    view.put("articles", rows);
    view.put("reposts", reposts(articles));
    view.put("actors", actors(articles));
    view.put("quotes", quotes(articles));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> Tabular.json(out, view);
      case csv -> Tabular.csv(out, ARTICLE_COLUMNS, rows);
      case table -> table(out, story, rows, view);
    }
    out.flush();
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static void table(PrintWriter out, Story story, List<Map<String, Object>> rows, Map<String, Object> view) {
    out.printf("Story %s: %s%n", story.id(), story.headline());
    out.printf("%s, %s .. %s, languages: %s, outlets: %s%n%n", Messages.count(story.size(), "article"), Tabular.cell(story.first()),
        Tabular.cell(story.last()), Tabular.cell(story.languages()), Tabular.cell(story.outlets()));
    Tabular.table(out, ARTICLE_COLUMNS, rows);
    List<Map<String, Object>> reposts = (List<Map<String, Object>>) view.get("reposts");
    if (!reposts.isEmpty()) {
      out.println();
      out.println("Repost groups:");
      for (var r : reposts) out.printf("  %s <- %s%n", r.get("original"), Tabular.cell(r.get("copies")));
    }
    List<Map<String, Object>> actors = (List<Map<String, Object>>) view.get("actors");
    if (!actors.isEmpty()) {
      out.println();
      out.println("Actors:");
      for (var a : actors) {
        out.printf("  %s (%s): %s%n", a.get("actor"), Messages.count(((Number) a.get("articles")).longValue(), "article"), a.get("roles"));
      }
    }
    List<Map<String, Object>> quotes = (List<Map<String, Object>>) view.get("quotes");
    if (!quotes.isEmpty()) {
      out.println();
      out.println("Quotes:");
      for (var q : quotes) {
        out.printf("  %s: \"%s\" [%s]%n", q.get("speaker") == null ? "(unknown)" : q.get("speaker"), q.get("text"), q.get("articleId"));
      }
    }
  }

  private static Map<String, Object> articleRow(Article a) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("published", a.published());
    r.put("outlet", a.outlet());
    r.put("language", a.language());
    r.put("title", a.title());
    r.put("repostOf", a.analysis().repostOf());
    r.put("url", a.url());
    return r;
  }

  private static List<Map<String, Object>> reposts(List<Article> articles) {
    Map<String, List<String>> groups = new TreeMap<>();
    for (Article a : articles) {
      if (a.analysis().repostOf() != null) groups.computeIfAbsent(a.analysis().repostOf(), k -> new ArrayList<>()).add(a.id());
    }
    List<Map<String, Object>> out = new ArrayList<>();
    groups.forEach((original, copies) -> out.add(Map.of("original", original, "copies", copies)));
    return out;
  }

  /** Each framed actor: in how many articles, and how often in each main role; most articles first. */
  private static List<Map<String, Object>> actors(List<Article> articles) {
    Map<String, Map<String, Integer>> roles = new TreeMap<>();
    Map<String, Integer> count = new TreeMap<>();
    for (Article a : articles) {
      for (ActorFraming f : a.analysis().actors()) {
        count.merge(f.actor(), 1, Integer::sum);
        roles.computeIfAbsent(f.actor(), k -> new TreeMap<>()).merge(f.mainRole(), 1, Integer::sum);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("actor", e.getKey());
          r.put("articles", e.getValue());
          r.put("roles", roles.get(e.getKey()));
          out.add(r);
        });
    return out;
  }

  private static List<Map<String, Object>> quotes(List<Article> articles) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Article a : articles) {
      for (Quote q : a.analysis().quotes()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("articleId", a.id());
        r.put("speaker", q.speaker());
        r.put("text", q.text());
        r.put("direct", q.direct());
        out.add(r);
      }
    }
    return out;
  }
}
