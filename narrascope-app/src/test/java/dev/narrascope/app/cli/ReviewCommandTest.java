package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.LabelScore;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code narrascope review} over a real SQLite store: least sure first, in every format. */
final class ReviewCommandTest {
  @TempDir Path dir;
  String db;
  String err;

  @BeforeEach
  void store() {
    db = "sqlite:" + dir.resolve("r.db");
    try (ArticleStore st = Stores.open(db)) {
      st.putAll(List.of(article("sure", 0.99), article("unsure", 0.55), article("fair", 0.75)));
    }
  }

  static Article article(String id, double p) {
    Analysis an = Analysis.EMPTY.withNarratives(List.of(new LabelScore("CC: Criticism of climate policies", p)), List.of());
    return new Article(id, id, null, "About " + id, "Wire.example", LocalDate.of(2024, 5, 2), "en", 1, "Text.", null, an);
  }

  String run(String... args) {
    List<String> full = new ArrayList<>(List.of("review", "--db", db));
    full.addAll(List.of(args));
    CliRun run = CliRun.run(full);
    assertThat(run.exit()).as(run.err()).isZero();
    err = run.err();
    return run.out();
  }

  @Test
  void json_leastSureFirst_withTotalAndReason() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(run("--format", "json", "--limit", "2"));
    assertThat(doc.get("total").asLong()).isEqualTo(3);
    List<String> ids = new ArrayList<>();
    doc.get("items").forEach(i -> ids.add(i.get("id").asText()));
    assertThat(ids).containsExactly("unsure", "fair");
    assertThat(doc.at("/items/0/uncertainty").asDouble()).isEqualTo(0.45);
    assertThat(doc.at("/items/0/reason").asText()).isEqualTo("narrative \"CC: Criticism of climate policies\" (55%)");
  }

  @Test
  void table_and_csv_listTheSameOrder() {
    String table = run();
    assertThat(table.indexOf("unsure")).isLessThan(table.indexOf("fair")).isLessThan(table.indexOf("sure  "));
    assertThat(table).contains("1–3 of 3 articles to review");
    String csv = run("--format", "csv", "--offset", "1");
    assertThat(csv.lines().toList()).hasSize(3);
    assertThat(csv.lines().toList().get(0)).isEqualTo("uncertainty,id,published,outlet,title,reason");
    assertThat(csv.lines().toList().get(1)).contains("\"fair\"");
  }

  @Test
  void emptyQueue_saysWhy() {
    assertThat(run("--outlet", "nobody.example")).startsWith("no matches: nothing to review among these filters' articles");
  }
}
