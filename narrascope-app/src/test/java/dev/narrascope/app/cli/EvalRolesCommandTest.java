package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvalRolesCommandTest {
  @TempDir Path dir;

  @Test
  void evalRoles_taskLayout_printsPerLanguageTable() throws Exception {
    for (String lang : new String[] {"EN", "PT"}) {
      Path docs = Files.createDirectories(dir.resolve("raw-documents").resolve(lang));
      Path labels = Files.createDirectories(dir.resolve("labels").resolve(lang));
      StringBuilder ann = new StringBuilder();
      for (int d = 0; d < 12; d++) {
        String villain = d % 2 == 0 ? "Vorn" : "Kessa";
        String text = "Item " + d + "\r\n" + villain + " lied about the vote.\r\nThe farmers suffered badly.\r\n";
        String id = lang + "_" + d + ".txt";
        Files.write(docs.resolve(id), text.getBytes(StandardCharsets.UTF_8));
        ann.append(line(id, text, villain, "Antagonist\tDeceiver"));
        ann.append(line(id, text, "farmers", "Innocent\tVictim"));
      }
      Files.writeString(labels.resolve("subtask-1-annotations.txt"), ann);
    }
    CliRun run = CliRun.run("eval", "roles", "--data", dir.toString(), "--folds", "3", "--seed", "5", "--lang", "EN", "PT");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("EMR").contains("\nen ").contains("\npt ").contains("\nall ")
        .contains("3-fold cross-validation by document, seed 5");
  }

  private static String line(String id, String text, String entity, String roles) {
    int start = text.indexOf(entity);
    return id + "\t" + entity + "\t" + start + "\t" + (start + entity.length() - 1) + "\t" + roles + "\n";
  }
}
