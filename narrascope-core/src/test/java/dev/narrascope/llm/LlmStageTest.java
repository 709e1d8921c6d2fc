package dev.narrascope.llm;

import static dev.narrascope.llm.LlmLabellerTest.GOOD;
import static dev.narrascope.llm.LlmLabellerTest.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Explanation;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.LabelScore;
import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
import dev.narrascope.llm.FakeLlmServer.Reply;
import dev.narrascope.narrative.Taxonomy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class LlmStageTest {
  FakeLlmServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  LlmStage stage(java.util.function.Function<FakeLlmServer.Request, Reply> responder) {
    server = FakeLlmServer.start(responder);
    return new LlmStage(new LlmLabeller(LlmSettings.of(server.url(), "fake").withRetries(0, Duration.ZERO),
        Taxonomy.defaults(), Definitions.none()));
  }

  /** An article as the bundled stages leave it: their narratives, explanation and one framed actor. */
  static Article bundled(String id, String text) {
    ActorFraming nato = new ActorFraming("NATO", "Protagonist", 0.6, List.of("Guardian"), List.of(), 0.7);
    ActorFraming kyiv = new ActorFraming("Kyiv", "Innocent", 0.7, List.of("Victim"), List.of(), 0.8);
    Analysis a = Analysis.EMPTY.withNarratives(List.of(new LabelScore("Other", 0.8)), List.of(new LabelScore("Other", 0.8)))
        .withExplanation(new Explanation("Other", "Other", "", List.of())).withActors(List.of(nato, kyiv));
    return new Article(id, id + ".txt", null, "", null, null, "en", 1, text, null, a);
  }

  @Test
  void apply_answered_overridesNarrativesExplanationAndFramedActors() {
    String answer = GOOD.replace("\"actors\": []", "\"actors\": [{\"name\": \"NATO\", \"mainRole\": \"Antagonist\", \"fineRoles\": [\"Instigator\"]}]");
    LlmStage stage = stage(r -> Reply.completion(answer));

    Article out = stage.apply(List.of(bundled("a", "NATO provoked the war.")), Findings.none()).get(0);

    assertThat(out.analysis().narratives()).containsExactly(new LabelScore(WEST, 1.0));
    assertThat(out.analysis().explanation().narrative()).isEqualTo(WEST);
    assertThat(out.analysis().actors()).extracting(ActorFraming::mainRole).containsExactly("Antagonist", "Innocent");
    assertThat(out.analysis().actors().get(0).fineRoles()).containsExactly("Instigator");
    assertThat(out.analysis().actors().get(0).framedConfidence()).as("a role from the model: framed").isEqualTo(1.0);
  }

  @Test
  void apply_failed_keepsTheBundledLabels_andEmptyArticlesAreNotAsked() {
    LlmStage stage = stage(r -> Reply.status(500));
    Findings findings = Findings.tracking(10);
    List<Article> batch = List.of(bundled("a", "Some text."), bundled("b", " "));

    List<Article> out = stage.apply(batch, findings);

    assertThat(out).isEqualTo(batch);
    assertThat(findings.list()).extracting(Finding::code).containsExactly("llm-fallback");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void pipeline_withLlm_isValidAndRunsAfterExplanation() {
    Pipeline p = Pipelines.defaults(stage(r -> Reply.completion(GOOD)));
    assertThat(p.toString()).contains(",explanation,llm,actors,");
  }
}
