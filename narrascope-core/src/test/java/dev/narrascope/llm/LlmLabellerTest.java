package dev.narrascope.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.LabelScore;
import dev.narrascope.llm.FakeLlmServer.Reply;
import dev.narrascope.narrative.Taxonomy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LlmLabellerTest {
  static final String WEST = "URW: Blaming the war on others rather than the invader";
  static final String WEST_SUB = WEST + ": The West are the aggressors";
  static final String GOOD = """
      {"narratives": ["%s"], "subNarratives": ["%s"], "dominantNarrative": "%s", "dominantSubNarrative": "%s",
       "explanation": "The article blames NATO for the war.", "evidence": ["NATO provoked the war."], "actors": []}
      """.formatted(WEST, WEST_SUB, WEST, WEST_SUB);

  @TempDir Path cache;
  FakeLlmServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  static Article article(String id, String text) {
    return new Article(id, id + ".txt", null, "A title", null, null, "en", 1, text, null, null);
  }

  LlmLabeller labeller(Function<FakeLlmServer.Request, Reply> responder, LlmSettings... tweaked) {
    server = FakeLlmServer.start(responder);
    LlmSettings s = LlmSettings.of(server.url(), "fake").withRetries(2, Duration.ofMillis(1))
        .withTimeout(Duration.ofMillis(300)).withCache(cache);
    return new LlmLabeller(s, Taxonomy.defaults(), Definitions.none());
  }

  static List<String> codes(Findings f) {
    return f.list().stream().map(Finding::code).toList();
  }

  /* --------------- A good answer --------------- */

  @Test
  void label_goodAnswer_returnsValidatedLabelsAndCountsTokens() {
    LlmLabeller llm = labeller(r -> Reply.completion(GOOD));
    Findings findings = Findings.tracking(10);
    Optional<LlmLabels> labels = llm.label(article("a", "Officials spoke. NATO provoked the war."), findings);

    assertThat(labels).isPresent();
    assertThat(labels.get().prediction().narrativeLabels()).containsExactly(WEST);
    assertThat(labels.get().prediction().subNarrativeLabels()).containsExactly(WEST_SUB);
    assertThat(labels.get().explanation().text()).isEqualTo("The article blames NATO for the war.");
    assertThat(labels.get().explanation().evidence().get(0).start()).isEqualTo(17);
    assertThat(findings.count()).isZero();
    assertThat(llm.usage()).isEqualTo(new LlmUsage(1, 0, 0, 100, 20));
    FakeLlmServer.Request request = server.requests().get(0);
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.body().path("model").asText()).isEqualTo("fake");
    assertThat(request.system()).contains(WEST_SUB, "Foreign Adversary");
    assertThat(request.user()).contains("A title", "NATO provoked the war.");
    assertThat(request.authorization()).isNull();
  }

  @Test
  void label_apiKey_sentAsBearerToken() {
    server = FakeLlmServer.start(r -> Reply.completion(GOOD));
    LlmLabeller llm = new LlmLabeller(LlmSettings.of(server.url() + "/", "fake").withApiKey("sk-test"), Taxonomy.defaults(), Definitions.none());
    assertThat(llm.label(article("a", "Text."), Findings.none())).isPresent();
    assertThat(server.requests().get(0).authorization()).isEqualTo("Bearer sk-test");
    assertThat(server.requests().get(0).path()).isEqualTo("/v1/chat/completions");
  }

  /* --------------- Failures fall back --------------- */

  @Test
  void label_malformedJsonContent_fallsBackWithFinding() {
    LlmLabeller llm = labeller(r -> Reply.completion("{\"narratives\": [\"" + WEST + "\""));
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isEmpty();
    assertThat(codes(findings)).containsExactly("llm-fallback");
    assertThat(findings.list().get(0).message()).contains("malformed JSON");
    assertThat(findings.list().get(0).input()).isEqualTo("a.txt");
    assertThat(server.requests()).hasSize(1); // a bad answer is not asked again: temperature 0 would repeat it
    assertThat(llm.usage().fellBack()).isEqualTo(1);
  }

  @Test
  void label_responseNotChatCompletion_fallsBack() {
    LlmLabeller llm = labeller(r -> Reply.raw("<html>proxy error</html>"));
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isEmpty();
    assertThat(findings.list().get(0).message()).contains("not a chat-completions response");
  }

  @Test
  void label_hungServer_timesOutEachAttemptAndFallsBack() {
    LlmLabeller llm = labeller(r -> Reply.hang());
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isEmpty();
    assertThat(findings.list().get(0).message()).contains("no answer within", "3 attempts");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void label_tooManyRequestsThenSuccess_retries() {
    AtomicInteger calls = new AtomicInteger();
    LlmLabeller llm = labeller(r -> calls.incrementAndGet() <= 2 ? Reply.status(429) : Reply.completion(GOOD));
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isPresent();
    assertThat(server.requests()).hasSize(3);
    assertThat(findings.count()).isZero();
  }

  @Test
  void label_serverErrorEveryTime_givesUpAfterRetries() {
    LlmLabeller llm = labeller(r -> Reply.status(503));
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isEmpty();
    assertThat(findings.list().get(0).message()).contains("HTTP 503", "3 attempts");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void label_clientError_notRetried() {
    LlmLabeller llm = labeller(r -> Reply.status(404));
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isEmpty();
    assertThat(findings.list().get(0).message()).contains("HTTP 404");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void label_nothingListening_failsAtOnce() {
    server = FakeLlmServer.start(r -> Reply.completion(GOOD));
    String url = server.url();
    server.close();
    // A back-off of an hour: a retry would hang the test.
    LlmLabeller llm = new LlmLabeller(LlmSettings.of(url, "fake").withRetries(3, Duration.ofHours(1)), Taxonomy.defaults(), Definitions.none());
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isEmpty();
    assertThat(findings.list().get(0).message()).contains("cannot connect to " + url + "/chat/completions");
  }

  @Test
  void backoff_doublesFromTheBase() {
    ChatClient client = new ChatClient(LlmSettings.of("http://127.0.0.1:1/v1", "m").withRetries(3, Duration.ofSeconds(2)));
    assertThat(List.of(client.backoff(1), client.backoff(2), client.backoff(3)))
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  /* --------------- Labels outside the taxonomy --------------- */

  @Test
  void label_unknownLabels_droppedWithFindings() {
    LlmLabeller llm = labeller(r -> Reply.completion("""
        {"narratives": ["%s", "URW: Aliens started the war"], "subNarratives": ["%s", "Made up: sub"]}
        """.formatted(WEST, WEST_SUB)));
    Findings findings = Findings.tracking(10);
    Optional<LlmLabels> labels = llm.label(article("a", "Text."), findings);
    assertThat(labels.get().prediction().narratives()).containsExactly(new LabelScore(WEST, 1.0));
    assertThat(codes(findings)).containsExactly("unknown-label", "unknown-label");
    assertThat(findings.list().get(0).message()).contains("URW: Aliens started the war");
  }

  @Test
  void label_onlyUnknownLabels_fallsBack() {
    LlmLabeller llm = labeller(r -> Reply.completion("{\"narratives\": [\"Aliens\"], \"subNarratives\": []}"));
    Findings findings = Findings.tracking(10);
    assertThat(llm.label(article("a", "Text."), findings)).isEmpty();
    assertThat(codes(findings)).containsExactly("unknown-label", "llm-fallback");
  }

  /* --------------- Cache and concurrency --------------- */

  @Test
  void label_secondRun_answeredFromCacheWithoutRequest() {
    labeller(r -> Reply.completion(GOOD)).label(article("a", "Text."), Findings.none());
    LlmSettings same = LlmSettings.of(server.url(), "fake").withCache(cache);
    LlmLabeller again = new LlmLabeller(same, Taxonomy.defaults(), Definitions.none());

    Optional<LlmLabels> labels = again.label(article("a", "Text."), Findings.none());

    assertThat(labels.get().prediction().narrativeLabels()).containsExactly(WEST);
    assertThat(server.requests()).hasSize(1);
    assertThat(again.usage()).isEqualTo(new LlmUsage(1, 1, 0, 0, 0));
    // Another model, or another text, is asked.
    new LlmLabeller(LlmSettings.of(server.url(), "other").withCache(cache), Taxonomy.defaults(), Definitions.none())
        .label(article("a", "Text."), Findings.none());
    again.label(article("a", "Other text."), Findings.none());
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void label_failedAnswer_notCached() {
    AtomicInteger calls = new AtomicInteger();
    LlmLabeller llm = labeller(r -> calls.incrementAndGet() == 1 ? Reply.completion("not json") : Reply.completion(GOOD));
    assertThat(llm.label(article("a", "Text."), Findings.none())).isEmpty();
    assertThat(llm.label(article("a", "Text."), Findings.none())).isPresent();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void labelAll_boundsRequestsInFlight() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Object lock = new Object();
    long[] deadline = {0};
    server = FakeLlmServer.start(r -> {
      synchronized (lock) {
        if (deadline[0] == 0) deadline[0] = System.nanoTime() + 500_000_000L;
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        lock.notifyAll();
        // Hold requests until a third is in flight or a moment has passed: without the bound a third shows up.
        while (most.get() < 3 && System.nanoTime() < deadline[0]) {
          try {
            lock.wait(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
        inFlight.decrementAndGet();
      }
      return Reply.completion(GOOD);
    });
    LlmLabeller llm = new LlmLabeller(LlmSettings.of(server.url(), "fake").withConcurrency(2), Taxonomy.defaults(), Definitions.none());
    List<Article> batch = List.of(article("a", "A."), article("b", "B."), article("c", "C."), article("d", "D."), article("e", "E."));

    List<Optional<LlmLabels>> labels = llm.labelAll(batch, Findings.none());

    assertThat(labels).hasSize(5).allMatch(Optional::isPresent);
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void labelAll_keepsInputOrderAndFallsBackPerArticle() {
    LlmLabeller llm = labeller(r -> r.user().contains("fail me") ? Reply.status(500) : Reply.completion(GOOD));
    Findings findings = Findings.tracking(10);
    List<Optional<LlmLabels>> labels = llm.labelAll(List.of(article("a", "Fine."), article("b", "Please fail me."), article("c", "Fine too.")), findings);
    assertThat(labels).extracting(Optional::isPresent).containsExactly(true, false, true);
    assertThat(findings.list()).extracting(Finding::input).containsExactly("b.txt");
    assertThat(llm.usage().fellBack()).isEqualTo(1);
    assertThat(llm.usage().articles()).isEqualTo(3);
  }

  @Test
  void progress_isReportedEveryTenArticlesDone_withTheCountsSoFar() {
    List<LlmUsage> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
    server = FakeLlmServer.start(r -> r.user().contains("fail me") ? Reply.status(500) : Reply.completion(GOOD));
    LlmLabeller llm = new LlmLabeller(LlmSettings.of(server.url(), "fake").withRetries(0, Duration.ZERO).withConcurrency(3),
        Taxonomy.defaults(), Definitions.none(), reports::add);
    List<Article> batch = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) batch.add(article("a" + i, i == 3 ? "Please fail me." : "Fine " + i + "."));
    llm.labelAll(batch, Findings.none());
    // Workers report concurrently, so the two reports may arrive in either order.
    assertThat(reports).extracting(LlmUsage::articles).containsExactlyInAnyOrder(10L, 20L);
    assertThat(reports.stream().filter(u -> u.articles() == 20).findFirst().orElseThrow().fellBack()).isEqualTo(1);
    assertThat(llm.usage().articles()).isEqualTo(25);
  }
}
