package dev.narrascope.app.web;

import static dev.narrascope.app.web.TestServer.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The corrections API ({@code /api/articles/{id}/corrections}, story merge and split) against a real
 * server; each store's test extends this and says how to open a fresh store.
 */
abstract class CorrectionsApiContractTest {
  static final String DISCREDIT = "URW: Discrediting Ukraine";
  static final String BLAME = "URW: Blaming the war on others rather than the invader";
  static final String BLAME_SUB = BLAME + ": Ukraine is the aggressor";

  TestServer server;

  /** A fresh, empty store. */
  abstract ArticleStore openStore();

  @BeforeEach
  void start() {
    server = new TestServer(openStore());
  }

  @AfterEach
  void stop() {
    if (server != null) server.close(); // null when the store could not be opened (no PostgreSQL: skipped)
  }

  /** Three articles: two telling the dam story, one another story; each with a narrative, an actor and a quote. */
  List<String> seed() {
    String dam = "The Kakhovka dam on the Dnipro was destroyed, flooding Kherson villages. \"We evacuate everyone\", said Shoigu.";
    List<String> lines = List.of(
        article("Kakhovka dam destroyed", dam, "Alpha", "2023-06-06", DISCREDIT, "Sergei Shoigu", "Protagonist"),
        article("Kherson floods after Kakhovka dam breach", dam + " Boats arrived.", "Beta", "2023-06-07", DISCREDIT, "Sergei Shoigu", "Protagonist"),
        article("Russia quits grain deal", "Russia left the Black Sea Grain Initiative. \"It is over\", said Peskov.", "Gamma",
            "2023-07-17", BLAME, "Dmitry Peskov", "Antagonist"));
    var r = server.post("/api/articles", String.join("\n", lines), "application/x-ndjson");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    List<String> ids = new ArrayList<>();
    r.json().get("ids").forEach(n -> ids.add(n.asText()));
    return ids;
  }

  TestServer.Reply correct(String id, String json) {
    return server.post("/api/articles/" + id + "/corrections", json, "application/json");
  }

  @Test
  void corrections_replaceTheModelsLabels_markThem_andKeepTheAuditTrail() {
    String id = seed().get(0);
    var r = correct(id, "{\"kind\":\"narratives\",\"author\":\"ana\",\"narratives\":[\"" + BLAME + "\"],\"subNarratives\":[\"" + BLAME_SUB + "\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("kind").asText()).isEqualTo("narratives");
    assertThat(r.json().get("author").asText()).isEqualTo("ana");
    assertThat(r.json().get("articleId").asText()).isEqualTo(id);
    assertThat(r.json().at("/value/narratives/0").asText()).isEqualTo(BLAME);
    assertThat(r.json().get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(correct(id, "{\"kind\":\"role\",\"author\":\"ana\",\"actor\":\"sergei shoigu\",\"role\":\"Antagonist\",\"subRoles\":[\"Deceiver\"]}")
        .status()).isEqualTo(201);
    assertThat(correct(id, "{\"kind\":\"speaker\",\"author\":\"bo\",\"quote\":0,\"speaker\":\"Jens Stoltenberg\"}").status()).isEqualTo(201);

    JsonNode a = server.get("/api/articles/" + id).json();
    assertThat(a.get("corrections").asInt()).isEqualTo(3);
    assertThat(a.at("/analysis/narratives/0/label").asText()).isEqualTo(BLAME);
    assertThat(a.at("/analysis/narratives/0/corrected").asBoolean()).isTrue();
    assertThat(a.at("/analysis/subNarratives/0/label").asText()).isEqualTo(BLAME_SUB);
    assertThat(a.at("/analysis/actors/0/mainRole").asText()).isEqualTo("Antagonist");
    assertThat(a.at("/analysis/actors/0/fineRoles/0").asText()).isEqualTo("Deceiver");
    assertThat(a.at("/analysis/actors/0/corrected").asBoolean()).isTrue();
    assertThat(a.at("/analysis/quotes/0/speaker").asText()).isEqualTo("Jens Stoltenberg");
    assertThat(a.at("/analysis/quotes/0/corrected").asBoolean()).isTrue();
    // Every read path sees it: the facets and the filters.
    assertThat(server.get("/api/articles?narrative=" + enc(BLAME)).json().get("total").asInt()).isEqualTo(2);
    assertThat(server.get("/api/articles?actor=" + enc("Sergei Shoigu") + "&role=Antagonist").json().get("total").asInt()).isEqualTo(1);

    // A later correction supersedes; both stay in the trail, oldest first.
    assertThat(correct(id, "{\"kind\":\"narratives\",\"author\":\"bo\",\"narratives\":[\"" + DISCREDIT + "\"]}").status()).isEqualTo(201);
    JsonNode trail = server.get("/api/articles/" + id + "/corrections").json();
    assertThat(trail.get("total").asInt()).isEqualTo(4);
    assertThat(trail.at("/items/0/author").asText()).isEqualTo("ana");
    assertThat(trail.at("/items/3/author").asText()).isEqualTo("bo");
    assertThat(trail.at("/items/3/id").asLong()).isGreaterThan(trail.at("/items/0/id").asLong());
    assertThat(server.get("/api/articles/" + id).json().at("/analysis/narratives/0/label").asText()).isEqualTo(DISCREDIT);
  }

  @Test
  void badCorrections_are400_namingTheProblem_andStoreNothing() {
    String id = seed().get(0);
    assertBad(id, "{not json", "malformed JSON");
    assertBad(id, "[1]", "JSON object");
    assertBad(id, "{\"kind\":\"narratives\",\"narratives\":[\"" + BLAME + "\"]}", "author");
    assertBad(id, "{\"kind\":\"colour\",\"author\":\"ana\"}", "unknown kind");
    assertBad(id, "{\"kind\":\"narratives\",\"author\":\"ana\"}", "missing \"narratives\"");
    assertBad(id, "{\"kind\":\"narratives\",\"author\":\"ana\",\"narratives\":\"" + BLAME + "\"}", "must be a list of strings");
    assertBad(id, "{\"kind\":\"narratives\",\"author\":\"ana\",\"narratives\":[\"URW: Aliens did it\"]}", "unknown narrative 'URW: Aliens did it'");
    assertBad(id, "{\"kind\":\"narratives\",\"author\":\"ana\",\"narratives\":[\"" + DISCREDIT + "\"],\"subNarratives\":[\"" + BLAME_SUB + "\"]}",
        "not among the narratives");
    assertBad(id, "{\"kind\":\"role\",\"author\":\"ana\",\"actor\":\"Napoleon\",\"role\":\"Antagonist\"}", "unknown actor 'Napoleon'");
    assertBad(id, "{\"kind\":\"role\",\"author\":\"ana\",\"actor\":\"Sergei Shoigu\",\"role\":\"Villain\"}", "unknown role 'Villain'");
    assertBad(id, "{\"kind\":\"role\",\"author\":\"ana\",\"actor\":\"Sergei Shoigu\",\"role\":\"Antagonist\",\"subRoles\":[\"Martyr\"]}",
        "unknown sub-role 'Martyr'");
    assertBad(id, "{\"kind\":\"speaker\",\"author\":\"ana\",\"quote\":7,\"speaker\":\"X\"}", "quote index 7 out of range");
    assertBad(id, "{\"kind\":\"speaker\",\"author\":\"ana\",\"quote\":\"first\",\"speaker\":\"X\"}", "\"quote\" must be an integer");
    assertBad(id, "{\"kind\":\"story\",\"author\":\"ana\",\"story\":\"s-nope\"}", "unknown story 's-nope'");
    assertThat(correct("no-such-article", "{\"kind\":\"reviewed\",\"author\":\"ana\"}").status()).isEqualTo(404);
    var readOnly = server.post("/api/articles/" + id + "/corrections", "{\"kind\":\"reviewed\",\"author\":\"ana\"}", "application/json",
        TestServer.READ_TOKEN);
    assertThat(readOnly.status()).isEqualTo(403);
    assertThat(server.get("/api/articles/" + id + "/corrections").json().get("total").asInt()).isZero();
    assertThat(server.get("/api/articles/" + id).json().get("corrections").asInt()).isZero();
  }

  private void assertBad(String id, String body, String message) {
    var r = correct(id, body);
    assertThat(r.status()).as(body).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isEqualTo("bad-request");
    assertThat(r.json().get("message").asText()).as(body).contains(message);
  }

  @Test
  void storyMove_merge_andSplit() {
    List<String> ids = seed();
    String dam = server.get("/api/articles/" + ids.get(0)).json().at("/analysis/storyId").asText();
    String grain = server.get("/api/articles/" + ids.get(2)).json().at("/analysis/storyId").asText();
    assertThat(server.get("/api/stories/" + dam).json().at("/story/articleIds").size()).isEqualTo(2);

    var moved = correct(ids.get(1), "{\"kind\":\"story\",\"author\":\"ana\",\"story\":\"" + grain + "\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    assertThat(server.get("/api/articles/" + ids.get(1)).json().at("/analysis/storyId").asText()).isEqualTo(grain);
    assertThat(server.get("/api/articles/" + ids.get(1)).json().at("/analysis/storyCorrected").asBoolean()).isTrue();
    assertThat(server.get("/api/articles?story=" + grain).json().get("total").asInt()).isEqualTo(2);

    var split = server.post("/api/stories/" + grain + "/split", "{\"articles\":[\"" + ids.get(1) + "\"],\"author\":\"bo\"}", "application/json");
    assertThat(split.status()).as(split.body()).isEqualTo(201);
    String fresh = split.json().get("story").asText();
    assertThat(server.get("/api/stories/" + fresh).json().at("/story/articleIds/0").asText()).isEqualTo(ids.get(1));
    assertThat(server.post("/api/stories/" + grain + "/split", "{\"articles\":[\"" + ids.get(2) + "\"],\"author\":\"bo\"}",
        "application/json").json().get("message").asText()).contains("at least one article");

    var merged = server.post("/api/stories/" + fresh + "/merge", "{\"into\":\"" + dam + "\",\"author\":\"bo\"}", "application/json");
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    assertThat(merged.json().get("id").asText()).isEqualTo(dam);
    assertThat(merged.json().get("articleIds")).hasSize(2);
    // The merged-away id leads to the story it went into, whose history says so.
    var gone = server.get("/api/stories/" + fresh).json();
    assertThat(gone.at("/story/id").asText()).isEqualTo(dam);
    assertThat(gone.get("history")).anySatisfy(c -> {
      assertThat(c.get("kind").asText()).isEqualTo("merged-in");
      assertThat(c.get("otherStory").asText()).isEqualTo(fresh);
    });
    assertThat(server.post("/api/stories/" + dam + "/merge", "{\"into\":\"s-nope\",\"author\":\"bo\"}", "application/json").status())
        .isEqualTo(400);
    assertThat(server.get("/api/articles/" + ids.get(1) + "/corrections").json().get("total").asInt()).isEqualTo(3);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
