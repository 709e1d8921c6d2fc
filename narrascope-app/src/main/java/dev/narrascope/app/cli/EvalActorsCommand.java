package dev.narrascope.app.cli;

import dev.narrascope.framing.SalienceEvaluator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope eval actors}: measures which actors the framing stage frames at all against the
 * entities annotated in subtask 1 (share of framed actors that are annotated, share of annotated
 * entities framed), by cross-validation over the training part and on the held-out fifth.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = {"Measure which of an article's actors the framing stage frames at all against the entities annotated in "
        + "SemEval-2025 Task 10 subtask 1: cross-validation over the training part, then the held-out fifth of the articles."})
public final class EvalActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Subtask1DataOptions options;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    out.print(SalienceEvaluator.crossValidate(options.data, options.languages, options.folds, seed).table());
    out.println();
    out.print(SalienceEvaluator.heldOut(options.data, options.languages).table());
    out.printf("(%.1f s)%n", (System.nanoTime() - start) / 1e9);
    out.flush();
    return 0;
  }
}
