package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SemevalCommandsTest {
  @TempDir Path dir;

  private Path documents() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("EN_1.txt"), "Sanctions hurt Europe\r\n\r\nThe West provoked this war. NATO expansion left Russia no choice.\r\n");
    Files.writeString(docs.resolve("EN_2.txt"), "Local bakery wins prize\n\nThe bakery on Main Street won a regional award for its bread.\n");
    Files.write(docs.resolve("EN_3.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 0, 0, 0, 0}); // binary
    // Latin-1 text, not UTF-8: read in its own charset rather than dropped.
    Files.write(docs.resolve("EN_4.txt"), ("Caf\u00e9 owners protest\n\nThe West provoked this war, said the caf\u00e9 owner in S\u00e3o Paulo, "
        + "and NATO expansion left Russia no choice, according to the regional newspaper report.\n").getBytes(StandardCharsets.ISO_8859_1));
    return docs;
  }

  @Test
  void narratives_oneLinePerDocument_unreadableIsOther() throws Exception {
    Path docs = documents();
    Path out = dir.resolve("pred.txt");
    CliRun run = CliRun.run("semeval", "narratives", "--lang", "EN", "--documents", docs.toString(), "--output", out.toString(), "-q");
    assertThat(run.exit()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3));
    assertThat(lines.get(0)).startsWith("EN_1.txt\t");
    assertThat(lines.get(2)).isEqualTo("EN_3.txt\tOther\tOther");
    assertThat(run.err()).contains("EN_3.txt: cannot read (binary").contains("EN_4.txt: not UTF-8, read as ");
    assertThat(lines.get(3)).startsWith("EN_4.txt\tURW: ");
  }

  @Test
  void explain_fourColumnsAtMostEightyWords_everyReadableDocumentExplained() throws Exception {
    Path docs = documents();
    Path out = dir.resolve("expl.txt");
    assertThat(CliRun.run("semeval", "explain", "--lang", "en", "--documents", docs.toString(), "--output", out.toString(), "-q").exit()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    for (String l : lines) {
      String[] f = l.split("\t", -1);
      assertThat(f).hasSize(4);
      assertThat(f[3].isBlank() ? 0 : f[3].split("\\s+").length).isLessThanOrEqualTo(80);
    }
    assertThat(lines.get(2)).startsWith("EN_3.txt\tOther\tOther\t");
    // Subtask-3 documents all push a narrative: one the classifier calls Other is explained by its likeliest.
    Path narratives = dir.resolve("pred.txt");
    assertThat(CliRun.run("semeval", "narratives", "--lang", "en", "--documents", docs.toString(),
        "--output", narratives.toString(), "-q").exit()).isZero();
    assertThat(Files.readAllLines(narratives, StandardCharsets.UTF_8).get(1)).isEqualTo("EN_2.txt\tOther\tOther");
    String[] bakery = lines.get(1).split("\t", -1);
    assertThat(bakery[1]).isNotEqualTo("Other");
    assertThat(bakery[2]).startsWith(bakery[1] + ": ");
    assertThat(bakery[3]).contains("bakery");
  }

  @Test
  void narratives_missingFolder_exitsWithUsageError() {
    CliRun run = CliRun.run("semeval", "narratives", "--lang", "EN", "--documents", dir.resolve("nope").toString(),
        "--output", dir.resolve("o.txt").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("not a folder");
  }
}
