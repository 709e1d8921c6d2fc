package dev.narrascope.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One in-process run of the {@code narrascope} command line with its exit status and captured output,
 * so that CLI tests share one way of running a command instead of each wiring picocli's writers.
 */
public record CliRun(int exit, String out, String err) {

  /** Runs {@code narrascope args…} in this JVM, standard output and error captured. */
  public static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = NarrascopeCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** As {@link #run(String...)}, for tests that assemble the arguments as a list. */
  public static CliRun run(List<String> args) {
    return run(args.toArray(String[]::new));
  }
}
