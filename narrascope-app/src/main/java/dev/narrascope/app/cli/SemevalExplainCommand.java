package dev.narrascope.app.cli;

import dev.narrascope.Explanation;
import dev.narrascope.explain.EvidenceExplainer;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.Taxonomy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code narrascope semeval explain}: subtask 3 predictions, one line per document:
 * {@code id<TAB>dominant narrative<TAB>dominant sub-narrative<TAB>explanation}.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain each document's dominant narrative (SemEval-2025 Task 10 subtask 3 format).")
public final class SemevalExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SemevalOptions io;

  @Mixin ModelOption model;

  @Override
  public Integer call() throws Exception {
    NarrativeModel m = model.narratives();
    EvidenceExplainer explainer = new EvidenceExplainer(m);
    String language = SemevalDocuments.language(io.lang);
    SemevalDocuments.run(io.documents, io.output, (id, text) -> line(id, explainer.explain(text, language, m.predictSomeNarrative(text, language))),
        Taxonomy.OTHER + "\t" + Taxonomy.OTHER + "\t", spec.commandLine().getErr(), !io.quiet);
    return 0;
  }

  /** A document's line in the task's subtask-3 format. */
  static String line(String id, Explanation e) {
    return id + "\t" + e.narrative() + "\t" + e.subNarrative() + "\t" + SemevalDocuments.field(e.text());
  }
}
