package dev.narrascope.app.web;

import static dev.narrascope.app.web.TestServer.article;
import static dev.narrascope.app.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Story;
import dev.narrascope.app.StoryFixtures;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API against a real server on a random loopback port; each store's test extends this
 * and says how to open a fresh store.
 */
abstract class ApiContractTest {
  static final String DISCREDIT = "URW: Discrediting Ukraine";
  static final String BLAME = "URW: Blaming the war on others rather than the invader";
  TestServer server;

  /** A fresh, empty store. */
  abstract ArticleStore openStore();

  @BeforeEach
  void start() {
    server = new TestServer(openStore());
  }

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  /** Posts a small corpus: two outlets, two narratives, dated over six weeks so one narrative rises. */
  List<String> seed() {
    List<String> lines = new ArrayList<>();
    LocalDate end = LocalDate.of(2024, 3, 31);
    for (int i = 0; i < 6; i++) {
      lines.add(article("Old report " + i, "Officials met in Brussels. Nothing new was said " + i + ".", "Alpha Daily",
          end.minusDays(10 + i * 4).toString(), BLAME, "NATO", "Antagonist"));
    }
    for (int i = 0; i < 4; i++) {
      // Beta says "regime" where Alpha says "government": the comparison's distinctive words.
      lines.add(article("Kyiv claims " + i, "The " + (i % 2 == 0 ? "regime" : "government")
              + " in Kyiv is corrupt, the outlet says. \"We will win\", said Zelensky " + i + ".",
          i % 2 == 0 ? "Beta News" : "Alpha Daily", end.minusDays(i).toString(), DISCREDIT, "Zelensky", i == 0 ? "Protagonist" : "Antagonist"));
    }
    var r = server.post("/api/articles", String.join("\n", lines), "application/x-ndjson");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    List<String> ids = new ArrayList<>();
    r.json().get("ids").forEach(n -> ids.add(n.asText()));
    return ids;
  }

  /* --------------- auth, headers, errors --------------- */

  @Test
  void health_needsNoToken_andAnswersWithSecurityHeaders() {
    var r = server.get("/api/health", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
    assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
        "frame-ancestors 'none'");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void api_withoutOrWithWrongToken_is401_inErrorShape() {
    for (String token : new String[] {null, "wrong-token-123456"}) {
      var r = server.get("/api/articles", token);
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().get("error").asText()).isEqualTo("unauthorized");
      assertThat(r.json().get("message").asText()).isNotBlank();
    }
  }

  @Test
  void readToken_canRead_butPostIs403() {
    assertThat(server.get("/api/articles", TestServer.READ_TOKEN).status()).isEqualTo(200);
    var r = server.post("/api/articles", article("T", "Body.", "S", null, null, null, null), "application/json", TestServer.READ_TOKEN);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(server.store.count(dev.narrascope.store.ArticleQuery.all())).isZero();
  }

  @Test
  void badRequests_getTheRightStatus_andTheServerStaysUp() throws Exception {
    assertThat(server.get("/api/articles?limit=abc").status()).isEqualTo(400);
    assertThat(server.get("/api/articles?limit=201").status()).isEqualTo(400);
    assertThat(server.get("/api/articles?offset=-1").status()).isEqualTo(400);
    assertThat(server.get("/api/articles?from=yesterday").json().get("error").asText()).isEqualTo("bad-request");
    assertThat(server.get("/api/search").status()).isEqualTo(400);
    assertThat(server.get("/api/timeline?bucket=year").status()).isEqualTo(400);
    assertThat(server.get("/api/articles/nope").status()).isEqualTo(404);
    assertThat(server.get("/api/stories/nope/compare").json().get("error").asText()).isEqualTo("not-found");
    assertThat(server.get("/api/no-such-route").json().get("error").asText()).isEqualTo("not-found");
    assertThat(server.post("/api/articles", "{not json", "application/json").status()).isEqualTo(400);
    assertThat(server.post("/api/articles", "{\"title\":\"no body\"}", "application/json").status()).isEqualTo(400);
    assertThat(server.post("/api/articles", "[1,2]", "application/json").status()).isEqualTo(400);
    assertThat(server.post("/api/articles", "", "application/json").status()).isEqualTo(400);
    var unsupported = server.post("/api/articles", "a,b", "text/csv");
    assertThat(unsupported.status()).isEqualTo(415);
    assertThat(unsupported.json().get("error").asText()).isEqualTo("unsupported-media-type");
    // Garbage on the socket: the server answers or closes, and keeps serving.
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      OutputStream out = s.getOutputStream();
      out.write("GARBAGE /\u0000\u0001 HTTP/9.9\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      in.readNBytes(12);
    }
    assertThat(server.get("/api/health", null).status()).isEqualTo(200);
  }

  @Test
  void storeFailure_is500_withoutDetails_andHealthStillAnswers() {
    server.store.close();
    var r = server.get("/api/articles");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().get("error").asText()).isEqualTo("store-error");
    assertThat(r.body()).doesNotContainIgnoringCase("sql");
    assertThat(server.get("/api/health", null).status()).isEqualTo(200);
  }

  /**
   * Raw sockets: the JDK's client waits forever for a 100 that a final answer replaces, and a client
   * sending its whole body at once must be seen reading the answer. The read timeout only guards
   * against a hang.
   */
  private String postRaw(String headers, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      s.setSoTimeout(60_000);
      String head = "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
          + "Authorization: Bearer " + TestServer.TOKEN + "\r\n" + headers + "Connection: close\r\n\r\n";
      s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().write(body);
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void oversizedBodies_andBatches_are413() throws Exception {
    // 12 MB: more than the sockets buffer (a server that closed on the unread body failed here with a broken
    // pipe), less than what the server reads and drops before answering.
    byte[] over = "x".repeat(12 * (int) TestServer.MAX_BODY).getBytes(StandardCharsets.US_ASCII);
    // Declared over the limit by a client waiting for the go-ahead: answered at once, the body never sent.
    assertThat(postRaw("Expect: 100-continue\r\nContent-Length: " + over.length + "\r\n", new byte[0]))
        .startsWith("HTTP/1.1 413").contains("\"payload-too-large\"");
    // Sent whole straight away (no Expect): the server reads and drops it, then answers.
    assertThat(postRaw("Content-Length: " + over.length + "\r\n", over))
        .startsWith("HTTP/1.1 413").contains("\"payload-too-large\"");
    // No declared length: over the limit while reading.
    String chunked = Integer.toHexString(over.length) + "\r\n" + new String(over, StandardCharsets.US_ASCII) + "\r\n0\r\n\r\n";
    assertThat(postRaw("Transfer-Encoding: chunked\r\n", chunked.getBytes(StandardCharsets.US_ASCII)))
        .startsWith("HTTP/1.1 413").contains("\"payload-too-large\"");
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= TestServer.MAX_DOCS; i++) many.add(article("T" + i, "Body " + i + ".", "S", null, null, null, null));
    assertThat(server.post("/api/articles", String.join("\n", many), "application/x-ndjson").status()).isEqualTo(413);
    assertThat(server.store.count(dev.narrascope.store.ArticleQuery.all())).isZero();
  }

  @Test
  void pathTraversal_neverLeavesThePublicFolder() {
    for (String p : new String[] {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/vendor/..%2f..%2f..%2fetc/passwd",
        "/..%5c..%5cetc%5cpasswd", "/api/articles/..%2f..%2fetc%2fpasswd"}) {
      var r = server.get(p);
      assertThat(r.status()).as(p).isIn(400, 404);
      assertThat(r.body()).as(p).doesNotContain("root:");
    }
    assertThat(server.get("/", null).body()).contains("<title>Narrascope</title>");
  }

  /* --------------- articles --------------- */

  @Test
  void postJsonObject_runsThePipeline_andStoresTheAnalysis() {
    var r = server.post("/api/articles", article("Minister speaks", "The minister spoke. \"We stand firm\", he said.",
        "Gamma", "2024-02-03T10:00:00Z", DISCREDIT, "NATO", "Antagonist"), "application/json");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("added").asInt()).isEqualTo(1);
    String id = r.json().get("ids").get(0).asText();
    JsonNode a = server.get("/api/articles/" + id).json();
    assertThat(a.get("title").asText()).isEqualTo("Minister speaks");
    assertThat(a.get("outlet").asText()).isEqualTo("Gamma");
    assertThat(a.get("published").asText()).isEqualTo("2024-02-03");
    assertThat(a.at("/analysis/narratives/0/label").asText()).isEqualTo(DISCREDIT);
    assertThat(a.at("/analysis/quotes/0/text").asText()).isEqualTo("We stand firm");
    assertThat(a.at("/analysis/explanation/evidence/0/text").asText()).isEqualTo("The minister spoke.");
    // The same article again adds nothing.
    assertThat(server.post("/api/articles", article("Minister speaks", "The minister spoke. \"We stand firm\", he said.",
        "Gamma", "2024-02-03", DISCREDIT, "NATO", "Antagonist"), "application/json").json().get("added").asInt()).isZero();
  }

  @Test
  void postJsonLines_badLinesBecomeFindings_andTheRestIsStored() {
    String body = article("One", "First body.", "A", null, null, null, null) + "\n{broken\n\n"
        + article("Two", "Second body.", "A", null, null, null, null) + "\n{\"title\":\"empty\"}\n";
    var r = server.post("/api/articles", body, "application/x-ndjson");
    assertThat(r.status()).isEqualTo(201);
    JsonNode j = r.json();
    assertThat(j.get("received").asInt()).isEqualTo(4);
    assertThat(j.get("stored").asInt()).isEqualTo(2);
    assertThat(j.get("findings").findValuesAsText("code")).containsExactlyInAnyOrder("malformed-json", "no-content");
    assertThat(j.get("findings").findValuesAsText("input")).contains("api:2");
    assertThat(server.get("/api/findings").json().findValuesAsText("code")).contains("malformed-json");
  }

  @Test
  void postHtmlAndText_takeMetadataFromQueryParameters() {
    var html = server.post("/api/articles?source=Delta&published=2024-01-05",
        "<html><head><title>Page title</title></head><body><p>Paragraph of the page.</p></body></html>", "text/html; charset=utf-8");
    assertThat(html.status()).isEqualTo(201);
    JsonNode a = server.get("/api/articles/" + html.json().get("ids").get(0).asText()).json();
    assertThat(a.get("title").asText()).isEqualTo("Page title");
    assertThat(a.get("outlet").asText()).isEqualTo("Delta");
    var text = server.post("/api/articles", "Plain title\nPlain body text.", "text/plain");
    assertThat(server.get("/api/articles/" + text.json().get("ids").get(0).asText()).json().get("title").asText())
        .isEqualTo("Plain title");
  }

  @Test
  void listArticles_filtersAndPages_withTotal() {
    seed();
    JsonNode all = server.get("/api/articles?limit=3").json();
    assertThat(all.get("total").asInt()).isEqualTo(10);
    assertThat(all.get("items")).hasSize(3);
    assertThat(all.get("hasMore").asBoolean()).isTrue();
    assertThat(all.at("/items/0/published").asText()).isEqualTo("2024-03-31");
    JsonNode last = server.get("/api/articles?offset=9&limit=3").json();
    assertThat(last.get("items")).hasSize(1);
    assertThat(last.get("hasMore").asBoolean()).isFalse();
    assertThat(server.get("/api/articles?narrative=" + enc(DISCREDIT)).json().get("total").asInt()).isEqualTo(4);
    assertThat(server.get("/api/articles?actor=Zelensky&outlet=" + enc("Beta News")).json().get("total").asInt()).isEqualTo(2);
    assertThat(server.get("/api/articles?from=2024-03-29&to=2024-03-30").json().get("total").asInt()).isEqualTo(2);
    assertThat(server.get("/api/articles?language=ru").json().get("total").asInt()).isZero();
  }

  @Test
  void listArticles_filterByMainRole_ofTheGivenActorOrAnyActor() {
    seed();
    // Zelensky is Protagonist in one article and Antagonist in three; NATO Antagonist in six.
    assertThat(server.get("/api/articles?actor=Zelensky&role=Protagonist").json().get("total").asInt()).isEqualTo(1);
    assertThat(server.get("/api/articles?actor=Zelensky&role=Antagonist").json().get("total").asInt()).isEqualTo(3);
    assertThat(server.get("/api/articles?role=Antagonist").json().get("total").asInt()).isEqualTo(9);
    assertThat(server.get("/api/articles?actor=NATO&role=Protagonist").json().get("total").asInt()).isZero();
    assertThat(server.get("/api/actors?role=Protagonist").json().at("/items/0/label").asText()).isEqualTo("Zelensky");
    var bad = server.get("/api/articles?role=villain");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText()).contains("role must be one of Protagonist, Antagonist, Innocent");
  }

  /* --------------- facets, timelines, alerts, search --------------- */

  @Test
  void narrativesActorsTimelinesAndFraming_countTheCorpus() {
    seed();
    JsonNode narratives = server.get("/api/narratives").json();
    assertThat(narratives.get("items").findValuesAsText("label")).containsExactly(BLAME, DISCREDIT);
    assertThat(narratives.at("/items/0/count").asInt()).isEqualTo(6);
    assertThat(narratives.get("total").asInt()).isEqualTo(2);
    JsonNode actors = server.get("/api/actors?limit=1").json();
    assertThat(actors.at("/items/0/label").asText()).isEqualTo("NATO");
    assertThat(actors.get("hasMore").asBoolean()).isTrue();
    // The total counts every page, and follows the filters.
    assertThat(actors.get("total").asInt()).isEqualTo(2);
    assertThat(server.get("/api/actors?outlet=" + enc("Beta News")).json().get("total").asInt()).isEqualTo(1);
    // Every day from the first to the last article (2024-03-01..31), empty days with 0, as the CLI timeline.
    JsonNode days = server.get("/api/timeline").json();
    assertThat(days.get("points")).hasSize(31);
    assertThat(days.at("/points/0/start").asText()).isEqualTo("2024-03-01");
    assertThat(days.at("/points/1/count").asInt()).isZero();
    assertThat(days.get("points").findValues("count").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(10);
    JsonNode weeks = server.get("/api/timeline?bucket=week&narrative=" + enc(DISCREDIT)).json();
    assertThat(weeks.get("bucket").asText()).isEqualTo("week");
    long withNarrative = 0;
    for (JsonNode p : weeks.get("points")) {
      assertThat(LocalDate.parse(p.get("start").asText()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
      withNarrative += p.get("count").asLong();
    }
    assertThat(withNarrative).isEqualTo(4);
    // One week, starting Monday 2024-03-25: just the four DISCREDIT articles (the last BLAME one is on 03-21).
    assertThat(weeks.at("/points/0/total").asInt()).isEqualTo(4);
    JsonNode framing = server.get("/api/actors/framing?actor=Zelensky").json();
    assertThat(framing.at("/totals/Antagonist").asInt()).isEqualTo(3);
    assertThat(framing.at("/totals/Protagonist").asInt()).isEqualTo(1);
    assertThat(server.get("/api/actors/framing").status()).isEqualTo(400);
  }

  @Test
  void alerts_flagTheNarrativeAndActorThatRoseInTheLastWeek_likeTheCli() {
    seed();
    JsonNode alerts = server.get("/api/alerts?now=2024-03-31").json();
    assertThat(alerts.get("windowFrom").asText()).isEqualTo("2024-03-25");
    assertThat(alerts.get("baselineFrom").asText()).isEqualTo("2024-02-26");
    assertThat(alerts.at("/settings/minCount").asInt()).isEqualTo(3);
    // Four DISCREDIT/Zelensky articles in the window, none of the six baseline ones: equal z, actors sort first.
    assertThat(alerts.get("alerts").findValuesAsText("label")).containsExactly("Zelensky", DISCREDIT);
    assertThat(alerts.get("alerts").findValuesAsText("kind")).containsExactly("actor", "narrative");
    JsonNode a = alerts.get("alerts").get(1);
    assertThat(a.get("windowCount").asInt()).isEqualTo(4);
    assertThat(a.get("windowTotal").asInt()).isEqualTo(4);
    assertThat(a.get("baselineTotal").asInt()).isEqualTo(6);
    assertThat(a.get("ratio").asDouble()).isCloseTo((5 / 6.0) / (1 / 8.0), org.assertj.core.data.Offset.offset(1e-9));
    // The thresholds are the CLI options: five window articles are too few here.
    assertThat(server.get("/api/alerts?now=2024-03-31&minCount=5").json().get("alerts")).isEmpty();
    assertThat(server.get("/api/alerts?now=2024-03-10").json().get("alerts")).isEmpty();
    assertThat(server.get("/api/alerts?window=0").status()).isEqualTo(400);
    assertThat(server.get("/api/alerts?ratio=-1").status()).isEqualTo(400);
    assertThat(server.get("/api/alerts?minZ=abc").status()).isEqualTo(400);
  }

  /* --------------- review queue and correction helpers --------------- */

  @Test
  void review_listsTheLeastSureFirst_withReason_filtersAndPages() {
    List<String> lines = new ArrayList<>();
    double[] confidences = {0.97, 0.51, 0.7};
    for (int i = 0; i < confidences.length; i++) {
      lines.add(TestServer.withConfidence(article("Review " + i, "Body number " + i + " of the review test.",
          i == 2 ? "Beta News" : "Alpha Daily", "2024-03-0" + (i + 1), DISCREDIT, null, null), confidences[i]));
    }
    var posted = server.post("/api/articles", String.join("\n", lines), "application/x-ndjson");
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    List<String> ids = new ArrayList<>();
    posted.json().get("ids").forEach(n -> ids.add(n.asText()));

    var r = server.get("/api/review", TestServer.READ_TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(ids(r.json())).containsExactly(ids.get(1), ids.get(2), ids.get(0));
    assertThat(r.json().get("total").asLong()).isEqualTo(3);
    JsonNode first = r.json().at("/items/0");
    assertThat(first.get("uncertainty").asDouble()).isEqualTo(0.49);
    assertThat(first.get("reason").asText()).isEqualTo("narrative \"" + DISCREDIT + "\" (51%)");
    assertThat(first.get("title").asText()).isEqualTo("Review 1");
    assertThat(first.get("outlet").asText()).isEqualTo("Alpha Daily");

    var page = server.get("/api/review?offset=1&limit=1").json();
    assertThat(ids(page)).containsExactly(ids.get(2));
    assertThat(page.get("hasMore").asBoolean()).isTrue();
    assertThat(ids(server.get("/api/review?outlet=beta%20news").json())).containsExactly(ids.get(2));
    assertThat(server.get("/api/review?limit=0").status()).isEqualTo(400);
    assertThat(server.get("/api/review?q=x").status()).isEqualTo(400);
  }

  @Test
  void taxonomy_listsNarrativesWithTheirSubNarratives_andRoles() {
    JsonNode t = server.get("/api/taxonomy", TestServer.READ_TOKEN).json();
    assertThat(t.get("narratives").size()).isEqualTo(dev.narrascope.narrative.Taxonomy.defaults().narratives().size());
    JsonNode blame = null;
    for (JsonNode n : t.get("narratives")) if (n.get("label").asText().equals(BLAME)) blame = n;
    assertThat(blame).isNotNull();
    assertThat(blame.get("subNarratives").get(blame.get("subNarratives").size() - 1).asText()).isEqualTo(BLAME + ": Other");
    assertThat(t.at("/roles/Innocent").toString()).contains("Victim");
  }

  @Test
  void access_saysWhetherTheTokenMayWrite() {
    assertThat(server.get("/api/access").json().get("access").asText()).isEqualTo("write");
    assertThat(server.get("/api/access", TestServer.READ_TOKEN).json().get("access").asText()).isEqualTo("read");
    assertThat(server.get("/api/access", null).status()).isEqualTo(401);
  }

  static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  @Test
  void search_findsWords_withMarkedSnippets_andPages() {
    seed();
    JsonNode hits = server.get("/api/search?q=corrupt&limit=2").json();
    assertThat(hits.get("items")).hasSize(2);
    assertThat(hits.get("hasMore").asBoolean()).isTrue();
    assertThat(hits.at("/items/0/snippet").asText()).contains("[corrupt]");
    assertThat(server.get("/api/search?q=" + enc("corrupt brussels")).json().get("items")).isEmpty();
    assertThat(server.get("/api/search?q=" + enc("\"); DROP TABLE articles; --")).status()).isEqualTo(200);
    assertThat(server.get("/api/articles").json().get("total").asInt()).isEqualTo(10);
  }

  /* --------------- hardening: dates, ranges, control characters, query parameters --------------- */

  @Test
  void timeline_outOfRangeOrTooWideDates_are400_withAClearMessage() {
    var huge = server.get("/api/timeline?from=-999999999-01-01&to=%2B999999999-12-31");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.json().get("error").asText()).isEqualTo("bad-request");
    assertThat(huge.json().get("message").asText()).contains("from");
    var placeholders = server.get("/api/timeline?from=0001-01-01&to=9999-12-31");
    assertThat(placeholders.status()).isEqualTo(400);
    assertThat(placeholders.json().get("message").asText()).contains("1900-01-01..2100-12-31");
    var tooMany = server.get("/api/timeline?from=1990-01-01&to=2024-12-31");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("message").asText()).contains("at most 3660", "per week");
    // The same range per week is 1827 points; the widest daily range is 3660 days.
    assertThat(server.get("/api/timeline?by=week&from=1990-01-01&to=2024-12-31").json().get("points")).hasSize(1827);
    JsonNode widest = server.get("/api/timeline?from=2015-01-01&to=" + LocalDate.of(2015, 1, 1).plusDays(3659)).json();
    assertThat(widest.get("points")).hasSize(3660);
    assertThat(widest.get("truncated").asBoolean()).isFalse();
    assertThat(server.get("/api/actors/framing?actor=X&from=2000-01-01&to=2024-01-01").status()).isEqualTo(400);
  }

  @Test
  void dateParameters_outsideTheCalendarWeServe_are400_onEveryRoute() {
    for (String q : new String[] {"/api/alerts?now=-999999999-01-01", "/api/alerts?now=%2B999999999-12-31",
        "/api/alerts?now=0001-01-01", "/api/alerts?now=2024-02-30", "/api/alerts?now=20240301",
        "/api/articles?from=-999999999-01-01", "/api/articles?to=9999-12-31", "/api/search?q=x&from=1899-12-31",
        "/api/narratives?to=2101-01-01", "/api/actors?from=0000-01-01", "/api/actors/framing?actor=X&to=%2B10000-01-01"}) {
      var r = server.get(q);
      assertThat(r.status()).as(q).isEqualTo(400);
      assertThat(r.json().get("error").asText()).as(q).isEqualTo("bad-request");
      assertThat(r.json().get("message").asText()).as(q).containsAnyOf("1900-01-01..2100-12-31", "like 2024-03-01", "calendar date");
    }
    assertThat(server.get("/api/alerts?now=1900-01-01").status()).isEqualTo(200);
    assertThat(server.get("/api/alerts?now=2100-12-31").status()).isEqualTo(200);
  }

  @Test
  void controlCharacters_inQueryOrPath_are400_notA500() {
    for (String q : new String[] {"/api/search?q=%00", "/api/search?q=a%00b", "/api/search?q=a%0Ab", "/api/articles?outlet=%01x",
        "/api/timeline?narrative=a%00", "/api/stories/a%01b/compare"}) {
      var r = server.get(q);
      assertThat(r.status()).as(q).isEqualTo(400);
      assertThat(r.json().get("message").asText()).as(q).contains("control characters");
    }
    // Jetty refuses a NUL in the path itself before any route sees it: still a 400 in the API's error shape.
    var path = server.get("/api/articles/a%00b");
    assertThat(path.status()).isEqualTo(400);
    assertThat(path.json().get("error").asText()).isEqualTo("bad-request");
    assertThat(path.header("Content-Security-Policy")).isNotNull();
    assertThat(server.get("/api/health", null).status()).isEqualTo(200);
  }

  @Test
  void unknownOrRepeatedQueryParameters_are400_onEveryRoute() {
    for (String path : new String[] {"/api/articles", "/api/articles/x", "/api/stories", "/api/stories/x", "/api/stories/x/compare",
        "/api/outlets", "/api/outlets/x", "/api/narratives", "/api/timeline", "/api/actors", "/api/actors/framing?actor=X", "/api/alerts", "/api/search?q=x",
        "/api/findings", "/api/health", "/openapi.json"}) {
      var r = server.get(path + (path.contains("?") ? "&" : "?") + "nosuch=1");
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.json().get("message").asText()).as(path).contains("unknown query parameter 'nosuch'");
    }
    // Parameters of other routes are unknown here too: alerts has no from/to (its window says which days).
    assertThat(server.get("/api/alerts?from=2024-01-01").json().get("message").asText()).contains("takes");
    assertThat(server.get("/api/articles?limit=1&limit=2").json().get("message").asText()).contains("more than once");
    var post = server.post("/api/articles?sauce=Alpha", article("T", "Body.", "S", null, null, null, null), "application/json");
    assertThat(post.status()).isEqualTo(400);
    assertThat(server.store.count(dev.narrascope.store.ArticleQuery.all())).isZero();
  }

  @Test
  void timelineAndFraming_takeBy_likeTheCli_withBucketAsItsOlderName() {
    seed();
    for (String q : new String[] {"by=week", "bucket=week", "by=week&bucket=week"}) {
      JsonNode weeks = server.get("/api/timeline?" + q).json();
      assertThat(weeks.get("bucket").asText()).as(q).isEqualTo("week");
      for (JsonNode p : weeks.get("points")) {
        assertThat(LocalDate.parse(p.get("start").asText()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
      }
    }
    assertThat(server.get("/api/actors/framing?actor=Zelensky&by=week").json().get("bucket").asText()).isEqualTo("week");
    assertThat(server.get("/api/timeline?by=day&bucket=week").status()).isEqualTo(400);
    assertThat(server.get("/api/timeline?by=year").json().get("message").asText()).contains("by must be day or week");
  }

  @Test
  void implausiblePublicationDates_areStoredAsUnknown_withAFinding_andTheTimelineFollowsTheData() {
    String body = String.join("\n",
        article("Placeholder past", "A body with no date in it.", "Alpha Daily", "0001-01-01", null, null, null),
        article("Placeholder future", "Another body with no date.", "Alpha Daily", "9999-12-31T00:00:00Z", null, null, null),
        article("Real one", "A dated body.", "Alpha Daily", "2024-03-01", null, null, null));
    var r = server.post("/api/articles", body, "application/x-ndjson");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("stored").asInt()).isEqualTo(3);
    assertThat(r.json().get("findings").findValuesAsText("code")).containsExactly("implausible-date", "implausible-date");
    for (JsonNode id : r.json().get("ids")) {
      JsonNode a = server.get("/api/articles/" + id.asText()).json();
      if (!a.get("title").asText().equals("Real one")) assertThat(a.get("published").isNull()).as(a.get("title").asText()).isTrue();
    }
    JsonNode timeline = server.get("/api/timeline").json();
    assertThat(timeline.get("points")).hasSize(1);
    assertThat(timeline.get("from").asText()).isEqualTo("2024-03-01");
    assertThat(timeline.get("to").asText()).isEqualTo("2024-03-01");
  }

  @Test
  void timeline_defaultRange_skipsDatesStoredByOlderVersions_andIsCutToTheLatestPoints() {
    List<String> ids = seed();
    // Stored as they were before dates were checked on the way in.
    for (String date : new String[] {"0001-01-01", "9999-12-31"}) {
      var a = server.store.get(ids.get(0)).orElseThrow();
      server.store.put(new dev.narrascope.Article("old-" + date, "api", null, "Old " + date, "Alpha Daily", LocalDate.parse(date),
          "en", 0.9, "Old text " + date + ".", java.util.Map.of(), a.analysis()));
    }
    JsonNode days = server.get("/api/timeline").json();
    assertThat(days.get("from").asText()).isEqualTo("2024-03-01");
    assertThat(days.get("points")).hasSize(31);
    var early = server.store.get(ids.get(0)).orElseThrow();
    server.store.put(new dev.narrascope.Article("early", "api", null, "Early", "Alpha Daily", LocalDate.of(1950, 1, 1),
        "en", 0.9, "Early text.", java.util.Map.of(), early.analysis()));
    JsonNode cut = server.get("/api/timeline").json();
    assertThat(cut.get("truncated").asBoolean()).isTrue();
    assertThat(cut.get("points")).hasSize(3660);
    assertThat(cut.get("to").asText()).isEqualTo("2024-03-31");
  }

  /* --------------- uploads: charsets, feeds, nothing stored --------------- */

  static final String FRENCH = "Le ministre a déclaré que les négociations reprendront la semaine prochaine à Genève. "
      + "Selon lui, les alliés sont prêts à discuter de nouvelles conditions, mais aucune décision n'a été prise. "
      + "Les experts estiment que cette déclaration provoquera des débats houleux au parlement français.";
  static final String RUSSIAN = "Министр обороны заявил журналистам, что переговоры о поставках оружия продолжатся на "
      + "следующей неделе. По его словам, союзники готовы обсудить новые условия, однако окончательное решение "
      + "пока не принято. Эксперты считают, что это заявление вызовет споры в парламенте.";

  @Test
  void uploads_areDecodedInTheDeclaredCharset_orDetectedLikeFiles() {
    var latin1 = server.postBytes("/api/articles", ("Déclaration à Genève\n" + FRENCH).getBytes(StandardCharsets.ISO_8859_1),
        "text/plain; charset=iso-8859-1");
    assertThat(latin1.status()).as(latin1.body()).isEqualTo(201);
    JsonNode a = server.get("/api/articles/" + latin1.json().at("/ids/0").asText()).json();
    assertThat(a.get("title").asText()).isEqualTo("Déclaration à Genève");
    assertThat(a.get("text").asText()).contains("négociations", "français");
    String page = "<html><head><title>Заявление</title></head><body><article><h1>Заявление</h1><p>" + RUSSIAN + "</p><p>"
        + RUSSIAN.replace("Министр", "Премьер") + "</p></article></body></html>";
    var html = server.postBytes("/api/articles", page.getBytes(java.nio.charset.Charset.forName("windows-1251")), "text/html");
    assertThat(html.status()).as(html.body()).isEqualTo(201);
    JsonNode ru = server.get("/api/articles/" + html.json().at("/ids/0").asText()).json();
    assertThat(ru.get("title").asText()).isEqualTo("Заявление");
    assertThat(ru.get("text").asText()).contains("переговоры о поставках");
    var json = server.postBytes("/api/articles", article("Café", FRENCH, "Gamma", null, null, null, null)
        .getBytes(StandardCharsets.ISO_8859_1), "application/json; charset=ISO-8859-1");
    assertThat(server.get("/api/articles/" + json.json().at("/ids/0").asText()).json().get("text").asText()).contains("déclaré");
    assertThat(server.postBytes("/api/articles", "x".getBytes(StandardCharsets.UTF_8), "text/plain; charset=no-such-charset").status())
        .isEqualTo(415);
  }

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Feed News</title><link>https://feed.example/</link>
      <item><title>First item</title><link>https://feed.example/1</link><pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate>
      <description>The first item of the feed tells of a summit in Vilnius.</description></item>
      <item><title>Second item</title><link>https://feed.example/2</link>
      <description>The second item tells of a harvest in Odesa.</description></item>
      </channel></rss>
      """;

  @Test
  void feeds_areAccepted_asTheCliAcceptsThem() {
    for (String type : new String[] {"application/rss+xml", "application/xml", "text/xml; charset=utf-8"}) {
      var r = server.post("/api/articles", RSS, type);
      assertThat(r.status()).as(type + ": " + r.body()).isEqualTo(201);
      assertThat(r.json().get("stored").asInt()).as(type).isEqualTo(2);
    }
    JsonNode first = server.get("/api/articles?from=2024-03-01&to=2024-03-01").json();
    assertThat(first.at("/items/0/title").asText()).isEqualTo("First item");
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
        <entry><title>Atom entry</title><id>urn:1</id><updated>2024-03-02T10:00:00Z</updated>
        <content type="text">An entry of the Atom feed about grain exports.</content></entry></feed>
        """;
    assertThat(server.post("/api/articles", atom, "application/atom+xml").status()).isEqualTo(201);
    var notAFeed = server.post("/api/articles", "<note><to>x</to></note>", "application/xml");
    assertThat(notAFeed.status()).isEqualTo(422);
    assertThat(notAFeed.json().get("findings").findValuesAsText("code")).containsExactly("broken-feed");
  }

  @Test
  void aBodyThatStoresNothing_is422_withTheFindings() {
    var text = server.post("/api/articles", "Only a title line", "text/plain");
    assertThat(text.status()).isEqualTo(422);
    assertThat(text.json().get("error").asText()).isEqualTo("unprocessable");
    assertThat(text.json().get("message").asText()).contains("nothing in the request could be stored");
    assertThat(text.json().get("findings").findValuesAsText("code")).containsExactly("no-text");
    var lines = server.post("/api/articles", "{broken\n{\"title\":\"no text\"}", "application/x-ndjson");
    assertThat(lines.status()).isEqualTo(422);
    assertThat(lines.json().get("findingsTotal").asInt()).isEqualTo(2);
    assertThat(server.store.count(dev.narrascope.store.ArticleQuery.all())).isZero();
  }

  /* --------------- stories --------------- */

  @Test
  void postedBatches_shareStoriesAndReposts_acrossRequests() {
    String body = "Officials in Vilnius confirmed on Tuesday that the alliance will station a new air defence battalion "
        + "near the Suwalki gap, a move the Kremlin called a provocation. The battalion of four hundred soldiers "
        + "arrives in March, the defence ministry said, and will stay for at least two years.";
    var first = server.post("/api/articles", article("Alliance sends air defence battalion to Lithuania", body,
        "Alpha Daily", "2024-03-01", null, null, null), "application/json");
    var second = server.post("/api/articles", article("BREAKING: NATO battalion heads for Suwalki gap",
        body + " Subscribe to our channel for more.", "Beta News", "2024-03-02", null, null, null), "application/json");
    String original = first.json().at("/ids/0").asText();
    String copy = second.json().at("/ids/0").asText();
    JsonNode stories = server.get("/api/stories").json().get("items");
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).get("articleIds")).extracting(JsonNode::asText).containsExactlyInAnyOrder(original, copy);
    assertThat(server.get("/api/articles/" + copy).json().at("/analysis/repostOf").asText()).isEqualTo(original);
    // Each answer names the stored articles' stories, and they resolve.
    String story = stories.get(0).get("id").asText();
    assertThat(first.json().at("/storyIds/0").asText()).isEqualTo(story);
    assertThat(second.json().at("/storyIds/0").asText()).isEqualTo(story);
    assertThat(server.get("/api/stories/" + story).status()).isEqualTo(200);
  }

  @Test
  void stories_listOne_andCompareOutletsSideBySide() {
    List<String> ids = seed();
    List<String> storyIds = ids.subList(6, 10);
    StoryFixtures.put(server.store, new Story("st-1", "Kyiv claims", storyIds, List.of("Alpha Daily", "Beta News"),
        List.of("en"), LocalDate.of(2024, 3, 28), LocalDate.of(2024, 3, 31)));
    JsonNode list = server.get("/api/stories").json();
    assertThat(list.get("items")).extracting(i -> i.get("id").asText()).contains("st-1");
    // The total counts every page.
    assertThat(list.get("total").asInt()).isEqualTo(list.get("items").size());
    assertThat(server.get("/api/stories?limit=1").json().get("total").asInt()).isEqualTo(list.get("items").size());
    assertThat(server.get("/api/stories/st-1").json().get("articles")).hasSize(4);
    JsonNode cmp = server.get("/api/stories/st-1/compare").json();
    assertThat(cmp.at("/story/id").asText()).isEqualTo("st-1");
    assertThat(cmp.get("sharedActors").get(0).asText()).isEqualTo("Zelensky");
    assertThat(cmp.get("outlets")).extracting(o -> o.get("outlet").asText()).containsExactly("Alpha Daily", "Beta News");
    JsonNode alpha = cmp.get("outlets").get(0);
    JsonNode beta = cmp.get("outlets").get(1);
    assertThat(beta.get("articles")).hasSize(2);
    assertThat(beta.at("/narratives/0/label").asText()).isEqualTo(DISCREDIT);
    assertThat(beta.at("/narratives/0/articles").asInt()).isEqualTo(2);
    assertThat(beta.at("/actors/0/actor").asText()).isEqualTo("Zelensky");
    assertThat(alpha.at("/actors/0/mainRole").asText()).isEqualTo("Antagonist");
    assertThat(beta.get("quotes").findValuesAsText("text")).allMatch(t -> t.startsWith("We will win"));
    assertThat(beta.at("/distinctiveWords/0/word").asText()).isEqualTo("regime");
    assertThat(alpha.at("/distinctiveWords/0/word").asText()).isEqualTo("government");
    assertThat(alpha.at("/distinctiveWords/0/zScore").asDouble()).isPositive();
  }

  /* --------------- outlets --------------- */

  @Test
  void outlets_listProfile_andSilentOutletsOfAStory() {
    Article o1 = stored("o1", "Alpha Daily", "2024-03-01", null);
    server.store.putAll(List.of(
        o1.withAnalysis(o1.analysis().withNarratives(List.of(new dev.narrascope.LabelScore(BLAME, 0.9)), List.of())),
        stored("o2", "Beta News", "2024-03-02", null), stored("o3", "Alpha Daily", "2024-03-03", null),
        // Gamma published within the story's dates + 3 days, Delta only after them.
        stored("g1", "Gamma Post", "2024-03-05", null), stored("d1", "Delta Wire", "2024-03-10", null)));
    StoryFixtures.put(server.store, new Story("st-o", "Outlets", List.of("o1", "o2"), List.of("Alpha Daily", "Beta News"),
        List.of("en"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)));

    JsonNode list = server.get("/api/outlets").json();
    assertThat(list.get("items")).extracting(i -> i.get("outlet").asText() + " " + i.get("articles").asInt())
        .containsExactly("Alpha Daily 2", "Beta News 1", "Delta Wire 1", "Gamma Post 1");
    assertThat(list.get("total").asInt()).isEqualTo(4);
    assertThat(server.get("/api/outlets?offset=1&limit=2").json().get("items")).extracting(i -> i.get("outlet").asText())
        .containsExactly("Beta News", "Delta Wire");

    JsonNode alpha = server.get("/api/outlets/Alpha%20Daily").json();
    assertThat(alpha.get("articles").asInt()).isEqualTo(2);
    assertThat(alpha.get("first").asText()).isEqualTo("2024-03-01");
    assertThat(alpha.get("last").asText()).isEqualTo("2024-03-03");
    assertThat(alpha.at("/narratives/0/label").asText()).isEqualTo(BLAME);
    assertThat(alpha.at("/narratives/0/share").asDouble()).isEqualTo(0.5);
    assertThat(alpha.get("bucket").asText()).isEqualTo("week");
    assertThat(alpha.at("/firstStories/0/storyId").asText()).isEqualTo("st-o");
    assertThat(alpha.at("/firstStories/0/first/id").asText()).isEqualTo("o1");
    assertThat(server.get("/api/outlets/Beta%20News").json().get("firstStories")).isEmpty();
    assertThat(server.get("/api/outlets/Nobody").json().get("error").asText()).isEqualTo("not-found");

    JsonNode silent = server.get("/api/stories/st-o").json().get("silentOutlets");
    assertThat(silent).extracting(o -> o.get("outlet").asText()).containsExactly("Gamma Post");
    assertThat(silent.get(0).get("articles").asInt()).isEqualTo(1);
  }

  @Test
  void story_history_listsSplitsAndMerges_andAMergedIdAnswersWithItsSurvivor() {
    server.store.putAll(List.of(stored("h1", "Alpha Daily", "2024-03-01", null), stored("h2", "Beta News", "2024-03-02", null)));
    StoryFixtures.put(server.store, new Story("st-h", "History", List.of("h1", "h2"), List.of("Alpha Daily", "Beta News"),
        List.of("en"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)));
    assertThat(server.get("/api/stories/st-h").json().get("history")).isEmpty();
    // As the clusterer logs them: h3 founded st-h3 with stored h2 split off; then h4 bridged st-gone into st-h.
    server.store.writeBatch(state -> state.splitStory("st-h", "st-h3", "h3", "h2"), List.of());
    server.store.writeBatch(state -> state.mergeStory("st-gone", "st-h", "h4"), List.of());

    JsonNode history = server.get("/api/stories/st-h").json().get("history");
    assertThat(history).extracting(c -> c.get("kind").asText()).containsExactly("split-off", "merged-in");
    assertThat(history.get(0).get("otherStory").asText()).isEqualTo("st-h3");
    assertThat(history.get(0).get("articleId").asText()).isEqualTo("h3");
    assertThat(history.get(0).get("moved")).extracting(JsonNode::asText).containsExactly("h2");
    assertThat(history.get(1).get("otherStory").asText()).isEqualTo("st-gone");
    assertThat(history.get(1).get("moved")).isEmpty();
    assertThat(history.get(1).get("at").asText()).endsWith("Z");
    // An id kept from before the merge answers with the story it went into, as does its comparison.
    assertThat(server.get("/api/stories/st-gone").json().at("/story/id").asText()).isEqualTo("st-h");
    assertThat(server.get("/api/stories/st-gone/compare").json().at("/story/id").asText()).isEqualTo("st-h");
  }

  @Test
  void story_propagation_firstSpreadAndRepostChains() {
    // Stored as they are (no pipeline): a1 <- a2 <- a3, a5 copies "far", an article outside the story.
    List<Article> articles = List.of(
        stored("a1", "Alpha Daily", "2024-03-01", null), stored("a2", "Beta News", "2024-03-02", "a1"),
        stored("a3", "Gamma Post", "2024-03-04", "a2"), stored("a4", "Alpha Daily", null, null),
        stored("a5", "Beta News", "2024-03-03", "far"), stored("a0", "Beta News", "2024-03-01", null),
        stored("far", "Delta Wire", "2024-02-28", null));
    server.store.putAll(articles);
    StoryFixtures.put(server.store, new Story("st-p", "Propagation", List.of("a0", "a1", "a2", "a5", "a3", "a4"),
        List.of("Beta News", "Alpha Daily", "Gamma Post"), List.of("en"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4)));
    JsonNode p = server.get("/api/stories/st-p").json().get("propagation");
    assertThat(p.get("articles").asInt()).isEqualTo(6);
    assertThat(p.at("/first/id").asText()).isEqualTo("a0");
    assertThat(p.at("/first/outlet").asText()).isEqualTo("Beta News");
    JsonNode spread = p.get("spread");
    assertThat(spread).extracting(o -> o.get("outlet").asText()).containsExactly("Beta News", "Alpha Daily", "Gamma Post");
    assertThat(spread.get(0).get("articles").asInt()).isEqualTo(3);
    assertThat(spread.get(0).get("last").asText()).isEqualTo("2024-03-03");
    assertThat(spread.get(0).get("days")).extracting(n -> n.get("day").asText() + "=" + n.get("articles").asInt())
        .containsExactly("2024-03-01=1", "2024-03-02=1", "2024-03-03=1");
    assertThat(spread.get(1).get("undated").asInt()).isEqualTo(1);
    assertThat(spread.get(2).get("lagDays").asInt()).isEqualTo(3);
    JsonNode chains = p.get("repostChains");
    assertThat(chains).extracting(c -> c.at("/original/id").asText()).containsExactly("far", "a1");
    assertThat(chains.get(0).get("originalInStory").asBoolean()).isFalse();
    assertThat(chains.get(0).at("/original/outlet").asText()).isEqualTo("Delta Wire");
    assertThat(chains.get(0).at("/copies/0/lagDays").asInt()).isEqualTo(4);
    assertThat(chains.get(1).get("copies")).extracting(c -> c.at("/article/id").asText() + "<-" + c.at("/copyOf/outlet").asText()
        + "@" + c.get("depth").asInt() + "+" + c.get("lagDays").asInt()).containsExactly("a2<-Alpha Daily@1+1", "a3<-Beta News@2+2");
    assertThat(server.get("/api/stories/st-p").json().get("articles")).extracting(a -> a.get("id").asText())
        .containsExactly("a0", "a1", "a2", "a5", "a3", "a4");
  }

  static Article stored(String id, String outlet, String date, String repostOf) {
    return new Article(id, "test", null, "Title " + id, outlet, date == null ? null : LocalDate.parse(date), "en", 1, "Text of " + id + ".",
        null, Analysis.EMPTY.withStory(null, repostOf));
  }
}
