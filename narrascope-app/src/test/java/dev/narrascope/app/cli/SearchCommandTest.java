package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.Keys;
import dev.narrascope.Pipeline;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code narrascope search} across scripts, spellings and inflections, on articles whose entities
 * come from the real entity stage (canonical Latin-script names).
 */
final class SearchCommandTest {
  private static final Pipeline ENTITIES = Pipeline.builder().given(Keys.LANGUAGE).add(new EntityStage()).build();

  @TempDir Path dir;
  String db;
  String out;

  private static Article article(String id, String lang, String outlet, String title, String text) {
    return new Article(id, id, null, title, outlet, LocalDate.parse("2024-03-01"), lang, 1, text, null, null);
  }

  @BeforeEach
  void store() {
    db = "sqlite:" + dir.resolve("t.db");
    List<Article> batch = ENTITIES.run(List.of(
        article("kyiv", "en", "Wire.example", "Sirens in Kyiv", "Air raid sirens sounded in Kyiv at dawn, the city administration said."),
        article("reznikov", "ru", "Vesti.example", "Министр обороны", "Министр обороны Украины Алексей Резников заявил о новых поставках."),
        article("talks", "en", "Wire.example", "Ceasefire", "The delegations negotiated a ceasefire overnight in Istanbul."),
        article("talks-ru", "ru", "Vesti.example", "Стамбул", "Делегации провели переговоры в Стамбуле.")), Findings.none());
    // The framing stage is not run here: the Russian article frames its minister by hand.
    batch = batch.stream().map(a -> !a.id().equals("reznikov") ? a : a.withAnalysis(a.analysis().withActors(
        List.of(new ActorFraming("Oleksii Reznikov", "Protagonist", 0.8, List.of(), List.of(), 1.0))))).toList();
    try (ArticleStore st = Stores.open(db)) {
      st.putAll(batch);
    }
  }

  private List<String> ids(String... args) throws Exception {
    List<String> full = new ArrayList<>(List.of("search"));
    full.addAll(List.of(args));
    full.addAll(List.of("--db", db, "--format", "json"));
    CliRun run = CliRun.run(full);
    assertThat(run.exit()).as(run.err()).isZero();
    out = run.out();
    List<String> ids = new ArrayList<>();
    for (JsonNode h : Json.MAPPER.readTree(out).get("hits")) ids.add(h.get("id").asText());
    return ids;
  }

  @Test
  void spellingVariant_findsTheCanonicalSpelling() throws Exception {
    assertThat(ids("Kiev")).containsExactly("kyiv");
    assertThat(out).contains("[Kyiv]");
  }

  @Test
  void latinName_findsACyrillicArticle_throughTheCanonicalActor() throws Exception {
    assertThat(ids("Reznikov")).containsExactly("reznikov");
    assertThat(ids("Резникова")).containsExactly("reznikov");
  }

  @Test
  void stems_matchInflectedForms_perLanguage() throws Exception {
    assertThat(ids("negotiations")).containsExactly("talks");
    assertThat(ids("переговорах")).containsExactly("talks-ru");
  }

  @Test
  void textFilters_ignoreCase() throws Exception {
    assertThat(ids("заявил", "--actor", "oleksii REZNIKOV")).containsExactly("reznikov");
    assertThat(ids("заявил", "--actor", "Reznikov")).isEmpty();
    assertThat(ids("ceasefire", "--outlet", "wire.EXAMPLE")).containsExactly("talks");
    assertThat(ids("ceasefire", "--outlet", "vesti.example")).isEmpty();
  }
}
