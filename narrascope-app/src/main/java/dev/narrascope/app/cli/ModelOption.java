package dev.narrascope.app.cli;

import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
import dev.narrascope.framing.FramingModel;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --model DIR} option: a model folder written by {@code narrascope train}, or the bundled model. */
public final class ModelOption {
  @Option(names = "--model", paramLabel = "DIR", description = "Model folder written by 'narrascope train' (default: the bundled model).")
  Path dir;

  NarrativeModel narratives() throws IOException {
    if (dir == null) return NarrativeModel.defaults();
    existing(dir.resolve(NarrativeModel.FILE_NAME));
    return NarrativeModel.load(dir);
  }

  /** The actor-framing model of the folder (or a framing model file), or the bundled one. */
  FramingModel framing() throws IOException {
    return dir == null ? FramingModel.loadDefault()
        : FramingModel.load(Files.isRegularFile(dir) ? dir : existing(dir.resolve(FramingModel.FILE_NAME)));
  }

  /**
   * The whole pipeline ({@link Pipelines#defaults()}), with this folder's models when one is given
   * (the bundled framing model where the folder has none).
   */
  Pipeline pipeline() throws IOException {
    if (dir == null) return Pipelines.defaults();
    // A folder trained without subtask-1 annotations has no framing model: actors get the bundled one.
    boolean ownFraming = Files.isRegularFile(dir.resolve(FramingModel.FILE_NAME));
    return Pipelines.with(narratives(), ownFraming ? framing() : FramingModel.loadDefault());
  }

  /** {@link #pipeline()} with a language model's labels over the narrative, framing and explanation stages' when {@code llm} is on. */
  Pipeline pipeline(LlmOptions llm) throws IOException {
    if (!llm.enabled()) return pipeline();
    if (dir == null) return Pipelines.defaults(llm.stage(Taxonomy.defaults()));
    NarrativeModel n = narratives();
    boolean ownFraming = Files.isRegularFile(dir.resolve(FramingModel.FILE_NAME));
    return Pipelines.with(n, ownFraming ? framing() : FramingModel.loadDefault(), llm.stage(n.taxonomy()));
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no model file " + file + " (write a model folder with 'narrascope train --out DIR')");
    }
    return file;
  }
}
