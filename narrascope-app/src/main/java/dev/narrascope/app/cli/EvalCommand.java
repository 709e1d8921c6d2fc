package dev.narrascope.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code narrascope eval …}: quality measurements with each task's own metric. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure quality on labelled data with each task's official metric.",
    subcommands = {EvalExtractionCommand.class, EvalSemevalCommand.class, EvalRolesCommand.class, EvalActorsCommand.class, EvalStoriesCommand.class,
        EvalQuotesCommand.class})
public final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
