package dev.narrascope.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code narrascope semeval …}: predictions in the SemEval-2025 Task 10 file formats. */
@Command(name = "semeval", mixinStandardHelpOptions = true,
    description = "Write predictions in the SemEval-2025 Task 10 formats (narratives, roles, explain).",
    subcommands = {SemevalNarrativesCommand.class, SemevalRolesCommand.class, SemevalExplainCommand.class})
public final class SemevalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
