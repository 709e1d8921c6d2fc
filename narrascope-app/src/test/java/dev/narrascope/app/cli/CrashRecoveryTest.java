package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.story.SyntheticNews;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the two write paths: a child JVM running {@code narrascope analyze} on generated JSON
 * Lines, or {@code narrascope serve} taking 50-article POSTs, is killed with SIGKILL at {@value #KILLS}
 * seeded moments (after a random number of stored batches or answered POSTs, plus a random delay),
 * restarted each time, and finally run to completion. The store must then be intact: integrity check
 * ok, every input article stored exactly once, every story id resolving to a story, story sizes adding
 * up to the article count; the completing run analyses only what was missing, and one more finds nothing
 * new. Nothing asserted depends on time (the delays only pick the moments). Slow (several minutes on 2
 * cores): runs with {@code mvn -Pslow}.
 */
@Tag("slow")
final class CrashRecoveryTest {
  static final int KILLS = 20;
  static final int BATCH = 200;
  static final int POST_BATCH = 50;
  static final Pattern STORED_BATCH = Pattern.compile("^batch \\d+: [1-9]\\d* new, ");
  static final Pattern SUMMARY = Pattern.compile("^(\\d+) articles?: (\\d+) new, (\\d+) already stored");
  static final Pattern SERVING = Pattern.compile("narrascope serving .* at (http://\\S+)/$");
  static final String TOKEN = "crash-test-token-0123456789";

  @TempDir Path dir;

  @Test
  void analyze_killedAtRandomMoments_reRunsLeaveAConsistentStore() throws Exception {
    Path input = dir.resolve("news.jsonl");
    writeInput(input, 4000, 11);
    Set<String> expected = expectedIds(input);
    assertThat(expected).hasSizeGreaterThan(3600);
    Path db = dir.resolve("analyze.db");
    Random rnd = new Random(7);
    int killed = 0;
    for (int i = 0; i < KILLS; i++) {
      // 0 stored batches: killed while the models load or the first batch is analysed or written.
      Child run = analyze(input, db, rnd.nextInt(2), rnd.nextInt(1000));
      if (run.killed) killed++;
      else assertThat(run.exit).as(run.output).isZero();
    }
    assertThat(killed).as("runs killed before completion").isGreaterThan(KILLS / 2);

    long before = articles(db);
    Child complete = analyze(input, db, Integer.MAX_VALUE, 0);
    assertThat(complete.exit).as(complete.output).isZero();
    // Only what was missing is analysed: the stored inputs are skipped before any analysis.
    assertThat(summary(complete.output).get(1)).as("new in the completing run").isEqualTo(expected.size() - before);
    Child again = analyze(input, db, Integer.MAX_VALUE, 0);
    assertThat(again.exit).as(again.output).isZero();
    assertThat(summary(again.output).get(1)).as("new in a run after it").isZero();
    assertConsistent(db, expected);
  }

  @Test
  void serverPosts_killedAtRandomMoments_rePostsLeaveAConsistentStore() throws Exception {
    Path input = dir.resolve("posted.jsonl");
    writeInput(input, 2000, 12);
    Set<String> expected = expectedIds(input);
    List<String> batches = postBatches(input);
    Path db = dir.resolve("serve.db");
    Random rnd = new Random(9);
    int killed = 0;
    for (int i = 0; i < KILLS; i++) {
      try (Server server = Server.start(db)) {
        // The client posts every batch in order (the server skips what it holds) until the server dies.
        CountDownLatch answered = new CountDownLatch(rnd.nextInt(4));
        CompletableFuture<Long> client = CompletableFuture.supplyAsync(() -> postAll(server.base, batches, answered::countDown));
        client.whenComplete((added, e) -> { while (answered.getCount() > 0) answered.countDown(); });
        answered.await();
        Thread.sleep(rnd.nextInt(800)); // only picks the moment
        if (!client.isDone()) {
          server.kill();
          killed++;
        }
        client.get(2, TimeUnit.MINUTES); // a wrong answer before the kill fails the test
      }
    }
    assertThat(killed).as("servers killed while posts were in flight").isGreaterThan(KILLS / 2);

    long before = articles(db);
    try (Server server = Server.start(db)) {
      // Only what was missing is analysed and added; then everything is known.
      assertThat(postAll(server.base, batches, () -> {})).isEqualTo(expected.size() - before);
      assertThat(postAll(server.base, batches, () -> {})).isZero();
    }
    assertConsistent(db, expected);
  }

  /* --------------- the children --------------- */

  record Child(boolean killed, int exit, String output) {}

  /** Runs analyze in a child JVM; kills it (SIGKILL) once it reported {@code afterBatches} stored batches and {@code delayMs} passed. */
  private static Child analyze(Path input, Path db, int afterBatches, long delayMs) throws Exception {
    Process p = java("analyze", input.toString(), "--db", "sqlite:" + db, "--batch-size", "" + BATCH, "--format", "none");
    StringBuilder output = new StringBuilder();
    int stored = 0;
    boolean killed = false;
    if (afterBatches == 0) {
      Thread.sleep(delayMs);
      killed = p.isAlive();
      p.destroyForcibly(); // closes the child's streams too: nothing more to read
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      return new Child(killed, p.exitValue(), "");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.append(line).append('\n');
        if (STORED_BATCH.matcher(line).find() && ++stored == afterBatches) {
          if (delayMs > 0) Thread.sleep(delayMs);
          killed = p.isAlive();
          p.destroyForcibly();
          break;
        }
      }
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Child(killed, p.exitValue(), output.toString());
  }

  /** {@code narrascope ARGS…} in a child JVM with this test's class path, stderr merged into stdout. */
  private static Process java(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** A {@code serve} child on a free port over {@code db}; closing it kills it if still running. */
  private static final class Server implements AutoCloseable {
    final Process process;
    final String base;

    private Server(Process process, String base) {
      this.process = process;
      this.base = base;
    }

    static Server start(Path db) throws IOException {
      Process p = java("serve", "--port", "0", "--db", "sqlite:" + db, "--token", TOKEN);
      BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      String line;
      while ((line = r.readLine()) != null) {
        seen.append(line).append('\n');
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          // Keep draining its output so the child never blocks on a full pipe.
          Thread drain = new Thread(() -> r.lines().forEach(l -> {}), "crash-test-drain");
          drain.setDaemon(true);
          drain.start();
          return new Server(p, m.group(1));
        }
      }
      throw new AssertionError("serve ended before serving:\n" + seen);
    }

    void kill() throws InterruptedException {
      process.destroyForcibly();
      assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) kill();
    }
  }

  /**
   * Posts every batch in order, telling {@code onAnswered} after each answer; returns the articles the
   * server added. Stops quietly when the server is gone (killed): the caller decides what that means.
   */
  private static long postAll(String base, List<String> batches, Runnable onAnswered) {
    HttpClient http = HttpClient.newHttpClient();
    long added = 0;
    for (String body : batches) {
      HttpResponse<String> response;
      try {
        response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        return added;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return added;
      }
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      try {
        JsonNode result = Json.MAPPER.readTree(response.body());
        added += result.get("added").asLong();
        // Every posted article is stored with a story, new or not.
        assertThat(result.get("storyIds").size()).isEqualTo(result.get("ids").size());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      onAnswered.run();
    }
    return added;
  }

  /* --------------- input and checks --------------- */

  /** Short generated articles (first paragraph) as JSON Lines: title, text, published, source. */
  private static void writeInput(Path file, int articles, long seed) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (SyntheticNews.Item it : new SyntheticNews(seed).generate(articles)) {
        Article a = it.article();
        var n = Json.MAPPER.createObjectNode();
        n.put("title", a.title()).put("text", a.text().split("\n\n")[0]).put("published", a.published().toString())
            .put("source", a.outlet());
        w.write(n.toString());
        w.write('\n');
      }
    }
  }

  /** The input's lines in POST bodies of {@value #POST_BATCH}. */
  private static List<String> postBatches(Path input) throws IOException {
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += POST_BATCH) {
      out.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + POST_BATCH))) + "\n");
    }
    return out;
  }

  /** The ids analyze gives the input: the same reader and extractor in process. */
  private static Set<String> expectedIds(Path input) {
    Set<String> ids = new HashSet<>();
    ArticleExtractor.defaults().extractAll(Ingestor.defaults(), List.of(input), Findings.none()).forEach(a -> ids.add(a.id()));
    return ids;
  }

  /** The numbers of analyze's summary line: articles, new, already stored. */
  private static List<Long> summary(String output) {
    for (String line : output.lines().toList()) {
      Matcher m = SUMMARY.matcher(line);
      if (m.find()) return List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }
    throw new AssertionError("no summary line in:\n" + output);
  }

  private static long articles(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      return Long.parseLong(single(st, "SELECT count(*) FROM articles"));
    }
  }

  /** Integrity ok, each expected article exactly once, every story id resolving, story sizes adding up. */
  private static void assertConsistent(Path db, Set<String> expected) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      assertThat(single(st, "PRAGMA integrity_check")).isEqualTo("ok");
      List<String> ids = new ArrayList<>();
      Map<String, String> storyOf = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT id, story_id FROM articles")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
          storyOf.put(rs.getString(1), rs.getString(2));
        }
      }
      assertThat(ids).doesNotHaveDuplicates();
      assertThat(new HashSet<>(ids)).isEqualTo(expected);
      Set<String> stories = new HashSet<>();
      long sizes = 0;
      try (ResultSet rs = st.executeQuery("SELECT id, size FROM stories")) {
        while (rs.next()) {
          stories.add(rs.getString(1));
          sizes += rs.getLong(2);
        }
      }
      // Merges move the absorbed story's articles in the same transaction: every id resolves directly.
      List<String> unresolved = new ArrayList<>();
      storyOf.forEach((id, story) -> {
        if (story == null || !stories.contains(story)) unresolved.add(id + " -> " + story);
      });
      assertThat(unresolved).as("articles whose story_id resolves to no story").isEmpty();
      assertThat(sizes).as("sum of story sizes").isEqualTo(ids.size());
    }
  }

  private static String single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
