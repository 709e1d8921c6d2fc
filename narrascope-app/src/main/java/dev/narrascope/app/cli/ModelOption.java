package dev.narrascope.app.cli;

import dev.narrascope.narrative.NarrativeModel;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --model DIR} option: a model folder written by {@code narrascope train}, or the bundled model. */
public final class ModelOption {
  @Option(names = "--model", paramLabel = "DIR", description = "Model folder written by 'narrascope train' (default: the bundled model).")
  Path dir;

  NarrativeModel narratives() throws IOException {
    return dir == null ? NarrativeModel.defaults() : NarrativeModel.load(dir);
  }
}
