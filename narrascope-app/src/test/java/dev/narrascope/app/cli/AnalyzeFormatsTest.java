package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every report format carries what the analysis says of an article: the dominant narrative, the
 * explanation and the sentences it rests on (text and offsets), the actors with their roles and the
 * quotes with their speakers.
 */
final class AnalyzeFormatsTest {
  private static final String ARTICLE = "../samples/corpus/08-eu-boilers-bg.txt";

  @TempDir Path dir;

  private String analyze(String format) {
    CliRun run = CliRun.run("analyze", "--quiet", "--db", "sqlite:" + dir.resolve(format + ".db"), "--format", format, ARTICLE);
    assertThat(run.exit()).isZero();
    return run.out();
  }

  @Test
  void json_evidenceOffsetsPointAtTheSentencesQuoted() throws Exception {
    JsonNode article = Json.MAPPER.readTree(analyze("json")).path("articles").get(0);
    String text = article.path("text").asText();
    JsonNode evidence = article.path("analysis").path("explanation").path("evidence");
    assertThat(evidence.size()).isPositive();
    for (JsonNode e : evidence) {
      assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt())).isEqualTo(e.path("text").asText());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "markdown", "html", "table"})
  void tabularFormats_carryNarrativeExplanationEvidenceAndActors(String format) throws Exception {
    JsonNode article = Json.MAPPER.readTree(analyze("json")).path("articles").get(0);
    JsonNode explanation = article.path("analysis").path("explanation");
    JsonNode firstEvidence = explanation.path("evidence").get(0);
    JsonNode actor = article.path("analysis").path("actors").get(0);
    String report = unescape(format, analyze(format));
    assertThat(report).contains("evidence", explanation.path("narrative").asText(),
        firstEvidence.path("start").asInt() + "-" + firstEvidence.path("end").asInt(), actor.path("mainRole").asText());
    assertThat(report).contains(explanation.path("text").asText().substring(0, 20));
    // Framed actors come first, each with the confidence of its role.
    assertThat(actor.path("mainRole").isTextual()).isTrue();
    assertThat(report).contains(actor.path("actor").asText() + ": " + actor.path("mainRole").asText()
        + String.format(java.util.Locale.ROOT, " (%.2f)", actor.path("mainConfidence").asDouble()));
    // The evidence sentences' text beside their offsets, as JSON has it.
    for (JsonNode e : explanation.path("evidence")) assertThat(report).contains(e.path("text").asText());
    // Quotes with their speakers, as JSON has them.
    JsonNode quotes = article.path("analysis").path("quotes");
    assertThat(quotes.size()).isPositive();
    assertThat(report).contains("quotes");
    for (JsonNode q : quotes) assertThat(report).contains(q.path("speaker").asText() + ": \"" + q.path("text").asText() + "\"");
  }

  /** The report as a reader sees it: CSV quotes doubled, HTML entities and Markdown escapes undone. */
  private static String unescape(String format, String report) {
    return switch (format) {
      case "csv" -> report.replace("\"\"", "\"");
      case "html" -> report.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      case "markdown" -> report.replaceAll("\\\\([\\\\`*_\\[\\]<>#|])", "$1");
      default -> report;
    };
  }
}
