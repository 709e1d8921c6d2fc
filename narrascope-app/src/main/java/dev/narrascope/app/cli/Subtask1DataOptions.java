package dev.narrascope.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The data options of the commands that measure actor framing on SemEval-2025 Task 10 subtask 1 data. */
public final class Subtask1DataOptions {
  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Data in the task layout: DIR/raw-documents/LANG/*.txt and DIR/labels/LANG/subtask-1-annotations.txt.")
  Path data;

  @Option(names = "--folds", defaultValue = "5", description = "Number of folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--lang", arity = "1..*", paramLabel = "L", description = "Languages to use (default: all under DIR/labels).")
  List<String> languages = new ArrayList<>();
}
