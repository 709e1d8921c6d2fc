package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code bench ingest} at a tiny size: checks the shape of the output, never the timings. */
final class BenchIngestCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int bench(String... args) {
    var cl = NarrascopeCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    all[0] = "bench";
    all[1] = "ingest";
    System.arraycopy(args, 0, all, 2, args.length);
    return cl.execute(all);
  }

  @Test
  void tinyStore_json_hasEveryPhaseAndColumn() throws Exception {
    int code = bench("--stored", "200", "--new", "5", "--rounds", "1", "--server", "--posts", "2", "--clients", "2",
        "--server-warm-up", "1", "--server-rounds", "1", "--db", "sqlite:" + dir.resolve("big.db"), "--format", "json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode runs = Json.MAPPER.readTree(out.toString()).get("runs");
    assertThat(runs).extracting(r -> r.get("phase").asText())
        .containsExactly("build", "ingest-empty", "ingest-stored", "post-1", "post-50x2-warm-up", "post-50x2");
    for (JsonNode r : runs) {
      assertThat(iterable(r)).containsExactlyElementsOf(BenchIngestCommand.COLUMNS);
    }
    assertThat(runs.get(0).get("storeArticles").asLong()).isEqualTo(200);
    // The big store's two untimed warm-up batches are stored before the timed rounds.
    assertThat(runs.get(2).get("storeArticles").asLong()).isEqualTo(210);
    assertThat(runs.get(2).get("vsEmpty").isNumber()).isTrue();
    assertThat(runs.get(3).get("p95Ms").isNumber()).isTrue();
    // The timed clients post after the warm-up's clients, into the store holding their 2 x 50 articles.
    assertThat(runs.get(5).get("storeArticles").asLong()).isEqualTo(runs.get(4).get("storeArticles").asLong() + 100);
    assertThat(runs.get(0).get("writeBoundPerSecond").isNull()).isTrue();
    for (int i = 1; i < runs.size(); i++) {
      JsonNode r = runs.get(i);
      assertThat(r.get("cpuMsPerArticle").asDouble()).as(r.toString()).isPositive();
      // Writes are serialised and a thread's CPU time never exceeds its wall time, so the bound is never below the rate.
      assertThat(r.get("writeBoundPerSecond").asLong()).as(r.toString()).isGreaterThanOrEqualTo(r.get("articlesPerSecond").asLong());
    }
    assertThat(err.toString()).contains("build: 200/200 generated").contains("big store: warm-up 2/2").contains("big store: round 1/1");
  }

  @Test
  void table_hasTheColumns_andAReusedStoreIsNotRebuilt() {
    String db = "sqlite:" + dir.resolve("reuse.db");
    assertThat(bench("--stored", "100", "--new", "3", "--rounds", "1", "--db", db)).as(err.toString()).isZero();
    assertThat(out.toString().lines().findFirst().orElseThrow().split("\\s+")).containsExactlyElementsOf(BenchIngestCommand.COLUMNS);
    out.getBuffer().setLength(0);
    assertThat(bench("--stored", "100", "--new", "3", "--rounds", "1", "--db", db)).as(err.toString()).isZero();
    assertThat(out.toString()).containsPattern("build +\\d+ +0 ");
  }

  private static Iterable<String> iterable(JsonNode n) {
    return n::fieldNames;
  }
}
