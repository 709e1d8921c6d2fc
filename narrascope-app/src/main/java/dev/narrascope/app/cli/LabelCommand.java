package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.app.correct.CorrectionChecks;
import dev.narrascope.narrative.Taxonomy;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Correction;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope label ID}: corrects one article's labels (the CLI of the corrections API, same
 * checks), or shows its audit trail with {@code --history}. All corrections of one call are checked
 * first and stored together, so a bad one stores none.
 */
@Command(name = "label", mixinStandardHelpOptions = true,
    description = {"Correct an article's narratives, an actor's role, a quote's speaker or its story; the corrections are kept"
        + " with who and when, override the model everywhere and survive re-analysis and re-clustering.",
        "With --history: list the article's corrections, oldest first."},
    footer = {"", "Examples:",
        "  narrascope label ID --author ana --narratives \"URW: Discrediting Ukraine\" --sub-narratives \"URW: Discrediting Ukraine: Other\"",
        "  narrascope label ID --author ana --role \"Sergei Shoigu=Antagonist:Deceiver,Instigator\" --role \"NATO=none\"",
        "  narrascope label ID --author ana --speaker \"0=Jens Stoltenberg\" --story s-abc",
        "  narrascope label ID --history"})
public final class LabelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Article id (see 'narrascope search' or the dashboard).")
  String id;

  @Option(names = "--author", paramLabel = "NAME", description = "Who makes the correction (required unless --history).")
  String author;

  @Option(names = "--narratives", arity = "0..*", paramLabel = "LABEL",
      description = "The article's narratives, replacing the model's (taxonomy labels; none given: Other).")
  List<String> narratives;

  @Option(names = "--sub-narratives", arity = "1..*", paramLabel = "LABEL",
      description = "Its sub-narratives, each under one of --narratives (a narrative without one gets its ': Other').")
  List<String> subNarratives;

  @Option(names = "--role", paramLabel = "ACTOR=ROLE[:SUB,…]",
      description = "An actor's role: Protagonist, Antagonist, Innocent or none (not framed), with fine roles; repeatable.")
  List<String> roles = new ArrayList<>();

  @Option(names = "--speaker", paramLabel = "N=NAME", description = "The speaker of the article's quote N (0 = first); repeatable.")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--story", paramLabel = "STORY", description = "Move the article to this story (see 'narrascope stories').")
  String story;

  @Option(names = "--history", description = "List the article's corrections instead of adding one.")
  boolean history;

  @Option(names = "--format", defaultValue = "table", description = "--history output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    try (ArticleStore st = store.open()) {
      Article article = st.get(id).orElse(null);
      if (article == null) {
        spec.commandLine().getErr().println("narrascope label: no article with id " + id);
        spec.commandLine().getErr().flush();
        return 1;
      }
      return history ? history(st) : correct(st, article);
    }
  }

  private int correct(ArticleStore st, Article article) {
    if (author == null || author.isBlank()) throw new ParameterException(spec.commandLine(), "--author is required to correct labels");
    if (subNarratives != null && narratives == null) {
      throw new ParameterException(spec.commandLine(), "--sub-narratives needs --narratives (the narratives they belong to)");
    }
    List<Correction> corrections = new ArrayList<>();
    if (narratives != null) {
      corrections.add(Correction.narratives(id, author, narratives, subNarratives == null ? List.of() : subNarratives));
    }
    for (String r : roles) corrections.add(role(article, r));
    for (String s : speakers) corrections.add(speaker(article, s));
    if (story != null) corrections.add(Correction.story(id, author, story));
    if (corrections.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to correct: give --narratives, --role, --speaker or --story (or --history)");
    }
    CorrectionChecks checks = new CorrectionChecks(Taxonomy.defaults(), st);
    for (Correction c : corrections) checks.check(c, article);
    st.addCorrections(corrections);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s of article %s stored (author %s); 'narrascope article %s' shows it%n",
        Messages.count(corrections.size(), "correction"), id, author.strip(), id);
    out.flush();
    return 0;
  }

  /** {@code ACTOR=ROLE[:SUB,…]}; the actor may itself hold no '='. */
  private Correction role(Article article, String spec) {
    int eq = spec.lastIndexOf('=');
    if (eq <= 0) throw new ParameterException(this.spec.commandLine(), "--role must be ACTOR=ROLE[:SUB,…]: " + spec);
    String[] roleAndSubs = spec.substring(eq + 1).split(":", 2);
    List<String> subs = roleAndSubs.length < 2 || roleAndSubs[1].isBlank() ? List.of()
        : Arrays.stream(roleAndSubs[1].split(",")).map(String::strip).toList();
    return CorrectionChecks.role(article, author, spec.substring(0, eq).strip(), roleAndSubs[0].strip(), subs);
  }

  /** {@code N=NAME}. */
  private Correction speaker(Article article, String spec) {
    int eq = spec.indexOf('=');
    int quote;
    try {
      quote = Integer.parseInt(eq < 0 ? "" : spec.substring(0, eq).strip());
    } catch (NumberFormatException e) {
      throw new ParameterException(this.spec.commandLine(), "--speaker must be N=NAME (N: the quote's index, 0 = first): " + spec);
    }
    return CorrectionChecks.speaker(article, author, quote, spec.substring(eq + 1).strip());
  }

  private int history(ArticleStore st) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Correction c : st.corrections(id)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", c.id());
      row.put("createdAt", c.createdAt().toString());
      row.put("author", c.author());
      row.put("kind", c.kind());
      row.put("target", c.target());
      row.put("value", c.value().toString());
      rows.add(row);
    }
    Tabular.print(format, spec.commandLine().getOut(), spec.commandLine().getErr(), "corrections",
        List.of("id", "createdAt", "author", "kind", "target", "value"), rows, "no corrections of article " + id);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
