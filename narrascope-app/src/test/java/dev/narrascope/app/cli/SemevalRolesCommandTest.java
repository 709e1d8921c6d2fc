package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.framing.Roles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SemevalRolesCommandTest {
  @TempDir Path dir;

  @Test
  void roles_badInputs_everyMentionGetsALineInInputOrder() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    String a = "Summit news\r\n\r\nThe alliance accused Minister Tarv of lying.\r\nTarv denied it.\r\n";
    Files.write(docs.resolve("EN_A.txt"), a.getBytes(StandardCharsets.UTF_8));
    Files.writeString(docs.resolve("EN_B.txt"), "Refugees fled the shelling of the town.");
    Files.createDirectories(docs.resolve("EN_DIR.txt")); // a folder where a document should be: unreadable
    int tarv = a.indexOf("Tarv");
    List<String> input = List.of(
        "EN_A.txt\tTarv\t" + tarv + "\t" + (tarv + 3),
        "EN_A.txt\tTarv\t3\t6",                     // offsets do not hold the entity
        "EN_B.txt\tRefugees\t400\t407",             // past the end of the document
        "EN_MISSING.txt\tNATO\t0\t3",               // no such document
        "EN_DIR.txt\tKremlin\t10\t16",              // unreadable document
        "",
        "EN_A.txt\tbroken line");
    Path mentions = dir.resolve("mentions.txt");
    Files.write(mentions, input, StandardCharsets.UTF_8);
    Path output = dir.resolve("out.txt");

    CliRun run = CliRun.run("semeval", "roles", "--lang", "EN", "--documents", docs.toString(),
        "--mentions", mentions.toString(), "--output", output.toString());

    assertThat(run.exit()).isZero();
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    List<String> expectedInputs = input.stream().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(expectedInputs.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertThat(line).startsWith(expectedInputs.get(i) + "\t");
      String[] added = line.substring(expectedInputs.get(i).length() + 1).split("\t");
      assertThat(Roles.MAIN).contains(added[0]);
      assertThat(added.length).isGreaterThan(1);
      assertThat(Arrays.asList(added).subList(1, added.length))
          .allSatisfy(f -> assertThat(Roles.mainOf(f)).isEqualTo(added[0]));
    }
    assertThat(run.err())
        .contains("nearest occurrence")
        .contains("EN_MISSING.txt")
        .contains("EN_DIR.txt")
        .contains("\"Refugees\"")
        .contains(":7: not id<TAB>entity");
  }

  @Test
  void roles_missingOption_isUsageError() {
    CliRun run = CliRun.run("semeval", "roles", "--lang", "EN");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--documents");
  }
}
