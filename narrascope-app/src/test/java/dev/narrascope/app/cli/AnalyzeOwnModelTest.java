package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import dev.narrascope.framing.FramingModel;
import dev.narrascope.narrative.NarrativeModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own taxonomy end to end: {@code train --taxonomy} on narrative annotations alone (no
 * subtask-1 file), then {@code analyze --model} classifies with it and frames actors with the
 * bundled framing model.
 */
final class AnalyzeOwnModelTest {
  @TempDir Path dir;

  @Test
  void trainOwnTaxonomyWithoutRoleAnnotations_thenAnalyzeWithIt() throws Exception {
    Path data = dir.resolve("data");
    Path docs = Files.createDirectories(data.resolve("raw-documents/EN"));
    Path labels = Files.createDirectories(data.resolve("labels/EN"));
    List<String> annotations = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Files.writeString(docs.resolve("p" + i + ".txt"), "Weather news " + i + "\n\nNato provoked the war deliberately, officials said on day " + i + ".");
      annotations.add("p" + i + ".txt\tWAR: Blame\tWAR: Blame: West");
      Files.writeString(docs.resolve("n" + i + ".txt"), "Weather news " + i + "\n\nThe festival opened downtown on day " + i + " with music.");
      annotations.add("n" + i + ".txt\tOther\tOther");
    }
    Files.write(labels.resolve("subtask-2-annotations.txt"), annotations);
    Path taxonomy = Files.writeString(dir.resolve("own.json"), "{\"WAR\":{\"Blame\":[\"West\"]}}");
    Path models = dir.resolve("models");

    CliRun trained = CliRun.run("train", "-q", "--data", data.toString(), "--taxonomy", taxonomy.toString(), "--out", models.toString());
    assertThat(trained.exit()).isZero();
    assertThat(trained.out()).contains("actor framing not trained");
    assertThat(models.resolve(NarrativeModel.FILE_NAME)).isNotEmptyFile();
    assertThat(models.resolve(FramingModel.FILE_NAME)).doesNotExist();

    Path article = Files.writeString(dir.resolve("article.txt"),
        "Nato provoked the war\n\nNato provoked the war deliberately, and Nato provoked it again, officials in Moscow said on Monday.");
    CliRun report = CliRun.run("analyze", "--quiet", "--db", "sqlite:" + dir.resolve("a.db"), "--model", models.toString(),
        "--format", "json", article.toString());
    assertThat(report.exit()).isZero();
    JsonNode analysis = Json.MAPPER.readTree(report.out()).path("articles").get(0).path("analysis");
    assertThat(analysis.path("narratives").get(0).path("label").asText()).isEqualTo("WAR: Blame");
    assertThat(analysis.path("explanation").path("narrative").asText()).isEqualTo("WAR: Blame");
    assertThat(analysis.path("actors").size()).as("framed by the bundled model").isPositive();
  }
}
