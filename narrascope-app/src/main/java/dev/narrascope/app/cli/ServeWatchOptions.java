package dev.narrascope.app.cli;

import dev.narrascope.app.watch.FetchSettings;
import dev.narrascope.app.watch.WatchConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code serve}'s watcher options: those of {@code narrascope watch} with a {@code --watch} prefix
 * ({@code --watch FOLDER}, {@code --watch-feed URL}, …). None given: no watcher.
 */
final class ServeWatchOptions {
  @Option(names = "--watch", paramLabel = "FOLDER", description = "Watch this folder (repeatable), as 'narrascope watch FOLDER' does, while serving.")
  List<Path> folders;

  @Option(names = "--watch-feed", paramLabel = "URL", description = "Follow this RSS/Atom feed (repeatable) while serving.")
  List<String> feeds;

  @Option(names = "--watch-feeds", paramLabel = "FILE", description = "Follow the feeds listed in FILE, one URL a line.")
  Path feedsFile;

  @Option(names = "--watch-interval", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
      description = "Time between watch cycles (default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(names = "--watch-webhook", paramLabel = "URL", description = "POST each new alert once, as JSON, to this URL.")
  String webhook;

  @Option(names = "--watch-state", paramLabel = "FILE", description = "The watcher's state file (default: as 'narrascope watch').")
  Path state;

  /** True when any folder or feed was given. */
  boolean any() {
    return (folders != null && !folders.isEmpty()) || (feeds != null && !feeds.isEmpty()) || feedsFile != null;
  }

  /**
   * The checked configuration, or null when nothing is to be watched.
   *
   * @throws IllegalArgumentException naming a bad option; also for watcher options without anything to watch
   */
  WatchConfig config(String dbSpec) {
    if (!any()) {
      if (webhook != null || state != null) {
        throw new IllegalArgumentException("--watch-webhook and --watch-state need something to watch (--watch FOLDER or --watch-feed URL)");
      }
      return null;
    }
    return WatchSetup.config(folders, feeds, feedsFile, interval, webhook, state, dbSpec, FetchSettings.defaults());
  }
}
