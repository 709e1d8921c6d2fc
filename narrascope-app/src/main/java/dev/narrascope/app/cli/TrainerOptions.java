package dev.narrascope.app.cli;

import dev.narrascope.narrative.NarrativeTrainer;
import dev.narrascope.narrative.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code train} and {@code eval semeval}: taxonomy and narrative-model settings. */
public final class TrainerOptions {
  @Option(names = "--taxonomy", paramLabel = "FILE", description = "Narrative taxonomy in the task's taxonomy.json shape (default: the bundled SemEval one).")
  Path taxonomy;

  @Option(names = "--c", paramLabel = "C", description = "Regularisation cost of the narrative classifiers (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  double c;

  @Option(names = "--char-ngrams", paramLabel = "MIN-MAX", description = "Character n-gram range, e.g. 3-5, or 0 for none (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  String charNgrams;

  @Option(names = "--min-df", paramLabel = "N", description = "Smallest document frequency of a term (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int minDf;

  @Option(names = "--explanation-weight", paramLabel = "W",
      description = "Weight of the subtask-3 gold explanations as extra training texts, 0 to leave them out (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  double explanationWeight;

  Taxonomy taxonomy() throws IOException {
    return taxonomy == null ? Taxonomy.defaults() : Taxonomy.load(taxonomy);
  }

  NarrativeTrainer.Options options(long seed) {
    NarrativeTrainer.Options d = NarrativeTrainer.Options.defaults();
    int min = 0, max = 0;
    if (!charNgrams.equals("0")) {
      String[] r = charNgrams.split("-");
      if (r.length != 2) throw new IllegalArgumentException("--char-ngrams must be MIN-MAX or 0: " + charNgrams);
      min = Integer.parseInt(r[0]);
      max = Integer.parseInt(r[1]);
    }
    return new NarrativeTrainer.Options(c, d.innerFolds(), seed, minDf, d.maxTerms(), min, max, true, explanationWeight);
  }
}
