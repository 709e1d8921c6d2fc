package dev.narrascope.app.cli;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.Quote;
import dev.narrascope.Story;
import dev.narrascope.app.analysis.OutletProfiles;
import dev.narrascope.app.analysis.StoredArticles;
import dev.narrascope.compare.StoryPropagation;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.StoryChange;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * {@code narrascope story ID}: one story's articles, propagation (first article, spread, reposts), actors, quotes and
 * history (merges and splits). An id merged into another story shows that story, saying so on stderr.
 */
@Command(name = "story", mixinStandardHelpOptions = true,
    description = {"Show one story: its articles (outlet, date, title), how it spread (its first article and outlet; per outlet"
            + " the first and last date, articles and articles per day; who reposted whom, with the lag in days), the actors"
            + " and quotes found in its articles, and its history: stories merged into it and stored articles a split moved"
            + " off it or into it. Earliest first everywhere: by date, undated last, ties by id. The id of a story merged"
            + " into another shows the story it went into (stderr says so).",
        "JSON: {\"story\": {id, headline, size, outlets, languages, first, last},"
            + " \"articles\": [{id, published, outlet, language, title, repostOf, url}],"
            + " \"reposts\": [{\"original\": id, \"copies\": [id..]}],"
            + " \"propagation\": {articles, first: ref, spread: [{outlet, articles, first, last, lagDays, undated,"
            + " days: [{day, articles}]}], repostChains: [{original: ref, originalInStory, copies: [{article: ref, copyOf: ref,"
            + " lagDays, depth}]}]} (ref = {id, outlet, published, title}),"
            + " \"actors\": [{actor, articles, roles: {role: count}}],"
            + " \"quotes\": [{articleId, speaker, text, direct}],"
            + " \"silentOutlets\": [{outlet, articles}]} (outlets with articles within the story's first..last dates"
            + " ± " + OutletProfiles.ACTIVE_MARGIN_DAYS + " days but none in the story, with their articles in that window),"
            + " \"history\": [{kind: merged-in|merged-into|split-off|split-from|reclustered-off|reclustered-from, otherStory,"
            + " articleId (the new article that bridged or founded; null for a re-clustering), moved: [id..] (the stored"
            + " articles a split or a re-clustering moved), at}] (oldest first).",
        "CSV: the articles, earliest first, each with the outlet and date of the article it reposts and the lag in days."
            + " Exit 1 when the story is unknown."})
public final class StoryCommand implements Callable<Integer> {
  static final List<String> ARTICLE_COLUMNS = List.of("published", "outlet", "language", "id", "repostOf", "title");
  /** CSV: the table's article columns plus, for a repost, its original's outlet and date and the lag. */
  static final List<String> CSV_COLUMNS = List.of("published", "outlet", "language", "id", "repostOf", "title",
      "repostOfOutlet", "repostOfPublished", "lagDays");
  /** Article ids a history line lists before "and N more". */
  private static final int MAX_IDS_SHOWN = 10;
  static final List<String> SPREAD_COLUMNS = List.of("outlet", "articles", "first", "last", "lagDays", "undated", "perDay");

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
    StoryPropagation propagation;
    List<Map<String, Object>> silent;
    List<StoryChange> history;
    try (ArticleStore st = store.open()) {
      var found = st.currentStory(id);
      PrintWriter err = spec.commandLine().getErr();
      if (found.isEmpty()) {
        err.println("narrascope story: no story with id " + id);
        err.flush();
        return 1;
      }
      story = found.get();
      if (!story.id().equals(id)) {
        err.println("narrascope story: story " + id + " went into " + story.id() + " (merged or re-clustered; see its history);"
            + " showing " + story.id());
        err.flush();
      }
      articles = new ArrayList<>(StoredArticles.all(st, ArticleQuery.all().withStory(story.id())));
      history = st.storyHistory(story.id());
      propagation = StoryPropagation.of(articles, original -> st.get(original).orElse(null));
      silent = OutletProfiles.silentOutlets(st, story).stream()
          .map(c -> Map.<String, Object>of("outlet", c.label(), "articles", c.count())).toList();
    }
    articles.sort(Article.EARLIEST_FIRST);
    List<Map<String, Object>> rows = articles.stream().map(StoryCommand::articleRow).toList();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("story", StoriesCommand.row(story));
    view.put("articles", rows);
    view.put("reposts", reposts(articles));
    view.put("propagation", propagation);
    view.put("actors", actors(articles));
    view.put("quotes", quotes(articles));
    view.put("silentOutlets", silent);
    view.put("history", history);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> Tabular.json(out, view);
      case csv -> Tabular.csv(out, CSV_COLUMNS, csvRows(rows, propagation));
      case table -> table(out, story, rows, propagation, view, history);
    }
    out.flush();
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static void table(PrintWriter out, Story story, List<Map<String, Object>> rows, StoryPropagation propagation,
                            Map<String, Object> view, List<StoryChange> history) {
    out.printf("Story %s: %s%n", story.id(), story.headline());
    out.printf("%s, %s .. %s, languages: %s, outlets: %s%n%n", Messages.count(story.size(), "article"), Tabular.cell(story.first()),
        Tabular.cell(story.last()), Tabular.cell(story.languages()), Tabular.cell(story.outlets()));
    if (propagation.first() != null) {
      StoryPropagation.ArticleRef f = propagation.first();
      out.printf("First: %s, %s: %s [%s]%n", outletName(f.outlet()), dateName(f.published()), oneLine(f.title()), f.id());
    }
    out.println();
    Tabular.table(out, ARTICLE_COLUMNS, rows);
    if (!propagation.spread().isEmpty()) {
      out.println();
      out.println("Spread (per outlet, earliest first; lagDays after the story's first date):");
      Tabular.table(out, SPREAD_COLUMNS, spreadRows(propagation));
    }
    if (!propagation.repostChains().isEmpty()) {
      out.println();
      out.println("Reposts (original <- copies, lag in days after what each copies):");
      for (StoryPropagation.RepostChain c : propagation.repostChains()) {
        StoryPropagation.ArticleRef o = c.original();
        out.printf("  %s  %s  %s  %s%n", o.id(), outletName(o.outlet()), dateName(o.published()),
            c.originalInStory() ? oneLine(o.title()) : "(not in this story)" + (o.title() == null ? "" : " " + oneLine(o.title())));
        for (StoryPropagation.Copy cp : c.copies()) {
          out.printf("  %s<- %s  %s  %s  %s%n", "  ".repeat(cp.depth()), cp.article().id(), outletName(cp.article().outlet()),
              dateName(cp.article().published()), cp.lagDays() == null ? "lag unknown" : "+" + cp.lagDays() + "d");
        }
      }
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
    List<Map<String, Object>> silent = (List<Map<String, Object>>) view.get("silentOutlets");
    if (!silent.isEmpty()) {
      out.println();
      out.printf("Active at the time but silent (articles within the story's dates ± %d days, none in the story):%n",
          OutletProfiles.ACTIVE_MARGIN_DAYS);
      for (var o : silent) out.printf("  %s (%s)%n", o.get("outlet"), Messages.count(((Number) o.get("articles")).longValue(), "article"));
    }
    if (!history.isEmpty()) {
      out.println();
      out.println("History (why stored articles changed story, oldest first):");
      for (StoryChange c : history) out.printf("  %s  %s%n", c.at(), historyLine(c));
    }
  }

  /** One change in words: what happened, the other story, the new article that caused it, the articles moved. */
  static String historyLine(StoryChange c) {
    return switch (c.kind()) {
      case StoryChange.MERGED_IN -> "story " + c.otherStory() + " merged in, bridged by new article " + c.articleId();
      case StoryChange.MERGED_INTO -> "merged into story " + c.otherStory() + ", bridged by new article " + c.articleId();
      case StoryChange.SPLIT_OFF -> Messages.count(c.moved().size(), "article") + " split off to story " + c.otherStory()
          + " with new article " + c.articleId() + ": " + ids(c.moved());
      case StoryChange.SPLIT_FROM -> "founded by new article " + c.articleId() + " with " + Messages.count(c.moved().size(), "article")
          + " split from story " + c.otherStory() + ": " + ids(c.moved());
      case StoryChange.RECLUSTERED_OFF -> Messages.count(c.moved().size(), "article") + " moved to story " + c.otherStory()
          + " by a re-clustering: " + ids(c.moved());
      default -> Messages.count(c.moved().size(), "article") + " moved in from story " + c.otherStory()
          + " by a re-clustering: " + ids(c.moved());
    };
  }

  private static String ids(List<String> ids) {
    int shown = Math.min(ids.size(), MAX_IDS_SHOWN);
    String out = String.join(", ", ids.subList(0, shown));
    return shown < ids.size() ? out + " and " + (ids.size() - shown) + " more" : out;
  }

  private static List<Map<String, Object>> spreadRows(StoryPropagation p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoryPropagation.OutletSpread o : p.spread()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("outlet", o.outlet());
      r.put("articles", o.articles());
      r.put("first", o.first());
      r.put("last", o.last());
      r.put("lagDays", o.lagDays());
      r.put("undated", o.undated());
      r.put("perDay", o.days().stream().map(d -> d.day() + " x" + d.articles()).toList());
      out.add(r);
    }
    return out;
  }

  /** The article rows with, for each repost, its original's outlet and date and the lag. */
  private static List<Map<String, Object>> csvRows(List<Map<String, Object>> rows, StoryPropagation p) {
    Map<String, StoryPropagation.Copy> copies = new java.util.HashMap<>();
    for (var c : p.repostChains()) for (var cp : c.copies()) copies.put(cp.article().id(), cp);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> row = new LinkedHashMap<>(r);
      StoryPropagation.Copy cp = copies.get((String) r.get("id"));
      if (cp != null) {
        row.put("repostOfOutlet", cp.copyOf().outlet());
        row.put("repostOfPublished", cp.copyOf().published());
        row.put("lagDays", cp.lagDays());
      }
      out.add(row);
    }
    return out;
  }

  private static String outletName(String outlet) {
    return outlet == null ? "(unknown outlet)" : outlet;
  }

  private static String dateName(LocalDate d) {
    return d == null ? "undated" : d.toString();
  }

  private static String oneLine(String s) {
    String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return t.length() > Tabular.MAX_CELL ? t.substring(0, Tabular.MAX_CELL - 1) + "…" : t;
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
        if (!f.framed()) continue;
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
