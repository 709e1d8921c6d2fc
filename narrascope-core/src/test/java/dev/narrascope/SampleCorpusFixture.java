package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled sample corpus ({@code samples/corpus}) run once through the full default pipeline,
 * with its manifest ({@code samples/corpus-manifest.json}) for tests that pin behaviour on it.
 */
final class SampleCorpusFixture {
  static final Path SAMPLES = Path.of("../samples");
  private static SampleCorpusFixture instance;

  final JsonNode manifest;
  final Findings findings = Findings.tracking(1000);
  final List<Article> analysed;
  private final Map<String, Article> byTitle = new HashMap<>();

  private SampleCorpusFixture() {
    manifest = readManifest();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : ArticleExtractor.defaults().extractAll(Ingestor.defaults(), List.of(SAMPLES.resolve("corpus")), findings)) {
      byId.putIfAbsent(a.id(), a);
    }
    analysed = Pipelines.defaults().run(new ArrayList<>(byId.values()), findings);
    for (Article a : analysed) byTitle.put(a.title(), a);
  }

  /** The analysed corpus, computed once per test JVM. */
  static synchronized SampleCorpusFixture get() {
    if (instance == null) instance = new SampleCorpusFixture();
    return instance;
  }

  static JsonNode readManifest() {
    try {
      return Json.MAPPER.readTree(Files.readString(SAMPLES.resolve("corpus-manifest.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest's article entries, for {@code @MethodSource}. */
  static List<JsonNode> entries() {
    List<JsonNode> out = new ArrayList<>();
    readManifest().get("articles").forEach(out::add);
    return out;
  }

  /** The analysed article of a manifest entry, matched by its exact title. */
  Article article(JsonNode entry) {
    Article a = byTitle.get(entry.get("title").asText());
    assertThat(a).as("article titled '%s' (%s)", entry.get("title").asText(), entry.get("file").asText()).isNotNull();
    return a;
  }

  /** The manifest entry of a file name. */
  JsonNode entry(String file) {
    for (JsonNode e : manifest.get("articles")) if (e.get("file").asText().equals(file)) return e;
    throw new IllegalArgumentException("not in the manifest: " + file);
  }

  static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
