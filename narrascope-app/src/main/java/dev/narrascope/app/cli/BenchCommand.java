package dev.narrascope.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code narrascope bench …}: speed measurements on generated data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure speed (and quality on synthetic truth) on generated data.",
    subcommands = {BenchStoriesCommand.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
