package dev.narrascope.app.cli;

import dev.narrascope.app.analysis.OutletProfiles;
import dev.narrascope.compare.OutletProfile;
import dev.narrascope.store.ArticleStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrascope outlet NAME}: one outlet's profile over all its stored articles. */
@Command(name = "outlet", mixinStandardHelpOptions = true,
    description = {"Profile one outlet over all its stored articles: article count, first and last date, languages, narrative mix"
            + " (share of its articles per narrative, 'Other' left out), how it frames each actor (articles per main role),"
            + " volume over time (weeks starting Monday, or months when its articles span more than "
            + OutletProfile.WEEKLY_MAX_DAYS + " days) and the stories it published first.",
        "JSON: {outlet, articles, first, last, undated, languages: [{language, articles}],"
            + " narratives: [{label, articles, share, meanConfidence}], actors: [{actor, articles, roles: {role: count}}],"
            + " bucket, volume: [{start, articles}], firstStories: [{storyId, headline, storyArticles, first: {id, outlet, published, title}}]}.",
        "CSV: one row per item: section (language, narrative, actorRole, volume, firstStory), key, detail, articles, share."
            + " Exit 1 when the store has no article of the outlet."})
public final class OutletCommand implements Callable<Integer> {
  static final List<String> CSV_COLUMNS = List.of("section", "key", "detail", "articles", "share");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "Outlet name, as in the article list (e.g. rt.com).")
  String name;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    Optional<OutletProfile> found;
    try (ArticleStore st = store.open()) {
      found = OutletProfiles.profile(st, name);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("narrascope outlet: no articles of outlet " + name);
      spec.commandLine().getErr().flush();
      return 1;
    }
    OutletProfile p = found.get();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> Tabular.json(out, p);
      case csv -> Tabular.csv(out, CSV_COLUMNS, csvRows(p));
      case table -> table(out, p);
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, OutletProfile p) {
    out.printf("Outlet %s: %s, %s .. %s%s%n", p.outlet(), Messages.count(p.articles(), "article"), Tabular.cell(p.first()),
        Tabular.cell(p.last()), p.undated() == 0 ? "" : " (" + p.undated() + " undated)");
    out.printf("Languages: %s%n", String.join(", ", p.languages().stream().map(l -> l.language() + " " + l.articles()).toList()));
    out.println();
    out.println("Narrative mix (share of its articles):");
    if (p.narratives().isEmpty()) out.println("  (none)");
    for (var n : p.narratives()) out.printf("  %5.1f%%  %4d  %s%n", 100 * n.share(), n.articles(), n.label());
    out.println();
    out.println("Actor roles (framed actors, articles per main role):");
    if (p.actors().isEmpty()) out.println("  (none)");
    for (var a : p.actors()) out.printf("  %s (%s): %s%n", a.actor(), Messages.count(a.articles(), "article"), a.roles());
    out.println();
    out.printf("Volume per %s:%n", p.bucket());
    for (var b : p.volume()) out.printf("  %s  %4d%n", b.start(), b.articles());
    out.println();
    out.println("Stories it published first:");
    if (p.firstStories().isEmpty()) out.println("  (none)");
    for (var f : p.firstStories()) {
      out.printf("  %s  %s  %s (%s)%n", f.storyId(), Tabular.cell(f.first().published()), f.headline(),
          Messages.count(f.storyArticles(), "article"));
    }
  }

  private static List<Map<String, Object>> csvRows(OutletProfile p) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (var l : p.languages()) rows.add(row("language", l.language(), null, l.articles(), null));
    for (var n : p.narratives()) rows.add(row("narrative", n.label(), null, n.articles(), n.share()));
    for (var a : p.actors()) a.roles().forEach((role, count) -> rows.add(row("actorRole", a.actor(), role, count, null)));
    for (var b : p.volume()) rows.add(row("volume", b.start().toString(), p.bucket(), b.articles(), null));
    for (var f : p.firstStories()) rows.add(row("firstStory", f.storyId(), f.headline(), f.storyArticles(), null));
    return rows;
  }

  private static Map<String, Object> row(String section, String key, String detail, int articles, Double share) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("section", section);
    r.put("key", key);
    r.put("detail", detail);
    r.put("articles", articles);
    r.put("share", share);
    return r;
  }
}
