package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import dev.narrascope.framing.FramingModel;
import dev.narrascope.narrative.LabeledDocument;
import dev.narrascope.narrative.NarrativeTrainer;
import dev.narrascope.narrative.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --model DIR} classifies with a model the user trained, on their own taxonomy. */
final class AnalyzeOwnModelTest {
  @TempDir Path dir;

  @Test
  void analyze_ownModelFolder_reportsTheOwnTaxonomysNarratives() throws Exception {
    Path models = Files.createDirectories(dir.resolve("models"));
    Taxonomy own = Taxonomy.read(new ByteArrayInputStream("{\"WAR\":{\"Blame\":[\"West\"]}}".getBytes(StandardCharsets.UTF_8)));
    List<LabeledDocument> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      docs.add(new LabeledDocument("p" + i, "en", "Weather news " + i + ". Nato provoked the war deliberately.",
          Set.of("WAR: Blame"), Set.of("WAR: Blame: West"), null));
      docs.add(new LabeledDocument("n" + i, "en", "Weather news " + i + ". The festival opened downtown.",
          Set.of("Other"), Set.of("Other"), null));
    }
    new NarrativeTrainer(own, new NarrativeTrainer.Options(4, 3, 1, 1, 1000, 0, 0, false, 1.0)).train(docs, l -> {}).save(models);
    try (InputStream bundled = FramingModel.class.getResourceAsStream(FramingModel.RESOURCE)) {
      Files.copy(bundled, models.resolve(FramingModel.FILE_NAME));
    }
    Path article = Files.writeString(dir.resolve("article.txt"),
        "Nato provoked the war\n\nNato provoked the war deliberately, and Nato provoked it again, officials in Moscow said on Monday.");

    StringWriter out = new StringWriter();
    var cl = NarrascopeCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("analyze", "--quiet", "--db", "sqlite:" + dir.resolve("a.db"), "--model", models.toString(),
        "--format", "json", article.toString())).isZero();

    JsonNode analysis = Json.MAPPER.readTree(out.toString()).path("articles").get(0).path("analysis");
    assertThat(analysis.path("narratives").get(0).path("label").asText()).isEqualTo("WAR: Blame");
    assertThat(analysis.path("explanation").path("narrative").asText()).isEqualTo("WAR: Blame");
  }
}
