package dev.narrascope.app.cli;

import dev.narrascope.app.watch.CycleReport;
import dev.narrascope.app.watch.FetchSettings;
import dev.narrascope.app.watch.WatchConfig;
import dev.narrascope.app.watch.WatchLoop;
import dev.narrascope.app.watch.Watcher;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrascope watch}: live ingestion of folders and RSS/Atom feeds into the store. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Watch folders and RSS/Atom feeds; analyse and store what is new every interval, and announce new"
            + " alerts.",
        "Folders (recursive): new and changed files (size or modification time) in the formats 'analyze'"
            + " reads.",
        "Feeds: a conditional GET (ETag / Last-Modified) per interval; for each item not seen before its"
            + " article page is fetched politely (robots.txt, at most one request per --host-delay to a host,"
            + " timeouts, --max-page-mb); a page that cannot be fetched or is disallowed is replaced by the item's"
            + " own text, with a warning. A broken feed gets one warning and rests interval x 2^failures (at most 6"
            + " h). Nothing is fetched twice, also across restarts: what was seen is kept in the --state file. After"
            + " a cycle that stored articles, the alerts of 'narrascope alerts' (default settings) are computed; new"
            + " ones are printed and, with --webhook, POSTed once each as JSON.",
        "Per cycle a line on standard error: cycle 3: 2 feeds, 5 new items, 5 stored (5 new), 1 finding."
            + " Ctrl-C stops."})
public final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FOLDER", description = "Folders (or files) to watch, recursively.")
  List<Path> folders;

  @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed URL to follow (repeatable).")
  List<String> feeds;

  @Option(names = "--feeds", paramLabel = "FILE", description = "A file of feed URLs, one a line ('#' starts a comment line).")
  Path feedsFile;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
      description = "Time between cycles: 30s, 5m, 1h… (default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(names = "--once", description = "Run one cycle and exit (for cron and scripts); exit 1 when storing failed.")
  boolean once;

  @Option(names = "--webhook", paramLabel = "URL", description = "POST each new alert once, as JSON, to this URL.")
  String webhook;

  @Option(names = "--state", paramLabel = "FILE",
      description = "What has been seen (default: watch-state.json beside the SQLite store, else narrascope-data/watch-state.json).")
  Path state;

  @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt Crawl-delay may ask for more).")
  Duration hostDelay;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
      description = "Connect and request timeout (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "5", description = "Largest feed or page read, in MiB (default: ${DEFAULT-VALUE}).")
  int maxPageMb;

  @Mixin StoreOption store;

  @Mixin ModelOption model;

  @Mixin LlmOptions llm;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxPageMb < 1) throw new IllegalArgumentException("--max-page-mb must be at least 1: " + maxPageMb);
    WatchConfig config = WatchSetup.config(folders, feeds, feedsFile, interval, webhook, state, store.spec,
        new FetchSettings(hostDelay, timeout, (long) maxPageMb << 20, FetchSettings.USER_AGENT));
    llm.reportProgress(err);
    var pipeline = model.pipeline(llm);
    try (ArticleStore st = store.open(); Watcher watcher = WatchSetup.watcher(config, st, pipeline, out, err)) {
      err.println("narrascope watch: " + WatchSetup.describe(config) + " into " + store.spec + (once ? "; one cycle" : "; Ctrl-C stops"));
      if (llm.enabled()) err.println("labelling with the LLM " + llm.model + " at " + llm.url + " (the bundled models where it fails)");
      if (st.hasUnindexedStories()) err.println(StoreOption.UNINDEXED);
      err.flush();
      if (once) {
        CycleReport report = watcher.runCycle();
        llm.summary().ifPresent(err::println);
        return report.ok() ? 0 : 1;
      }
      WatchLoop loop = new WatchLoop(watcher, err);
      Thread hook = new Thread(loop::close, "narrascope-watch-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      loop.run();
      llm.summary().ifPresent(err::println);
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
