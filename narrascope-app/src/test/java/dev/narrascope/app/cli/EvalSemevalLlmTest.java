package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.llm.FakeLlmServer;
import dev.narrascope.llm.FakeLlmServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval semeval --llm} on a small invented data set in the task's layout: the fake server's
 * labels are scored with the task's metrics, and the fold's model stands in for the document it spoils.
 */
final class EvalSemevalLlmTest {
  @TempDir Path dir;

  @Test
  void evalSemevalWithLlm_scoresTheModelsLabels_andCountsFallbacks() throws Exception {
    Path data = dir.resolve("data");
    Path docs = Files.createDirectories(data.resolve("raw-documents/EN"));
    Path labels = Files.createDirectories(data.resolve("labels/EN"));
    List<String> annotations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Files.writeString(docs.resolve("p" + i + ".txt"), "War news " + i + "\n\nNato provoked the war deliberately, officials said on day " + i + ".");
      annotations.add("p" + i + ".txt\tWAR: Blame\tWAR: Blame: West");
      Files.writeString(docs.resolve("n" + i + ".txt"), "Town news " + i + "\n\nThe festival opened downtown on day " + i + " with music.");
      annotations.add("n" + i + ".txt\tOther\tOther");
    }
    Files.write(labels.resolve("subtask-2-annotations.txt"), annotations);
    Path taxonomy = Files.writeString(dir.resolve("own.json"), "{\"WAR\":{\"Blame\":[\"West\"]}}");

    try (FakeLlmServer server = FakeLlmServer.start(r -> {
      if (r.user().contains("day 3 with music")) return Reply.status(400);
      boolean war = r.user().contains("Nato");
      return Reply.completion(war
          ? "{\"narratives\": [\"WAR: Blame\"], \"subNarratives\": [\"WAR: Blame: West\"], \"explanation\": \"Blames the West.\"}"
          : "{\"narratives\": [\"Other\"], \"subNarratives\": [\"Other\"]}");
    })) {
      CliRun run = CliRun.run("eval", "semeval", "--data", data.toString(), "--taxonomy", taxonomy.toString(), "--folds", "2",
          "--skip-roles", "-q", "--llm", server.url(), "--llm-model", "fake", "--llm-cache", dir.resolve("cache").toString());
      assertThat(run.exit()).isZero();

      assertThat(server.requests()).hasSize(20);
      assertThat(run.out()).contains("labels and explanations from the LLM fake for 19 of 20 documents, the fold's model for the rest");
      String en = run.out().lines().filter(l -> l.startsWith("EN ")).findFirst().orElseThrow();
      assertThat(Double.parseDouble(en.trim().split("\\s+")[2])).isGreaterThanOrEqualTo(0.95);
      assertThat(run.err()).contains("LLM fake: 20 articles, 0 from the cache, 1 fell back to the bundled models; tokens: 1900 prompt + 380 completion");
    }
  }
}
