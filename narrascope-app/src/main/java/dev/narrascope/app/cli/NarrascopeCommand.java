package dev.narrascope.app.cli;

import dev.narrascope.DateLimits;
import dev.narrascope.store.StoreException;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The root command; running it without a subcommand prints the usage. */
@Command(name = "narrascope", mixinStandardHelpOptions = true, version = "narrascope 0.1.0",
    description = "Evidence-backed analysis of stories, narratives and actor framing in news articles.",
    subcommands = {AnalyzeCommand.class, ExtractCommand.class, TrainCommand.class, EvalCommand.class, SemevalCommand.class,
        StoriesCommand.class, StoryCommand.class, ArticleCommand.class, LabelCommand.class, CorrectionsCommand.class, OutletCommand.class, CompareCommand.class, TimelineCommand.class, AlertsCommand.class,
        SearchCommand.class, ReviewCommand.class, ServeCommand.class, WatchCommand.class, ReclusterCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class NarrascopeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The configured command line: usage errors exit 2 with a one-line message (and "Did you mean" for
   * a misspelt command or option), failures exit 1 with the message (no stack trace unless
   * {@code NARRASCOPE_DEBUG} is set). Dates are read by {@link DateLimits#parseQuery}.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new NarrascopeCommand());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (System.getenv("NARRASCOPE_DEBUG") != null) e.printStackTrace(err);
      String what = e instanceof StoreException || e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
          ? "" : e.getClass().getSimpleName() + ": ";
      err.println("narrascope " + cmd.getCommandName() + ": " + what + e.getMessage());
      err.flush();
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("narrascope: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      // "narrascope analyse": Did you mean: narrascope analyze?
      if (e instanceof CommandLine.UnmatchedArgumentException u) CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
      err.flush();
      return 2;
    });
    // Every date option (--from, --to, --now, --since) goes through the same validated parser as the API's dates.
    cl.registerConverter(LocalDate.class, value -> {
      try {
        return DateLimits.parseQuery(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    });
    return cl;
  }
}
