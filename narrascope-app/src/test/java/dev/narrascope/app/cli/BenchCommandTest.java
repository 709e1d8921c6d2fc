package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BenchCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int bench(String... args) {
    var cl = NarrascopeCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "bench";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  @Test
  void bench_missingDataFolder_failsWithClearMessage() {
    int code = bench("--data", dir.resolve("nope").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("narrascope bench: data folder not found: " + dir.resolve("nope"));
  }

  @Test
  void bench_smallFolder_repeatsUntilEnoughArticlesAndReportsFigures() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Bridge reopens\n\nThe old river bridge reopened to traffic on Friday after repairs.");
    Files.writeString(dir.resolve("b.txt"), "Schools closed\n\nA heavy storm closed schools across the region on Tuesday morning.");
    int code = bench("--data", dir.toString(), "--articles", "5");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("pipeline: ingest -> clean -> Pipeline(language)")
        .contains("articles: 6 (3 rounds of 2 from " + dir + ")")
        .containsPattern("total: +[0-9.]+ s, [0-9]+ articles/s")
        .containsPattern("peak heap: +[0-9]+ MB");
  }
}
