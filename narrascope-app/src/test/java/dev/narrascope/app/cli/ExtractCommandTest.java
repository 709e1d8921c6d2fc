package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  @Test
  void extract_folder_printsOneJsonObjectPerArticle(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "top of page\n\nDam repairs finished early\n\nPublished: 2024-03-12\n\n"
        + "Engineers finished the dam repairs a month early, the water board said.\n\nShare this:\n\n"
        + "Source: https://www.river-news.example/dam");
    Files.writeString(dir.resolve("b.html"), "<html><head><title>Ferry returns | Isle Post</title>"
        + "<meta property='og:site_name' content='Isle Post'></head><body><article>"
        + "<p>The winter ferry returned to service on Monday after a month in dry dock for repairs.</p></article></body></html>");
    Files.writeString(dir.resolve("empty.txt"), "Share this:\n");
    CliRun run = CliRun.run("extract", dir.toString());

    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode a = Json.MAPPER.readTree(lines.get(0));
    assertThat(a.get("path").asText()).endsWith("a.txt");
    assertThat(a.get("title").asText()).isEqualTo("Dam repairs finished early");
    assertThat(a.get("outlet").asText()).isEqualTo("river-news.example");
    assertThat(a.get("published").asText()).isEqualTo("2024-03-12");
    assertThat(a.get("language").asText()).isEqualTo("en");
    assertThat(a.get("text").asText()).isEqualTo("Engineers finished the dam repairs a month early, the water board said.");
    JsonNode b = Json.MAPPER.readTree(lines.get(1));
    assertThat(b.get("title").asText()).isEqualTo("Ferry returns");
    assertThat(b.get("outlet").asText()).isEqualTo("Isle Post");
    assertThat(b.get("published").isNull()).isTrue();
    assertThat(run.err()).contains("empty.txt", "no-text");
  }

  @Test
  void extract_outFile_writesThere(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Title\n\nA single sentence of body text.");
    Path target = dir.resolve("out.jsonl");
    assertThat(CliRun.run("extract", dir.resolve("a.txt").toString(), "--out", target.toString()).exit()).isZero();
    assertThat(Files.readAllLines(target)).singleElement().asString().contains("\"text\":\"A single sentence of body text.\"");
  }

  @Test
  void extract_detectsTheLanguage_likeAnalyze(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ru.txt"), "Министр заявил\n\nМинистр обороны заявил журналистам, что переговоры о поставках "
        + "оружия продолжатся на следующей неделе. По его словам, союзники готовы обсудить новые условия.");
    Files.writeString(dir.resolve("pt.txt"), "Ministro afirma\n\nO ministro afirmou que as negociações sobre a reforma da "
        + "previdência continuarão na próxima semana, segundo a coalizão do governo.");
    CliRun run = CliRun.run("extract", dir.toString());

    assertThat(run.exit()).isZero();
    List<JsonNode> lines = run.out().lines().map(l -> {
      try {
        return Json.MAPPER.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    assertThat(lines).extracting(n -> n.get("language").asText()).containsExactly("pt", "ru");
    assertThat(lines).allSatisfy(n -> assertThat(n.get("languageConfidence").asDouble()).isPositive());
  }

  @Test
  void extract_implausibleDates_areUnknown_withAWarning_andCountsAreWordedRight(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Old\",\"text\":\"A body without dates.\",\"published\":\"0001-01-01\"}\n");
    CliRun run = CliRun.run("extract", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(Json.MAPPER.readTree(run.out().strip()).get("published").isNull()).isTrue();
    assertThat(run.err()).contains("implausible-date", "1 article extracted, 1 problem").doesNotContain("1 articles", "1 problems");
  }
}
