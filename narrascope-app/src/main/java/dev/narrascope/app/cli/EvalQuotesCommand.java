package dev.narrascope.app.cli;

import dev.narrascope.quote.PolnearQuotes;
import dev.narrascope.quote.QuoteEvaluation;
import dev.narrascope.quote.QuoteMetrics;
import dev.narrascope.quote.ReportedSpeechMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrascope eval quotes DIR|FILE}: direct-quote speaker attribution on PolNeAR-format articles. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Find the quotes of attribution-annotated articles (language en, entities, quotes: the analyze path)"
        + " and score their speakers with PolNeAR's suggested metric: gold quotes are attributions whose content holds"
        + " a quoted part of >= 4 words and whose source names someone; a quote is found when the system quotes cover"
        + " >= 60%% of its words (a quote split in two parts counts), right when the speaker of the quote covering most of them"
        + " holds one of the source's names.",
        "DIR|FILE: a PolNeAR JSON Lines file (.jsonl or .jsonl.gz), or a folder with dev.jsonl.gz (else every *.jsonl(.gz)).",
        "JSON: {\"metrics\": [{articles, gold, found, foundShare, right, accuracyFound, accuracyAll, notFound,"
            + " wrongSpeaker, emptySpeaker}], \"errors\": [...] with --errors, \"reported\": {reported, matched,"
            + " matchedShare, named, right, accuracy} with --reported}."})
public final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR|FILE", description = "PolNeAR JSON Lines file or folder.")
  Path input;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also list up to N misses (not found, wrong or empty speaker) with the gold source and the speaker given"
          + " (default: ${DEFAULT-VALUE}).")
  int errors;

  @Option(names = "--reported",
      description = "Also score reported speech (\"X said that …\") against every annotated attribution: matched when one"
          + " attribution's content holds >= 60%% of its words, right when its source names someone and the speaker holds"
          + " one of the names (accuracy over those).")
  boolean reported;

  @Override
  public Integer call() throws IOException {
    List<PolnearQuotes.Doc> docs = PolnearQuotes.read(input);
    QuoteEvaluation.Result result = new QuoteEvaluation().evaluate(docs);
    QuoteMetrics m = result.total();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("articles", result.articles());
    row.put("gold", m.gold());
    row.put("found", m.found());
    row.put("foundShare", Messages.rounded(m.foundShare()));
    row.put("right", m.right());
    row.put("accuracyFound", Messages.rounded(m.accuracyFound()));
    row.put("accuracyAll", Messages.rounded(m.accuracyAll()));
    row.put("notFound", m.notFound());
    row.put("wrongSpeaker", m.wrongSpeaker());
    row.put("emptySpeaker", m.emptySpeaker());
    List<Map<String, Object>> misses = new ArrayList<>();
    for (QuoteEvaluation.Scored s : result.quotes()) {
      if (misses.size() >= errors) break;
      if (s.outcome() == QuoteMetrics.Outcome.RIGHT) continue;
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("article", s.docId());
      e.put("error", s.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      e.put("goldSource", s.gold().source());
      e.put("speaker", s.speaker());
      e.put("at", s.gold().words().get(0)[0]);
      misses.add(e);
    }
    var out = spec.commandLine().getOut();
    List<String> columns = List.copyOf(row.keySet());
    if (format == OutputFormat.json) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("metrics", List.of(row));
      if (errors > 0) view.put("errors", misses);
      if (reported) view.put("reported", reportedRow(result.reported()));
      Tabular.json(out, view);
    } else {
      Tabular.print(format, out, "metrics", columns, List.of(row));
      if (reported) {
        Map<String, Object> r = reportedRow(result.reported());
        out.println();
        Tabular.print(format, out, "reported", List.copyOf(r.keySet()), List.of(r));
      }
      if (errors > 0) {
        out.println();
        Tabular.print(format, out, "errors", List.of("article", "error", "goldSource", "speaker", "at"), misses);
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> reportedRow(ReportedSpeechMetrics m) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("reported", m.reported());
    r.put("matched", m.matched());
    r.put("matchedShare", Messages.rounded(m.matchedShare()));
    r.put("named", m.named());
    r.put("right", m.right());
    r.put("accuracy", Messages.rounded(m.accuracy()));
    return r;
  }
}
