package dev.narrascope.app.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What to watch and how. Validated when built, before any work, with messages that name the bad value.
 *
 * @param folders   folders (or single files) to watch, recursively
 * @param feeds     RSS/Atom feed URLs (http or https), without duplicates
 * @param interval  time between the starts of two cycles (a broken feed waits {@link Backoff} longer)
 * @param stateFile where the watcher remembers what it has seen
 * @param webhook   where new alerts are POSTed, or null
 * @param fetch     politeness: rate limit, timeouts, size limit, User-Agent
 */
public record WatchConfig(List<Path> folders, List<String> feeds, Duration interval, Path stateFile, URI webhook,
                          FetchSettings fetch) {
  /** Where the state lives when no --state is given and the store is not a SQLite file. */
  public static final Path DEFAULT_STATE = Path.of("narrascope-data", "watch-state.json");
  public static final String STATE_FILE_NAME = "watch-state.json";

  /** @throws IllegalArgumentException naming the first bad value */
  public WatchConfig {
    folders = List.copyOf(folders);
    feeds = List.copyOf(new LinkedHashSet<>(feeds));
    if (folders.isEmpty() && feeds.isEmpty()) throw new IllegalArgumentException("nothing to watch: give a FOLDER or a feed URL");
    for (Path f : folders) {
      if (!Files.exists(f)) throw new IllegalArgumentException("no such folder: " + f);
      if (!Files.isReadable(f)) throw new IllegalArgumentException("cannot read folder: " + f);
    }
    for (String u : feeds) httpUrl(u, "feed");
    if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("the interval must be at least 1s: " + interval);
    }
    if (stateFile == null) throw new IllegalArgumentException("no state file");
    if (Files.isDirectory(stateFile)) throw new IllegalArgumentException("the state file is a folder: " + stateFile);
    if (webhook != null) httpUrl(webhook.toString(), "webhook");
  }

  /**
   * The state file for a store: beside a SQLite file ({@code narrascope-data/watch-state.json} for
   * the default store), else {@link #DEFAULT_STATE}.
   */
  public static Path defaultStateFile(String dbSpec) {
    if (dbSpec == null || dbSpec.isBlank()) return DEFAULT_STATE;
    String s = dbSpec.strip();
    if (s.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || s.startsWith("jdbc:")) return DEFAULT_STATE;
    Path db = Path.of(s.startsWith("sqlite:") ? s.substring("sqlite:".length()) : s).toAbsolutePath();
    return db.resolveSibling(STATE_FILE_NAME);
  }

  /**
   * The feed URLs given on the command line and in a feeds file (one URL a line; blank lines and
   * lines starting with {@code #} are skipped).
   *
   * @param feedsFile a file of URLs, or null
   * @throws IllegalArgumentException naming the file and line of a bad URL, or an unreadable file
   */
  public static List<String> feedUrls(List<String> given, Path feedsFile) {
    List<String> out = new ArrayList<>();
    for (String u : given) out.add(httpUrl(u, "--feed"));
    if (feedsFile == null) return out;
    List<String> lines;
    try {
      lines = Files.readAllLines(feedsFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the feeds file " + feedsFile + ": " + WatchText.reason(e));
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      out.add(httpUrl(line, feedsFile + ":" + (i + 1)));
    }
    return out;
  }

  /** @throws IllegalArgumentException when {@code s} is not an absolute http(s) URL with a host */
  public static String httpUrl(String s, String where) {
    String u = s == null ? "" : s.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return u;
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("not an http(s) URL (" + where + "): " + s);
  }
}
