package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvalActorsCommandTest {
  @TempDir Path dir;

  @Test
  void evalActors_taskLayout_printsCrossValidationAndHeldOutTables() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("raw-documents/EN"));
    Path labels = Files.createDirectories(dir.resolve("labels/EN"));
    StringBuilder ann = new StringBuilder();
    for (int d = 0; d < 40; d++) {
      String villain = d % 2 == 0 ? "Vorn Maddox" : "Kessa Tiller";
      String text = "Item " + d + "\r\n" + villain + " lied about the vote in Berlin.\r\n" + villain
          + " spread false claims. Reporters met Anna Lind.\r\n";
      String id = "EN_" + d + ".txt";
      Files.write(docs.resolve(id), text.getBytes(StandardCharsets.UTF_8));
      int start = text.indexOf(villain);
      ann.append(id).append('\t').append(villain).append('\t').append(start).append('\t')
          .append(start + villain.length() - 1).append("\tAntagonist\tDeceiver\n");
    }
    Files.writeString(labels.resolve("subtask-1-annotations.txt"), ann);
    CliRun run = CliRun.run("eval", "actors", "--data", dir.toString(), "--folds", "3", "--seed", "5");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("kept", "P before", "\nen ", "\nall ",
        "3-fold cross-validation by article of the training part, seed 5", "scored on the held-out fifth",
        "P at kept 0.70, threshold chosen on these out-of-fold probabilities (ranking only, optimistic): en ");
  }
}
