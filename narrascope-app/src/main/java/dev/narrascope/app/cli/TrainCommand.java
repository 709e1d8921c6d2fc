package dev.narrascope.app.cli;

import dev.narrascope.app.correct.CorrectedDocuments;
import dev.narrascope.app.correct.CorrectedTraining;
import dev.narrascope.framing.FramingTrainer;
import dev.narrascope.framing.LabelledMention;
import dev.narrascope.framing.SemevalRoleData;
import dev.narrascope.narrative.CorrectionMemory;
import dev.narrascope.narrative.LabeledDocument;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativeTrainer;
import dev.narrascope.narrative.SemevalDataset;
import dev.narrascope.quote.PolnearQuotes;
import dev.narrascope.quote.SpeakerRankerTrainer;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.story.StoryBackgroundTrainer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code narrascope train}: trains every model from data in the SemEval-2025 Task 10 layout and
 * writes the artifacts into one folder. Rebuild the bundled models with
 * {@code narrascope train --data ../shared/data/semeval2025-task10/train --out narrascope-core/src/main/resources/dev/narrascope/models};
 * the quote speaker ranker with {@code narrascope train --polnear ../shared/data/polnear/train.jsonl.gz --out …/models}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the models from data in the SemEval-2025 Task 10 layout (--data) and the quote speaker ranker"
        + " from PolNeAR (--polnear), and write them to a folder; --corrections adds a store's corrected articles to the narrative training data.")
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder with raw-documents/LANG/*.txt and labels/LANG/subtask-*-annotations.txt.")
  Path data;

  @Option(names = "--polnear", paramLabel = "FILE",
      description = "PolNeAR train articles (JSON Lines, .jsonl or .jsonl.gz): trains the English quote speaker ranker.")
  Path polnear;

  @Option(names = "--lang", arity = "1..*", paramLabel = "L", description = "Languages to train on (default: all present).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Folder to write the model files into.")
  Path out;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the inner cross-validation (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corrections", paramLabel = "DB",
      description = "A store (sqlite:PATH or postgresql:// URL) whose analysts' corrections are added to the --data training"
          + " data: the corrected articles' text from the store, their corrected narratives and roles.")
  String corrections;

  @Option(names = "--correction-weight", paramLabel = "N", defaultValue = "" + CorrectedTraining.DEFAULT_WEIGHT,
      description = "How many times each corrected article counts in training (default: ${DEFAULT-VALUE}).")
  int correctionWeight;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Mixin TrainerOptions trainer;

  /** The store's corrected articles with --corrections, else {@code null}; and the store, for messages. */
  private List<CorrectedDocuments.Doc> corrected;
  private String correctionSource;

  @Override
  public Integer call() throws Exception {
    if (data == null && polnear == null) throw new IllegalArgumentException("give --data, --polnear or both");
    if (corrections != null && data == null) {
      throw new IllegalArgumentException("--corrections adds corrected articles to the --data training documents: give --data too");
    }
    if (correctionWeight < 1) throw new IllegalArgumentException("--correction-weight must be at least 1: " + correctionWeight);
    Files.createDirectories(out);
    if (corrections != null) {
      try (ArticleStore st = Stores.open(corrections)) {
        corrected = CorrectedDocuments.of(st);
        correctionSource = st.toString();
      }
    }
    if (data != null) {
      trainNarratives();
      trainFraming();
      trainStoryBackground();
    }
    if (polnear != null) trainQuotes();
    return 0;
  }

  private void trainQuotes() throws Exception {
    long start = System.nanoTime();
    List<PolnearQuotes.Doc> docs = PolnearQuotes.read(polnear);
    Path file = SpeakerRankerTrainer.trainAndSave(docs, out);
    spec.commandLine().getOut().printf("quotes: %s, speaker ranker %s (%d bytes) in %.0f s%n",
        Messages.count(docs.size(), "article"), file, Files.size(file), (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().flush();
  }

  private void trainStoryBackground() throws Exception {
    Path file = StoryBackgroundTrainer.trainAndSave(SemevalDataset.root(data).resolve("raw-documents"), languages, out);
    spec.commandLine().getOut().printf("stories: background document frequencies %s (%d bytes)%n", file, Files.size(file));
    spec.commandLine().getOut().flush();
  }

  private void trainFraming() throws Exception {
    long start = System.nanoTime();
    if (!SemevalRoleData.hasAnnotations(SemevalDataset.root(data), languages)) {
      spec.commandLine().getOut().println("framing: no subtask-1 annotations under " + SemevalDataset.root(data).resolve("labels")
          + ": actor framing not trained (analyze and serve with --model use the bundled framing model)");
      return;
    }
    if (!quiet) spec.commandLine().getErr().println("framing: training actor roles (subtask 1)…");
    List<LabelledMention> mentions = new ArrayList<>(SemevalRoleData.readLabelled(SemevalDataset.root(data), languages));
    if (corrected != null) {
      List<LabelledMention> extra = CorrectedTraining.roleMentions(corrected, languages, correctionWeight);
      mentions.addAll(extra);
      spec.commandLine().getOut().printf("framing: %s from %s (each counted %d times)%n",
          Messages.count(extra.size() / correctionWeight, "corrected role mention"), correctionSource, correctionWeight);
    }
    Path file = FramingTrainer.defaults().train(mentions).save(out);
    spec.commandLine().getOut().printf("framing: %s (%d bytes) in %.0f s%n",
        file, Files.size(file), (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().flush();
  }

  private void trainNarratives() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    List<LabeledDocument> docs = SemevalDataset.read(data, languages);
    int[] extraCopies = new int[docs.size()];
    if (docs.isEmpty()) throw new IllegalArgumentException("no labelled subtask-2 documents under " + data);
    CorrectionMemory memory = CorrectionMemory.empty();
    if (corrected != null) {
      CorrectedTraining.Added added = CorrectedTraining.add(docs, corrected, languages, correctionWeight);
      docs = added.documents();
      extraCopies = added.extraCopies();
      memory = CorrectionMemory.of(added.corrected());
      spec.commandLine().getOut().printf("narratives: %s from %s (each counted %d times, and remembered), %s of the data replaced by their correction%n",
          Messages.count(added.corrected().size(), "corrected article"), correctionSource, correctionWeight,
          Messages.count(added.replaced(), "document"));
    }
    NarrativeModel model = new NarrativeTrainer(trainer.taxonomy(), trainer.options(seed))
        .train(docs, extraCopies, line -> { if (!quiet) err.println("narratives: " + line); })
        .withCorrections(memory);
    Path file = model.save(out);
    spec.commandLine().getOut().printf("narratives: %s, %s (%d bytes) in %.0f s%n",
        Messages.count(docs.size(), "document"), file, Files.size(file), (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().flush();
  }
}
