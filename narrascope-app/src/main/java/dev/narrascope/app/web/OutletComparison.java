package dev.narrascope.app.web;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import dev.narrascope.Story;
import dev.narrascope.store.LabelCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each outlet tells one story: its articles, the narratives they push, how they frame each
 * actor and whom they quote, side by side. A pure function of the story's articles.
 */
record OutletComparison(Story story, List<Outlet> outlets) {
  /** Outlet name used for articles whose outlet is unknown. */
  static final String UNKNOWN_OUTLET = "(unknown outlet)";

  record Outlet(String outlet, List<Dtos.ArticleSummary> articles, List<LabelCount> narratives,
                List<ActorRoles> actors, List<QuoteView> quotes) {}

  /** Roles an outlet gives one actor, counted over its articles. */
  record ActorRoles(String actor, Map<String, Long> roles) {}

  record QuoteView(String articleId, String speaker, String text, boolean direct) {}

  static OutletComparison of(Story story, List<Article> articles) {
    Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
    for (Article a : articles) byOutlet.computeIfAbsent(a.outlet() == null ? UNKNOWN_OUTLET : a.outlet(), k -> new ArrayList<>()).add(a);
    List<Outlet> outlets = new ArrayList<>();
    byOutlet.forEach((outlet, list) -> outlets.add(outlet(outlet, list)));
    outlets.sort(Comparator.comparing((Outlet o) -> -o.articles().size()).thenComparing(Outlet::outlet));
    return new OutletComparison(story, outlets);
  }

  private static Outlet outlet(String name, List<Article> articles) {
    Map<String, Long> narratives = new TreeMap<>();
    Map<String, Map<String, Long>> actors = new TreeMap<>();
    List<QuoteView> quotes = new ArrayList<>();
    for (Article a : articles) {
      for (LabelScore l : a.analysis().narratives()) narratives.merge(l.label(), 1L, Long::sum);
      for (ActorFraming f : a.analysis().actors()) {
        actors.computeIfAbsent(f.actor(), k -> new TreeMap<>()).merge(f.mainRole() == null ? "Unknown" : f.mainRole(), 1L, Long::sum);
      }
      for (Quote q : a.analysis().quotes()) quotes.add(new QuoteView(a.id(), q.speaker(), q.text(), q.direct()));
    }
    List<LabelCount> narrativeCounts = narratives.entrySet().stream().map(e -> new LabelCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing((LabelCount c) -> -c.count()).thenComparing(LabelCount::label)).toList();
    List<ActorRoles> actorRoles = actors.entrySet().stream().map(e -> new ActorRoles(e.getKey(), e.getValue())).toList();
    return new Outlet(name, articles.stream().map(Dtos.ArticleSummary::of).toList(), narrativeCounts, actorRoles, quotes);
  }
}
