package dev.narrascope.app.cli;

import dev.narrascope.app.correct.CorrectedDocuments;
import dev.narrascope.app.correct.SemevalExport;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code narrascope corrections export}: the corrected articles in the SemEval-2025 Task 10 layout. */
@Command(name = "corrections", mixinStandardHelpOptions = true,
    description = "Work with analysts' corrections (see 'narrascope label').",
    subcommands = CorrectionsCommand.Export.class)
public final class CorrectionsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Write the corrected articles in the SemEval-2025 Task 10 layout: DIR/raw-documents/LANG/ID.txt,"
          + " DIR/labels/LANG/subtask-2-annotations.txt (corrected narratives) and subtask-1-annotations.txt (corrected roles"
          + " with fine roles, at the actor's first mention). 'narrascope train --data DIR' reads it."})
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Mixin StoreOption store;

    @Override
    public Integer call() throws IOException {
      SemevalExport.Written w;
      try (ArticleStore st = store.open()) {
        w = SemevalExport.write(CorrectedDocuments.of(st), out);
      }
      var o = spec.commandLine().getOut();
      o.printf("exported %s to %s: %s (subtask 2), %s (subtask 1)%n", Messages.count(w.documents(), "corrected article"), out,
          Messages.count(w.narrativeLines(), "narrative line"), Messages.count(w.roleLines(), "role line"));
      if (w.rolesLeftOut() > 0) {
        spec.commandLine().getErr().printf("warning: %s left out of subtask 1 (the format needs a fine role and a mention)%n",
            Messages.count(w.rolesLeftOut(), "corrected role"));
      }
      o.flush();
      spec.commandLine().getErr().flush();
      return 0;
    }
  }
}
