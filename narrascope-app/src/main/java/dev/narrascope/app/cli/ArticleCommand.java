package dev.narrascope.app.cli;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import dev.narrascope.app.correct.CorrectedArticle;
import dev.narrascope.store.ArticleStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrascope article ID}: one stored article with its labels as corrected, corrected ones marked. */
@Command(name = "article", mixinStandardHelpOptions = true,
    description = {"Show one stored article: title, outlet, date, story, narratives, actors with their roles and quotes,"
        + " as analysts corrected them (marked '(corrected)'), and how many corrections it has.",
        "JSON: the article as GET /api/articles/{id} returns it. Exit 1 when the article is unknown."})
public final class ArticleCommand implements Callable<Integer> {
  static final String MARK = " (corrected)";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Article id.")
  String id;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    if (format == OutputFormat.csv) throw new ParameterException(spec.commandLine(), "one article has no CSV form: --format table or json");
    CorrectedArticle view;
    try (ArticleStore st = store.open()) {
      Article a = st.get(id).orElse(null);
      if (a == null) {
        spec.commandLine().getErr().println("narrascope article: no article with id " + id);
        spec.commandLine().getErr().flush();
        return 1;
      }
      view = CorrectedArticle.of(a, st.corrections(id));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.table) table(out, view);
    else Tabular.json(out, view.json());
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, CorrectedArticle v) {
    Article a = v.article();
    var an = a.analysis();
    out.printf("Article %s: %s%n", a.id(), a.title());
    out.printf("  outlet %s, published %s, language %s, story %s%s%n", a.outlet() == null ? "-" : a.outlet(),
        a.published() == null ? "-" : a.published(), a.language(), an.storyId() == null ? "-" : an.storyId(), v.story() ? MARK : "");
    out.printf("  corrections: %d%n", v.trail().size());
    out.println("Narratives" + (v.narratives() ? MARK : "") + ":");
    labels(out, an.narratives());
    out.println("Sub-narratives" + (v.narratives() ? MARK : "") + ":");
    labels(out, an.subNarratives());
    out.println("Actors:");
    List<ActorFraming> actors = an.actors();
    for (int i = 0; i < actors.size(); i++) {
      ActorFraming f = actors.get(i);
      out.printf("  %s: %s%s%s%n", f.actor(), f.framed() ? f.mainRole() : "not framed",
          f.fineRoles().isEmpty() ? "" : " (" + String.join(", ", f.fineRoles()) + ")", v.actors().contains(i) ? MARK : "");
    }
    out.println("Quotes:");
    List<Quote> quotes = an.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      out.printf("  [%d] %s: \"%s\"%s%n", i, q.speaker() == null ? "?" : q.speaker(), Tabular.cell(q.text()), v.quotes().contains(i) ? MARK : "");
    }
  }

  private static void labels(PrintWriter out, List<LabelScore> labels) {
    if (labels.isEmpty()) out.println("  -");
    for (LabelScore l : labels) out.printf("  %s (%s)%n", l.label(), Messages.figure(l.confidence()));
  }
}
