package dev.narrascope.app.cli;

import dev.narrascope.framing.FramingEvaluation;
import dev.narrascope.framing.FramingEvaluator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope eval roles}: cross-validates actor framing (subtask 1) on labelled data in the
 * task layout and prints EMR, micro P/R/F1 over fine roles and main-role accuracy per language.
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
    description = "Cross-validate actor framing (SemEval-2025 Task 10 subtask 1) and print the task's metrics.")
public final class EvalRolesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Subtask1DataOptions options;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    FramingEvaluation e = FramingEvaluator.crossValidate(options.data, options.languages, options.folds, seed);
    PrintWriter out = spec.commandLine().getOut();
    out.print(e.table());
    out.printf("(%.1f s)%n", (System.nanoTime() - start) / 1e9);
    out.flush();
    return 0;
  }
}
