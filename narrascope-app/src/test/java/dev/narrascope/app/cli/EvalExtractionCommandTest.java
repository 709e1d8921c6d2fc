package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {

  @Test
  void evalExtraction_smallBenchmark_perfectPageScoresOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    String body = "The river rose two metres overnight, and the town closed the lower bridge to traffic.";
    gzip(dir.resolve("html/p1.html.gz"), "<html><body><nav><a href='/'>Home</a></nav><article><p>" + body
        + "</p></article></body></html>");
    Files.writeString(dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://x.example/a\"}}");

    CliRun r = CliRun.run("eval", "extraction", "--verbose", dir.toString());

    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("p1", "pages 1  precision 1.000  recall 1.000  F1 1.000");
  }

  @Test
  void evalExtraction_missingGroundTruth_isUsageError(@TempDir Path dir) {
    CliRun r = CliRun.run("eval", "extraction", dir.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("ground-truth.json");
  }

  /** The shared benchmark's public half; measured 0.980 on this code (see the report), floor a little below. */
  @Test
  void evalExtraction_sharedBenchmark_f1AboveFloor() {
    Path shared = SharedData.require("data/article-extraction/ground-truth.json").getParent();

    CliRun r = CliRun.run("eval", "extraction", shared.toString());

    assertThat(r.exit()).isEqualTo(0);
    Matcher m = Pattern.compile("pages 91 .*F1 (\\d\\.\\d+)").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isGreaterThan(0.97);
  }

  private static void gzip(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
