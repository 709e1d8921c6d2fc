package dev.narrascope.app.cli;

import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativePrediction;
import dev.narrascope.narrative.Taxonomy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code narrascope semeval narratives}: subtask 2 predictions, one line per document:
 * {@code id<TAB>narratives;…<TAB>sub-narratives;…}.
 */
@Command(name = "narratives", mixinStandardHelpOptions = true,
    description = "Predict narratives and sub-narratives (SemEval-2025 Task 10 subtask 2 format).")
public final class SemevalNarrativesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SemevalOptions io;

  @Mixin ModelOption model;

  @Override
  public Integer call() throws Exception {
    NarrativeModel m = model.narratives();
    String language = SemevalDocuments.language(io.lang);
    SemevalDocuments.run(io.documents, io.output, (id, text) -> line(id, m.predict(text, language)),
        Taxonomy.OTHER + "\t" + Taxonomy.OTHER, spec.commandLine().getErr(), !io.quiet);
    return 0;
  }

  /** A document's line in the task's subtask-2 format. */
  static String line(String id, NarrativePrediction p) {
    return id + "\t" + String.join(";", p.narrativeLabels()) + "\t" + String.join(";", p.subNarrativeLabels());
  }
}
