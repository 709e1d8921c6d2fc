package dev.narrascope.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts after a cycle that stored something: printed once, POSTed to the webhook once, retried after failures. */
final class WatchAlertsTest {
  @TempDir Path dir;
  WatchFixture fx;
  Path inbox;
  URI hook;
  int file;

  @BeforeEach
  void setUp() throws Exception {
    fx = new WatchFixture(dir);   // the clock says 2024-03-10
    inbox = Files.createDirectories(dir.resolve("inbox"));
    hook = URI.create(fx.web.url("/hook"));
    fx.web.page("/hook", 204, null, "");
    // Baseline (February): six articles about other things; window (March 8-10): three about drones.
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 6; i++) lines.append(line("2024-02-" + (10 + i), "Market report " + i, "Prices at the market number " + i + " were stable this week."));
    for (int i = 8; i <= 10; i++) lines.append(line("2024-03-" + (i < 10 ? "0" + i : i), "Drones seen " + i, "Drones were seen over the border villages on day " + i + "."));
    Files.writeString(inbox.resolve("batch.jsonl"), lines);
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  static String line(String date, String title, String text) {
    return Json.MAPPER.createObjectNode().put("title", title).put("text", text).put("published", date)
        .put("source", "Example Wire").toString() + "\n";
  }

  void addDronesArticle() throws Exception {
    file++;
    Files.writeString(inbox.resolve("more-" + file + ".jsonl"), line("2024-03-09", "More drones " + file,
        "More drones were reported near the border, report number " + file + "."));
  }

  List<JsonNode> posted() throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (FakeWeb.Request r : fx.web.requests("/hook")) {
      if (r.method().equals("POST")) out.add(Json.MAPPER.readTree(r.body()));
    }
    return out;
  }

  @Test
  void eachNewAlertIsPrintedAndPostedOnceAlsoAcrossRestarts() throws Exception {
    try (Watcher w = fx.watcher(fx.config(List.of(inbox), List.of(), hook))) {
      CycleReport first = fx.cycle(w);
      assertThat(first.newAlerts()).isEqualTo(1);
      assertThat(first.alertsPosted()).isEqualTo(1);
      assertThat(fx.out.toString()).contains("alert: narrative \"" + TopicStage.NARRATIVE + "\" rising: 3 of 3 recent articles, 0 of 6 before");
      FakeWeb.Request request = fx.web.requests("/hook").get(0);
      assertThat(request.header("Content-Type")).isEqualTo("application/json");
      JsonNode alert = posted().get(0);
      assertThat(alert.get("kind").asText()).isEqualTo("narrative");
      assertThat(alert.get("label").asText()).isEqualTo(TopicStage.NARRATIVE);
      assertThat(alert.get("windowCount").asInt()).isEqualTo(3);
      assertThat(alert.get("z").asDouble()).isGreaterThan(2);

      addDronesArticle();   // something stored, the alert still stands: nothing new
      CycleReport second = fx.cycle(w);
      assertThat(second.stored()).isEqualTo(1);
      assertThat(second.newAlerts()).isZero();
    }
    Watcher restarted = fx.watcher(fx.config(List.of(inbox), List.of(), hook));
    addDronesArticle();
    assertThat(fx.cycle(restarted).newAlerts()).isZero();
    assertThat(posted()).hasSize(1);
    assertThat(fx.out.toString().split("alert: ", -1)).hasSize(2);
  }

  @Test
  void aFailingWebhookIsRetriedNextCycleAndAfterARestart() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    fx.web.route("/hook", r -> FakeWeb.Answer.of(calls.incrementAndGet() <= 2 ? 500 : 200, "text/plain", "x"));
    try (Watcher w = fx.watcher(fx.config(List.of(inbox), List.of(), hook))) {
      CycleReport first = fx.cycle(w);
      assertThat(first.newAlerts()).isEqualTo(1);
      assertThat(first.alertsPosted()).isZero();
      assertThat(fx.err.toString()).contains("warning: webhook " + hook + " failed (HTTP 500); 1 alert will be retried next cycle");
    }
    Watcher restarted = fx.watcher(fx.config(List.of(inbox), List.of(), hook));
    assertThat(fx.cycle(restarted).alertsPosted()).isZero();   // nothing new stored, still retried (fails again)
    CycleReport third = fx.cycle(restarted);
    assertThat(third.alertsPosted()).isEqualTo(1);
    assertThat(fx.cycle(restarted).alertsPosted()).isZero();
    assertThat(posted()).hasSize(3).extracting(n -> n.get("key").asText()).containsOnly("narrative:" + TopicStage.NARRATIVE);
    assertThat(fx.out.toString().split("alert: ", -1)).hasSize(2);   // printed once
  }

  @Test
  void withoutAWebhookAlertsAreOnlyPrinted() throws Exception {
    Watcher w = fx.watcher(fx.config(List.of(inbox), List.of(), null));
    assertThat(fx.cycle(w).newAlerts()).isEqualTo(1);
    assertThat(fx.web.requests()).isEmpty();
    assertThat(fx.out.toString()).contains("alert: narrative");
  }
}
