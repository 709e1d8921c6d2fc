package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code narrascope analyze}: a child JVM analysing generated JSON Lines is killed
 * with SIGKILL at seeded moments (after it reported k stored batches, plus a random delay), re-run
 * each time, and finally run to completion. The store must then be intact: integrity check ok,
 * every input article stored exactly once, every story id resolving to a story, story sizes adding
 * up to the article count, and one more run finding nothing new. Nothing asserted depends on time.
 * Slow (a few minutes on 2 cores): runs with {@code mvn -Pslow}.
 */
@Tag("slow")
final class AnalyzeCrashTest {
  static final int ARTICLES = 2400;
  static final int BATCH = 200;
  static final int KILLS = 5;
  static final Pattern STORED_BATCH = Pattern.compile("^batch \\d+: [1-9]\\d* new, ");

  @TempDir Path dir;

  @Test
  void killedAtRandomMoments_reRunsLeaveAConsistentStore() throws Exception {
    Path input = dir.resolve("news.jsonl");
    writeInput(input);
    Set<String> expected = expectedIds(input);
    assertThat(expected).hasSizeGreaterThan(ARTICLES * 9 / 10);
    Path db = dir.resolve("crash.db");
    Random rnd = new Random(7);
    int killed = 0;
    for (int i = 0; i < KILLS; i++) {
      int afterBatches = 1 + rnd.nextInt(2);
      long delayMs = rnd.nextInt(500);
      Run run = analyze(input, db, afterBatches, delayMs);
      if (run.killed) killed++;
      else assertThat(run.exit).as(run.output).isZero();
    }
    assertThat(killed).as("runs killed before completion").isGreaterThan(0);
    Run complete = analyze(input, db, Integer.MAX_VALUE, 0);
    assertThat(complete.exit).as(complete.output).isZero();
    Run again = analyze(input, db, Integer.MAX_VALUE, 0);
    assertThat(again.exit).as(again.output).isZero();
    assertThat(again.output).contains(expected.size() + " articles: 0 new, " + expected.size() + " already stored");

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

  record Run(boolean killed, int exit, String output) {}

  /** Runs analyze in a child JVM; kills it (SIGKILL) once it reported {@code afterBatches} stored batches and {@code delayMs} passed. */
  private Run analyze(Path input, Path db, int afterBatches, long delayMs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "analyze", input.toString(), "--db", "sqlite:" + db, "--batch-size", "" + BATCH, "--format", "none")
        .redirectErrorStream(true);
    Process p = pb.start();
    StringBuilder output = new StringBuilder();
    int stored = 0;
    boolean killed = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.append(line).append('\n');
        if (STORED_BATCH.matcher(line).find() && ++stored == afterBatches) {
          if (delayMs > 0) Thread.sleep(delayMs); // only picks the moment; nothing asserted depends on it
          killed = p.isAlive();
          p.destroyForcibly();
          break;
        }
      }
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Run(killed, p.exitValue(), output.toString());
  }

  /** Short generated articles (first paragraph) as JSON Lines: title, text, published, source. */
  private static void writeInput(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (SyntheticNews.Item it : new SyntheticNews(11).generate(ARTICLES)) {
        Article a = it.article();
        var n = Json.MAPPER.createObjectNode();
        n.put("title", a.title()).put("text", a.text().split("\n\n")[0]).put("published", a.published().toString())
            .put("source", a.outlet());
        w.write(n.toString());
        w.write('\n');
      }
    }
  }

  /** The ids analyze gives the input: the same reader and extractor in process. */
  private static Set<String> expectedIds(Path input) {
    Set<String> ids = new HashSet<>();
    ArticleExtractor.defaults().extractAll(Ingestor.defaults(), List.of(input), Findings.none()).forEach(a -> ids.add(a.id()));
    return ids;
  }

  private static String single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
