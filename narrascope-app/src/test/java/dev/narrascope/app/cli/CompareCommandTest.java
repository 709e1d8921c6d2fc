package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.LabelScore;
import dev.narrascope.Pipelines;
import dev.narrascope.Story;
import dev.narrascope.app.StoryFixtures;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CompareCommandTest {
  @TempDir Path dir;
  String db;
  String out;
  String err;

  private static Article article(String id, String outlet, LocalDate date, String text, String role) {
    Analysis an = Analysis.EMPTY.withNarratives(List.of(new LabelScore("URW: Praise of Russia", 0.8)), List.of())
        .withActors(List.of(new ActorFraming("NATO", role, 0.8, List.of(), List.of(), 1.0)));
    return new Article(id, null, null, "Title " + id, outlet, date, "en", 1, text, null, an);
  }

  @BeforeEach
  void store() {
    db = "sqlite:" + dir.resolve("n.db");
    List<Article> raw = List.of(
        article("a1", "rt.com", LocalDate.of(2023, 1, 2),
            "“We are carrying out NATO’s mission,” Reznikov stated. Kiev is a NATO provocation.", "Antagonist"),
        article("b1", "bbc.co.uk", LocalDate.of(2023, 1, 3),
            "Defense Minister Oleksii Reznikov said Kyiv needs weapons after the invasion.", "Protagonist"));
    // Entities and quotes come from the real stages; the framings above stand in for the framing stage.
    List<Article> analysed = Pipelines.defaults().run(raw, Findings.none()).stream()
        .map(a -> a.withAnalysis(a.analysis().withActors(raw.stream().filter(r -> r.id().equals(a.id())).findFirst()
            .orElseThrow().analysis().actors())))
        .toList();
    try (ArticleStore st = Stores.open(db)) {
      st.putAll(analysed);
      StoryFixtures.put(st, new Story("s1", "Reznikov on NATO", List.of("a1", "b1"), List.of("rt.com", "bbc.co.uk"),
          List.of("en"), LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 3)));
    }
  }

  private int run(String... args) {
    CliRun run = CliRun.run(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  @Test
  void compare_table_showsOneColumnPerOutlet() {
    assertThat(run("compare", "s1", "--db", db)).isEqualTo(0);
    String table = out;
    assertThat(table).contains("Story s1: Reznikov on NATO", "rt.com", "bbc.co.uk", "NATO: Antagonist", "NATO: Protagonist",
        "Oleksii Reznikov: “We are carrying out NATO’s mission”", "distinctive words");
    assertThat(table.lines().filter(l -> l.contains("rt.com") && l.contains("bbc.co.uk"))).hasSize(1);
  }

  @Test
  void compare_json_carriesEveryOutlet() throws Exception {
    assertThat(run("compare", "s1", "--db", db, "--format", "json")).isEqualTo(0);
    JsonNode doc = Json.MAPPER.readTree(out);
    assertThat(doc.get("story").get("id").asText()).isEqualTo("s1");
    assertThat(doc.get("sharedActors").get(0).asText()).isEqualTo("NATO");
    assertThat(doc.get("outlets")).hasSize(2);
    JsonNode rt = doc.get("outlets").get(1);
    assertThat(rt.get("outlet").asText()).isEqualTo("rt.com");
    assertThat(rt.get("quotes").get(0).get("speaker").asText()).isEqualTo("Oleksii Reznikov");
    assertThat(rt.get("distinctiveWords")).isNotEmpty();
  }

  @Test
  void compare_csv_rowPerItem() {
    assertThat(run("compare", "s1", "--db", db, "--format", "csv")).isEqualTo(0);
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("outlet,section,item,detail,value");
    assertThat(lines).contains("\"rt.com\",actor,\"NATO\",,\"Antagonist\"")
        .anyMatch(l -> l.startsWith("\"bbc.co.uk\",word,"));
  }

  @Test
  void compare_unknownStory_failsWithMessage() {
    assertThat(run("compare", "nope", "--db", db)).isEqualTo(2);
    assertThat(err).contains("unknown story id: nope");
  }
}
