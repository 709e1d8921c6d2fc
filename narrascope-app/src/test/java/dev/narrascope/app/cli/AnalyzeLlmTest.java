package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.llm.FakeLlmServer;
import dev.narrascope.llm.FakeLlmServer.Reply;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --llm} end to end against an in-process fake OpenAI-compatible server: the article it
 * answers for is stored with its labels, the one it spoils falls back to the bundled models, and a
 * second run asks only about what was not answered before (the cache).
 */
final class AnalyzeLlmTest {
  static final String WEST = "URW: Blaming the war on others rather than the invader";
  static final String WEST_SUB = WEST + ": The West are the aggressors";

  @TempDir Path dir;
  FakeLlmServer server;
  Path war;
  Path climate;

  /** Answers with WEST for every article, framing its first listed actor as an Instigator; spoils articles saying SPOILED. */
  static final Function<FakeLlmServer.Request, Reply> RESPONDER = r -> {
    if (r.user().contains("SPOILED")) return Reply.completion("{\"narratives\": [\"" + WEST + "\", ");
    String actor = r.user().lines().filter(l -> l.startsWith("Actors: ")).map(l -> l.substring(8).split("; ")[0]).findFirst().orElse("");
    return Reply.completion("""
        {"narratives": ["%s"], "subNarratives": ["%s", "URW: Made-up narrative"], "dominantNarrative": "%s",
         "explanation": "Fake: the article blames NATO.", "evidence": ["NATO provoked the war in Ukraine, officials in Moscow said on Monday."],
         "actors": [{"name": "%s", "mainRole": "Antagonist", "fineRoles": ["Instigator"]}]}
        """.formatted(WEST, WEST_SUB, WEST, actor));
  };

  @BeforeEach
  void setUp() throws Exception {
    server = FakeLlmServer.start(RESPONDER);
    war = Files.writeString(dir.resolve("war.txt"), "NATO provoked the war\n\n"
        + "NATO provoked the war in Ukraine, officials in Moscow said on Monday. Jens Stoltenberg denied that NATO had any part in it.");
    climate = Files.writeString(dir.resolve("climate.txt"), "Climate summit ends\n\n"
        + "SPOILED The climate summit in Lisbon ended on Friday. Greta Thunberg said the agreement was far too weak for the planet.");
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private String[] analyze(String db, boolean llm, Path... inputs) {
    List<String> args = new java.util.ArrayList<>(List.of("analyze", "--quiet", "--format", "none", "--db", "sqlite:" + dir.resolve(db)));
    if (llm) args.addAll(List.of("--llm", server.url(), "--llm-model", "fake", "--llm-cache", dir.resolve("cache").toString()));
    for (Path p : inputs) args.add(p.toString());
    return args.toArray(String[]::new);
  }

  private Map<String, Article> stored(String db) {
    try (ArticleStore st = Stores.open("sqlite:" + dir.resolve(db))) {
      return st.find(ArticleQuery.all()).stream().collect(Collectors.toMap(a -> Path.of(a.origin()).getFileName().toString(), a -> a));
    }
  }

  @Test
  void analyzeWithLlm_storesItsLabels_fallsBackWhereItFails_andReusesAnswers() {
    CliRun labelling = CliRun.run(analyze("llm.db", true, war, climate));
    assertThat(labelling.exit()).isZero();

    Article labelled = stored("llm.db").get("war.txt");
    assertThat(labelled.analysis().narratives()).containsExactly(new LabelScore(WEST, 1.0));
    assertThat(labelled.analysis().subNarratives()).containsExactly(new LabelScore(WEST_SUB, 1.0));
    assertThat(labelled.analysis().explanation().text()).isEqualTo("Fake: the article blames NATO.");
    assertThat(labelled.analysis().explanation().evidence()).hasSize(1);
    ActorFraming first = labelled.analysis().actors().stream().filter(a -> a.mainConfidence() == 1.0).findFirst().orElseThrow();
    assertThat(first.mainRole()).isEqualTo("Antagonist");
    assertThat(first.fineRoles()).containsExactly("Instigator");

    // The spoiled article holds exactly what the bundled models give it.
    assertThat(CliRun.run(analyze("bundled.db", false, climate)).exit()).isZero();
    Article fellBack = stored("llm.db").get("climate.txt");
    Article bundled = stored("bundled.db").get("climate.txt");
    assertThat(fellBack.analysis().narratives()).isEqualTo(bundled.analysis().narratives());
    assertThat(fellBack.analysis().explanation()).isEqualTo(bundled.analysis().explanation());
    assertThat(fellBack.analysis().actors()).isEqualTo(bundled.analysis().actors());

    String log = labelling.err();
    assertThat(log).contains("climate.txt: LLM fake failed (malformed JSON", "[llm/llm-fallback]")
        .contains("dropped 'URW: Made-up narrative'", "[llm/unknown-label]")
        .contains("LLM fake: 2 articles, 0 from the cache, 1 fell back to the bundled models; tokens: 200 prompt + 40 completion");
    assertThat(server.requests()).hasSize(2);

    // A new store, the same cache: only the article without an answer is asked again.
    CliRun again = CliRun.run(analyze("again.db", true, war, climate));
    assertThat(again.exit()).isZero();
    assertThat(server.requests()).hasSize(3);
    assertThat(again.err()).contains("LLM fake: 2 articles, 1 from the cache, 1 fell back");
    assertThat(stored("again.db").get("war.txt").analysis().narratives()).containsExactly(new LabelScore(WEST, 1.0));
  }

  @Test
  void watchWithLlm_labelsTheNewFilesOfAFolder() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.copy(war, inbox.resolve("war.txt"));
    CliRun watch = CliRun.run("watch", "--once", inbox.toString(), "--state", dir.resolve("watch.json").toString(),
        "--db", "sqlite:" + dir.resolve("watch.db"), "--llm", server.url(), "--llm-model", "fake",
        "--llm-cache", dir.resolve("cache").toString());
    assertThat(watch.exit()).as(watch.err()).isZero();
    assertThat(stored("watch.db").get("war.txt").analysis().narratives()).containsExactly(new LabelScore(WEST, 1.0));
    assertThat(watch.err()).contains("labelling with the LLM fake at " + server.url(), "LLM fake: 1 article, 0 from the cache");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void llmModelWithoutLlm_isAUsageError() {
    CliRun noUrl = CliRun.run("analyze", "--quiet", "--db", "sqlite:" + dir.resolve("x.db"), "--llm-model", "fake", war.toString());
    assertThat(noUrl.exit()).isEqualTo(2);
    assertThat(noUrl.err()).contains("--llm-model needs --llm URL");
    CliRun noModel = CliRun.run("analyze", "--quiet", "--db", "sqlite:" + dir.resolve("x.db"), "--llm", server.url(), war.toString());
    assertThat(noModel.exit()).isEqualTo(2);
    assertThat(noModel.err()).contains("--llm needs --llm-model NAME");
    assertThat(server.requests()).isEmpty();
  }
}
