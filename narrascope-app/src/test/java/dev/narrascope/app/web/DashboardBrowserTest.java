package dev.narrascope.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Evidence;
import dev.narrascope.Explanation;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import dev.narrascope.Story;
import dev.narrascope.app.StoryFixtures;
import dev.narrascope.app.cli.CliRun;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium against a real server with posted data: overview chart,
 * story comparison, search, article highlights, and an XSS article that must render as text.
 * Skips when Debian's chromium/chromedriver are missing (install: {@code scripts/install-browser}).
 * Screenshots go to {@code target/screenshots/}; with {@code -Dnarrascope.docsScreenshot=true}
 * the overview also goes to {@code docs/dashboard.png}.
 */
final class DashboardBrowserTest {
  static final String XSS_TITLE = "<img src=x onerror=\"window.__xss=1;alert(1)\"><script>window.__xss=1</script>";
  static Path chromium;
  static Path chromedriver;
  ChromeDriverService service;

  @TempDir Path dir;
  TestServer server;
  WebDriver driver;
  Path profile;
  Path downloads;

  /**
   * Selenium warns (through java.util.logging, three lines per test) when the browser is newer than the
   * DevTools versions it knows; the tests use WebDriver only. Held here because JUL keeps loggers weakly.
   */
  private static final java.util.logging.Logger CDP_VERSIONS = java.util.logging.Logger.getLogger(
      "org.openqa.selenium.devtools.CdpVersionFinder");

  @BeforeAll
  static void findBrowser() throws IOException {
    CDP_VERSIONS.setLevel(java.util.logging.Level.SEVERE);
    chromium = onPath("chromium", "chromium-browser", "google-chrome");
    chromedriver = onPath("chromedriver");
    Assumptions.assumeTrue(chromium != null && chromedriver != null,
        "Browser tests skipped: chromium and chromedriver not found (run scripts/install-browser)");
  }

  static Path onPath(String... names) {
    for (String name : names) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path p = Path.of(d, name);
        if (Files.isExecutable(p)) return p;
      }
    }
    return null;
  }

  @BeforeEach
  void start() throws IOException {
    server = new TestServer(SqliteArticleStore.open(dir.resolve("dash.db")));
    profile = Files.createTempDirectory("narrascope-chromium-");
    downloads = dir.resolve("downloads");
    Files.createDirectories(downloads);
    // One driver service per test: quitting a driver shuts its service down.
    service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900");
    o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
    driver = new ChromeDriver(service, o);
  }

  @AfterEach
  void stop() throws IOException {
    if (driver != null) driver.quit();
    if (service != null) service.stop();
    if (server != null) server.close();
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /* --------------- data --------------- */

  /** A small corpus posted through the API (so it runs the pipeline), plus one story over it; returns the posted ids. */
  List<String> postCorpus() {
    // The third field is a word only that outlet uses: its distinctive word on the story page.
    String[][] outlets = {{"Northern Ledger", "en", "fjords"}, {"Capital Wire", "en", "ministries"}, {"Eastern Herald", "en", "steppe"},
        {"Daily Signal", "en", "bulletins"}};
    String[][] themes = {
        {"URW: Discrediting Ukraine", "Zelensky", "Antagonist", "Officials in Kyiv were accused of hiding losses from the public."},
        {"URW: Blaming the war on others rather than the invader", "NATO", "Antagonist", "The alliance was blamed for the escalation at the border."},
        {"URW: Praise of Russian military might", "Russia", "Protagonist", "The new air defence units were described as unstoppable."},
        {"CC: Criticism of climate policies", "European Union", "Antagonist", "The new emission rules were called a burden on farmers."}};
    List<String> lines = new ArrayList<>();
    LocalDate end = LocalDate.of(2024, 3, 31);
    for (int i = 0; i < 36; i++) {
      String[] t = themes[i < 8 ? 0 : i % themes.length];
      String[] o = outlets[i % outlets.length];
      LocalDate day = end.minusDays(i < 8 ? i / 2 : (i * 7) % 34);
      lines.add(TestServer.article(t[1] + " report " + (i + 1) + ": " + t[3].substring(0, 30).strip(),
          t[3] + " Analysts said the claims were not supported by evidence. \"This is only the beginning\", said a spokesman "
              + (i + 1) + ". Reporters in the region described a calm week. More " + o[2] + " later.",
          o[0], day.toString(), t[0], t[1], i % 5 == 0 ? "Innocent" : t[2]));
    }
    var r = server.post("/api/articles", String.join("\n", lines), "application/x-ndjson");
    assertThat(r.status()).isEqualTo(201);
    List<String> ids = new ArrayList<>();
    r.json().get("ids").forEach(n -> ids.add(n.asText()));
    List<String> storyIds = List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(3));
    StoryFixtures.put(server.store, new Story("story-kyiv-losses", "Kyiv accused of hiding losses", storyIds,
        List.of("Northern Ledger", "Capital Wire", "Eastern Herald", "Daily Signal"), List.of("en"),
        LocalDate.of(2024, 3, 30), end));
    return ids;
  }

  /**
   * Adds a repost chain to the story (stored directly, with {@code repostOf} set): Mirror Daily copies
   * the story's 2024-03-30 article a day later, Echo Times copies Mirror Daily's copy two days after that.
   */
  void addReposts(List<String> ids) {
    String original = ids.get(2);
    Article a = server.store.get(original).orElseThrow();
    server.store.put(copy("rp000000000001", "Mirror Daily", LocalDate.of(2024, 3, 31), a, original));
    server.store.put(copy("rp000000000002", "Echo Times", LocalDate.of(2024, 4, 2), a, "rp000000000001"));
    StoryFixtures.put(server.store, new Story("story-kyiv-losses", "Kyiv accused of hiding losses",
        List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(3), "rp000000000001", "rp000000000002"),
        List.of("Northern Ledger", "Capital Wire", "Eastern Herald", "Daily Signal", "Mirror Daily", "Echo Times"), List.of("en"),
        LocalDate.of(2024, 3, 30), LocalDate.of(2024, 4, 2)));
  }

  static Article copy(String id, String outlet, LocalDate day, Article of, String repostOf) {
    return new Article(id, "test", null, "COPY: " + of.title(), outlet, day, "en", 1, of.text(), Map.of(),
        Analysis.EMPTY.withStory(null, repostOf));
  }

  /** Stored directly (no cleaning), so every field the dashboard shows carries markup. */
  Article xssArticle() {
    String text = "<script>window.__xss=1</script> Plain sentence one. <img src=x onerror=\"window.__xss=1\"> "
        + "\"<b onmouseover=window.__xss=1>quoted</b>\" said <svg onload=window.__xss=1>.";
    int q = text.indexOf("\"<b");
    int qe = text.indexOf('"', q + 1);
    Analysis an = Analysis.EMPTY
        .withNarratives(List.of(new LabelScore("<img src=x onerror=window.__xss=1>", 0.9)), List.of())
        .withExplanation(new Explanation("<script>window.__xss=1</script>", "Other", "<img src=y onerror=window.__xss=1>",
            List.of(new Evidence(0, 31, text.substring(0, 31)), new Evidence(-5, 100_000, "out of range"))))
        .withActors(List.of(new ActorFraming("<svg onload=window.__xss=1>", "Antagonist", 0.9, List.of("<i onclick=x>"), List.of(), 1.0)))
        .withQuotes(List.of(new Quote(text.substring(q + 1, qe), "<script>alert(1)</script>", q + 1, qe, true)));
    return new Article("xss000000000001", "test", "javascript:window.__xss=1", XSS_TITLE, "<b onclick=window.__xss=1>Outlet</b>",
        LocalDate.of(2024, 3, 31), "en", 1, text, Map.of(), an);
  }

  /* --------------- helpers --------------- */

  void open(String hash) {
    driver.get(server.base() + "/" + hash);
    // Exact route: "#/" is a prefix of every route, and a hash-only change keeps the old view briefly.
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      WebElement v = d.findElement(By.id("view"));
      return "true".equals(v.getAttribute("data-ready")) && hash.equals(v.getAttribute("data-route"));
    });
  }

  void waitReady() {
    waitReady("#");
  }

  /** Waits until the page has rendered a route starting with {@code hashPrefix}. */
  void waitReady(String hashPrefix) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      WebElement v = d.findElement(By.id("view"));
      String route = v.getAttribute("data-route");
      return "true".equals(v.getAttribute("data-ready")) && route != null && route.startsWith(hashPrefix);
    });
  }

  void signIn() {
    driver.get(server.base() + "/#token=" + TestServer.TOKEN);
    waitReady();
  }

  /** Waits for a chart canvas to be drawn and checks that it holds non-transparent pixels. */
  void assertChartDrawn() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn=true]")));
    Object painted = js("const c = document.querySelector('canvas[data-drawn=true]');"
        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;");
    assertThat(((Number) painted).longValue()).as("painted pixels").isGreaterThan(500);
  }

  static double px(String css) {
    return Double.parseDouble(css.replace("px", ""));
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  Path screenshot(String name) throws IOException {
    Path out = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(out.getParent());
    Files.write(out, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return out;
  }

  /** Waits for a finished download of that name (Chromium writes a .crdownload first, then renames it). */
  Path downloaded(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file));
    return file;
  }

  /** The article ids the list on the page links to, in order. */
  List<String> listedArticleIds() {
    return driver.findElements(By.cssSelector("#article-list > li > a")).stream()
        .map(a -> a.getAttribute("href").replaceFirst(".*#/article/", "")).toList();
  }

  static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  void assertNothingRan() {
    assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  /* --------------- tests --------------- */

  @Test
  void dashboard_showsOverviewChart_followsAStory_andSearches() throws IOException {
    List<String> ids = postCorpus();
    signIn();
    assertThat(driver.getCurrentUrl()).doesNotContain(TestServer.TOKEN);
    assertChartDrawn();
    assertThat(driver.findElement(By.cssSelector(".stat")).getText()).isEqualTo("36");
    // The cards show the lists' totals, not the length of the page the overview fetched.
    assertThat(driver.findElement(By.id("stat-stories")).getText())
        .isEqualTo(server.get("/api/stories").json().get("total").asText());
    assertThat(driver.findElement(By.id("stat-narratives")).getText())
        .isEqualTo(server.get("/api/narratives").json().get("total").asText());
    assertThat(driver.findElements(By.cssSelector(".alert"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("z ");
    Path overview = screenshot("overview");
    if (Boolean.getBoolean("narrascope.docsScreenshot")) {
      Path docs = Path.of("..", "docs", "dashboard.png");
      Files.createDirectories(docs.getParent());
      Files.copy(overview, docs, StandardCopyOption.REPLACE_EXISTING);
    }

    addReposts(ids);
    driver.findElement(By.linkText("Kyiv accused of hiding losses")).click();
    waitReady("#/story/");
    // Propagation: the first article and its outlet, the spread per outlet (chart and table), the repost
    // chains. The pipeline also finds reposts among the posted articles, so counts come from the API.
    JsonNode propagation = server.get("/api/stories/story-kyiv-losses").json().get("propagation");
    JsonNode first = propagation.get("first");
    int reposts = 0;
    for (JsonNode chain : propagation.get("repostChains")) reposts += chain.get("copies").size();
    WebElement firstCard = driver.findElement(By.cssSelector("#propagation .first-article"));
    assertThat(firstCard.getText()).contains(first.get("title").asText(), first.get("outlet").asText(), "2024-03-30",
        "Reached 6 outlets within 3 days", reposts + " reposts");
    assertChartDrawn();
    List<WebElement> spread = driver.findElements(By.cssSelector("#spread-table tbody tr"));
    assertThat(spread).hasSize(6);
    assertThat(spread.get(0).getText()).startsWith(first.get("outlet").asText()).contains("first day");
    assertThat(spread.get(5).getText()).startsWith("Echo Times").contains("2024-04-02", "+3 days", "2024-04-02 ×1");
    List<WebElement> copies = driver.findElements(By.cssSelector("#repost-chains .chain-copies li"));
    assertThat(copies).hasSize(reposts);
    int mirror = -1;
    for (int i = 0; i < copies.size() && mirror < 0; i++) if (copies.get(i).getText().contains("Mirror Daily · ")) mirror = i;
    assertThat(mirror).as("Mirror Daily's copy listed").isBetween(0, copies.size() - 2);
    assertThat(copies.get(mirror).getText()).contains("COPY: Zelensky report 3", "2024-03-31", "+1 day after");
    // Depth first: the copy of the copy comes right after it, indented further.
    WebElement echo = copies.get(mirror + 1);
    assertThat(echo.getText()).contains("Echo Times", "2024-04-02", "+2 days after Mirror Daily (a copy)");
    assertThat(px(echo.getCssValue("margin-left"))).isGreaterThan(px(copies.get(mirror).getCssValue("margin-left")));
    screenshot("story-propagation");
    js("document.getElementById('repost-chains').scrollIntoView()");
    screenshot("story-reposts");
    assertThat(driver.findElements(By.cssSelector(".outlet"))).hasSize(6);
    assertThat(driver.findElement(By.cssSelector(".outlet")).getText()).contains("URW: Discrediting Ukraine", "Zelensky",
        "Distinctive words");
    assertThat(driver.findElements(By.cssSelector(".outlet")).stream().map(WebElement::getText).toList())
        .anySatisfy(t -> assertThat(t).contains("fjords")).anySatisfy(t -> assertThat(t).contains("steppe"));
    screenshot("story");

    driver.findElement(By.cssSelector(".outlet .list a")).click();
    waitReady("#/article/");
    assertThat(driver.findElements(By.cssSelector("mark.evidence"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("mark.quote")).getText()).isEqualTo("This is only the beginning");
    screenshot("article");

    WebElement search = driver.findElement(By.id("search-input"));
    search.clear();
    search.sendKeys("alliance escalation");
    search.submit();
    waitReady("#/search");
    List<WebElement> hits = driver.findElements(By.cssSelector("#search-results > li"));
    assertThat(hits).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#search-results .snippet b")).getText()).isIn("alliance", "escalation");
    screenshot("search");

    open("#/narrative?label=URW%3A%20Discrediting%20Ukraine");
    assertChartDrawn();
    open("#/actor?name=NATO");
    assertChartDrawn();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("NATO");
    // The split of NATO's framed roles, as the framing API counts them.
    JsonNode totals = server.get("/api/actors/framing?actor=NATO").json().get("totals");
    totals.fields().forEachRemaining(e -> assertThat(driver.findElement(By.cssSelector("#role-split [data-role='" + e.getKey() + "']"))
        .getText()).startsWith(e.getKey() + ": " + e.getValue().asText() + " ("));
    screenshot("actor");
  }

  @Test
  void articles_filteredByTwoFacets_exportAsCsvAndJson() throws IOException {
    postCorpus();
    signIn();
    open("#/articles");
    driver.findElement(By.id("filter-outlet")).sendKeys("Capital Wire");
    driver.findElement(By.id("filter-narrative")).sendKeys("URW: Discrediting Ukraine");
    driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
    waitReady("#/articles?");
    JsonNode both = server.get("/api/articles?outlet=Capital%20Wire&narrative=URW%3A%20Discrediting%20Ukraine&limit=200").json();
    long total = both.get("total").asLong();
    // Both facets apply: fewer articles than either facet alone, and at least one.
    assertThat(total).isPositive()
        .isLessThan(server.get("/api/articles?outlet=Capital%20Wire").json().get("total").asLong())
        .isLessThan(server.get("/api/articles?narrative=URW%3A%20Discrediting%20Ukraine").json().get("total").asLong());
    assertThat(listedArticleIds()).containsExactlyElementsOf(ids(both));
    assertThat(driver.findElement(By.id("article-total")).getText()).isEqualTo(total + " articles");
    assertThat(driver.findElements(By.cssSelector("#article-list .meta")))
        .allSatisfy(m -> assertThat(m.getText()).startsWith("Capital Wire"));
    // The filters live in the address bar (a deep link) and refill the form.
    assertThat(driver.getCurrentUrl()).contains("outlet=Capital+Wire").doesNotContain(TestServer.TOKEN);
    assertThat(driver.findElement(By.id("filter-narrative")).getAttribute("value")).isEqualTo("URW: Discrediting Ukraine");
    screenshot("articles-filtered");

    driver.findElement(By.id("export-csv")).click();
    List<String> csv = Files.readAllLines(downloaded("articles.csv"));
    assertThat(csv.get(0)).startsWith("\"id\",\"title\",\"outlet\"");
    assertThat(csv.subList(1, csv.size())).hasSize((int) total)
        .allSatisfy(line -> assertThat(line).contains("\"Capital Wire\"", "URW: Discrediting Ukraine"));
    assertThat(csv.subList(1, csv.size()).stream().map(l -> l.substring(1, l.indexOf('"', 1))).toList())
        .containsExactlyElementsOf(ids(both));

    driver.findElement(By.id("export-json")).click();
    JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(downloaded("articles.json").toFile());
    assertThat(json.isArray()).isTrue();
    List<String> exported = new ArrayList<>();
    json.forEach(n -> exported.add(n.get("id").asText()));
    assertThat(exported).containsExactlyElementsOf(ids(both));
  }

  @Test
  void deepLink_toAStory_opensFresh_afterSignIn_andOnReload() {
    postCorpus();
    // A fresh tab: no token kept yet, so the page asks for it and then opens the linked story.
    driver.get(server.base() + "/#/story/story-kyiv-losses");
    waitReady();
    driver.findElement(By.id("token-input")).sendKeys(TestServer.TOKEN);
    driver.findElement(By.id("token-input")).submit();
    waitReady("#/story/story-kyiv-losses");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kyiv accused of hiding losses");
    assertThat(driver.getCurrentUrl()).endsWith("/#/story/story-kyiv-losses").doesNotContain(TestServer.TOKEN);
    driver.navigate().refresh();
    waitReady("#/story/story-kyiv-losses");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kyiv accused of hiding losses");
    assertThat(driver.findElements(By.cssSelector(".outlet"))).hasSize(4);
  }

  @Test
  void storyPage_ofAMergedId_showsTheSurvivorAndItsHistory_withLinks() {
    postCorpus();
    String member = server.get("/api/stories/story-kyiv-losses").json().at("/story/articleIds/0").asText();
    // As the clusterer logs them: a new article split a stored member off, then another bridged story-old into it.
    server.store.writeBatch(state -> state.splitStory("story-kyiv-losses", "story-split", "new-article", member), List.of());
    server.store.writeBatch(state -> state.mergeStory("story-old", "story-kyiv-losses", "bridge-article"), List.of());
    signIn();
    open("#/story/story-old");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kyiv accused of hiding losses");
    List<WebElement> changes = driver.findElements(By.cssSelector("#story-history li"));
    assertThat(changes).extracting(e -> e.getAttribute("data-kind")).containsExactly("split-off", "merged-in");
    assertThat(changes.get(0).getText()).contains("1 article: " + member + " split off to story story-split with new article new-article");
    assertThat(changes.get(1).getText()).contains("story story-old merged in, bridged by new article bridge-article");
    changes.get(0).findElements(By.tagName("a")).stream().filter(a -> a.getText().equals(member)).findFirst().orElseThrow().click();
    waitReady("#/article/");
  }

  @Test
  void storyPage_afterARecluster_listsItsMoves_andTheDissolvedIdLeadsThere() {
    postCorpus();
    // A re-clustering that puts every stored article into one story (the stateful tail's place, kept simple here).
    server.store.rebuildCorpusState(1000, (page, state) -> {
      StoryEntry all = state.story("story-all") != null ? state.story("story-all") : new StoryEntry("story-all", state.nextStorySeq());
      for (Article a : page) all.add(a, null, null, null);
      state.putStory(all);
      state.putArticles(page.stream().map(a -> a.withAnalysis(a.analysis().withStory("story-all", null))).toList());
    });
    signIn();
    open("#/story/story-kyiv-losses");
    List<WebElement> changes = driver.findElements(By.cssSelector("#story-history li[data-kind=reclustered-from]"));
    assertThat(changes).extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("4 articles: ").contains(" moved in from story story-kyiv-losses by a re-clustering"));
    changes.stream().filter(c -> c.getText().contains("story-kyiv-losses")).findFirst().orElseThrow()
        .findElements(By.tagName("a")).stream().filter(a -> a.getText().equals("story-kyiv-losses")).findFirst().orElseThrow().click();
    waitReady("#/story/story-kyiv-losses");
  }

  @Test
  void volumeChart_overALongSparseRange_countsPerMonth() {
    // Three articles over more than two years: 1,100 daily bars would be unreadable, 39 monthly ones are not.
    String[] days = {"2021-01-05", "2022-06-01", "2024-03-31"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      lines.add(TestServer.article("Report " + i, "Officials met in Brussels on day " + i + ".", "Alpha Daily", days[i],
          null, null, null));
    }
    assertThat(server.post("/api/articles", String.join("\n", lines), "application/x-ndjson").status()).isEqualTo(201);
    signIn();
    assertChartDrawn();
    assertThat(driver.findElement(By.cssSelector(".grid h2")).getText()).isEqualTo("Articles per month");
    Object bars = js("const c = Chart.getChart(document.querySelector('canvas[data-drawn=true]'));"
        + "return [c.data.labels.length, c.data.labels[0], c.data.datasets[0].data.reduce((s, n) => s + n, 0)];");
    assertThat(bars).isEqualTo(List.of(39L, "2021-01", 3L));
  }

  @Test
  void outletPage_fromAStory_showsProfile_andSilentOutlets() throws IOException {
    // An outlet that published while the story ran (its dates ± 3 days) but not in it.
    postCorpus();
    server.store.put(new Article("quiet000000001", "test", null, "Harbour reopens", "Quiet Gazette", LocalDate.of(2024, 4, 2), "en",
        1, "The harbour reopened after repairs.", Map.of(), Analysis.EMPTY));
    String firstOutlet = server.get("/api/stories/story-kyiv-losses").json().at("/propagation/first/outlet").asText();
    signIn();
    open("#/story/story-kyiv-losses");
    List<WebElement> silent = driver.findElements(By.cssSelector("#silent-outlets li"));
    assertThat(silent).extracting(WebElement::getText).containsExactly("Quiet Gazette 1 article then");
    silent.get(0).findElement(By.tagName("a")).click();
    waitReady("#/outlet");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quiet Gazette");

    open("#/story/story-kyiv-losses");
    // The outlet's name heads its column in the comparison and links to its profile.
    driver.findElements(By.cssSelector(".outlet h2 a")).stream().filter(e -> e.getText().equals(firstOutlet)).findFirst()
        .orElseThrow().click();
    waitReady("#/outlet");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(firstOutlet);
    assertThat(driver.findElement(By.id("outlet-profile")).getText()).contains("9 articles", "languages: en 9");
    assertThat(driver.findElement(By.id("outlet-narratives")).getText()).contains("URW: Discrediting Ukraine", "%");
    assertThat(driver.findElement(By.id("first-stories")).getText()).contains("Kyiv accused of hiding losses");
    assertChartDrawn();
    screenshot("outlet");
  }

  @Test
  void dashboard_withoutToken_asksForIt_andFitsAPhoneScreen() throws IOException {
    postCorpus();
    driver.get(server.base() + "/");
    waitReady();
    WebElement input = driver.findElement(By.id("token-input"));
    input.sendKeys("wrong-token-000000");
    input.submit();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-form"), "not accepted"));
    driver.findElement(By.id("token-input")).sendKeys(TestServer.TOKEN);
    driver.findElement(By.id("token-input")).submit();
    assertChartDrawn();
    driver.manage().window().setSize(new Dimension(390, 844));
    open("#/stories");
    open("#/");
    assertChartDrawn();
    Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).intValue()).as("horizontal overflow on a phone").isLessThanOrEqualTo(1);
    screenshot("overview-phone");
  }

  @Test
  void untrustedMarkup_rendersAsText_andRunsNothing() throws IOException {
    server.store.put(xssArticle());
    // The same payload also goes through the API (title, body and outlet as the client sent them).
    assertThat(server.post("/api/articles", TestServer.article(XSS_TITLE, "<script>window.__xss=1</script> Body <img src=x onerror=window.__xss=1>.",
        "<svg onload=window.__xss=1>", "2024-03-30", "<img src=z onerror=window.__xss=1>", "<b onclick=1>X</b>", null),
        "application/json").status()).isEqualTo(201);
    signIn();
    assertNothingRan();
    open("#/article/xss000000000001");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(XSS_TITLE);
    assertThat(driver.findElements(By.cssSelector(".article-text script, .article-text img, .article-text svg, h1 img"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector("mark.quote")).getText()).contains("<b onmouseover=window.__xss=1>quoted</b>");
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertNothingRan();
    screenshot("xss-article");
    // A story whose propagation names the markup-laden article, a copy from a markup outlet, and an
    // original outside the store whose id is markup.
    Article xss = xssArticle();
    server.store.put(copy("xsscopy00000001", "<img src=x onerror=window.__xss=1>", LocalDate.of(2024, 4, 1), xss, xss.id()));
    server.store.put(copy("xsscopy00000002", "<svg onload=window.__xss=1>", null, xss, "<img src=q onerror=window.__xss=1>"));
    StoryFixtures.put(server.store, new Story("story-xss", XSS_TITLE, List.of(xss.id(), "xsscopy00000001", "xsscopy00000002"),
        List.of(), List.of("en"), xss.published(), LocalDate.of(2024, 4, 1)));
    open("#/story/story-xss");
    assertThat(driver.findElement(By.cssSelector("#propagation .first-article a")).getText()).isEqualTo(XSS_TITLE);
    assertThat(driver.findElement(By.id("repost-chains")).getText()).contains("<img src=x onerror=window.__xss=1>",
        "<img src=q onerror=window.__xss=1>", "not in this story");
    assertThat(driver.findElements(By.cssSelector("#propagation script, #propagation img, #propagation svg, #propagation b"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertNothingRan();
    js("document.getElementById('repost-chains').scrollIntoView()");
    screenshot("xss-story");
    for (String page : new String[] {"#/search?q=script", "#/narratives", "#/actors", "#/articles", "#/review",
        "#/narrative?label=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E", "#/actor?name=%3Csvg%20onload%3Dwindow.__xss%3D1%3E"}) {
      open(page);
      assertNothingRan();
    }
  }

  /* --------------- review and correction --------------- */

  static final String DISCREDIT = "URW: Discrediting Ukraine";
  static final String BLAME = "URW: Blaming the war on others rather than the invader";

  /**
   * Articles of one outlet with these narrative confidences (the fixture's), each framing NATO as an
   * Antagonist at 80% and quoting a spokesman; returns their ids in that order.
   */
  List<String> postForReview(double... confidences) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < confidences.length; i++) {
      lines.add(TestServer.withConfidence(TestServer.article("Review case " + (i + 1), "The alliance moved troops east, case "
          + (i + 1) + ". \"We are ready\", the spokesman said.", "Northern Ledger", "2024-03-0" + (i + 1), DISCREDIT, "NATO",
          "Antagonist"), confidences[i]));
    }
    var r = server.post("/api/articles", String.join("\n", lines), "application/x-ndjson");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    List<String> ids = new ArrayList<>();
    r.json().get("ids").forEach(n -> ids.add(n.asText()));
    return ids;
  }

  List<String> reviewIds() {
    return driver.findElements(By.cssSelector("#review-list > li")).stream().map(li -> li.getAttribute("data-id")).toList();
  }

  /** Opens the correction form under the summary {@code what} within {@code scope}. */
  WebElement fixForm(WebElement scope, String what) {
    WebElement details = scope.findElements(By.cssSelector("details.fix")).stream()
        .filter(d -> d.findElement(By.tagName("summary")).getText().equals(what)).findFirst().orElseThrow();
    details.findElement(By.tagName("summary")).click();
    return details.findElement(By.tagName("form"));
  }

  /** Saves a correction form and waits for the page to be drawn again with one more entry in the audit trail. */
  void save(WebElement form) {
    int before = driver.findElements(By.cssSelector("#audit-trail li")).size();
    form.findElement(By.cssSelector("button.save")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#audit-trail li")).size() == before + 1
        && "true".equals(d.findElement(By.id("view")).getAttribute("data-ready")));
  }

  @Test
  void reviewQueue_leastSureFirst_andAnArticleCorrectedInTheDashboardLeavesIt() throws IOException {
    List<String> ids = postForReview(0.97, 0.52, 0.75);
    signIn();
    open("#/review");
    assertThat(reviewIds()).containsExactly(ids.get(1), ids.get(2), ids.get(0));
    assertThat(driver.findElement(By.cssSelector("#review-list > li")).getText())
        .contains("Review case 2", "48% unsure", "Least sure: narrative \"" + DISCREDIT + "\" (52%)");
    assertThat(driver.findElement(By.id("review-total")).getText()).startsWith("3 articles to review");
    screenshot("review-queue");

    driver.findElement(By.cssSelector("#review-list > li a")).click();
    waitReady("#/article/");
    driver.findElement(By.id("author-input")).sendKeys("ana");
    // Untick the model's narrative, tick a sub-narrative of another: its narrative comes with it.
    String sub = null;
    for (JsonNode n : server.get("/api/taxonomy").json().get("narratives")) {
      if (n.get("label").asText().equals(BLAME)) sub = n.get("subNarratives").get(0).asText();
    }
    WebElement form = fixForm(driver.findElement(By.cssSelector("aside")), "Correct narratives");
    form.findElement(By.cssSelector("input[value=\"" + DISCREDIT + "\"]")).click();
    form.findElement(By.cssSelector("input[value=\"" + sub + "\"]")).click();
    save(form);
    assertThat(driver.findElement(By.id("article-narratives")).getText()).isEqualTo(BLAME);
    assertThat(driver.findElements(By.cssSelector("#article-narratives .chip.corrected"))).hasSize(1);
    assertThat(driver.findElement(By.id("audit-trail")).getText()).contains("Narratives: " + BLAME, sub, "ana");
    screenshot("article-corrected");

    open("#/review");
    assertThat(reviewIds()).containsExactly(ids.get(2), ids.get(0));
    // "Labels are right" also takes an article out of the queue, and says so in its trail.
    driver.findElement(By.cssSelector("#review-list > li a")).click();
    waitReady("#/article/");
    driver.findElement(By.id("mark-reviewed")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#audit-trail li")).isEmpty());
    assertThat(driver.findElement(By.id("audit-trail")).getText()).contains("Reviewed", "ana");
    open("#/review");
    assertThat(reviewIds()).containsExactly(ids.get(0));
  }

  @Test
  void correctingARole_showsOnReload_andInTheCli_andReadOnlyTokensCannotEdit() throws IOException {
    String id = postForReview(0.9).get(0);
    signIn();
    open("#/article/" + id);
    driver.findElement(By.id("author-input")).sendKeys("ana");
    WebElement nato = driver.findElement(By.cssSelector("#article-actors li[data-actor=NATO]"));
    assertThat(nato.findElement(By.cssSelector(".role")).getText()).isEqualTo("Antagonist 80%");
    WebElement form = fixForm(nato, "Correct role");
    new Select(form.findElement(By.cssSelector("select.role-main"))).selectByValue("Innocent");
    form.findElement(By.cssSelector(".fine-roles input[value=Victim]")).click();
    screenshot("article-correct-role");
    save(form);
    assertRoleCorrected();

    driver.navigate().refresh();
    waitReady("#/article/");
    assertRoleCorrected();
    assertThat(driver.findElement(By.id("audit-trail")).getText()).contains("NATO: Innocent (Victim)", "ana");

    // A quote's speaker, likewise.
    WebElement quote = driver.findElement(By.cssSelector("#article-quotes li"));
    WebElement speaker = fixForm(quote, "Correct speaker");
    speaker.findElement(By.cssSelector("input.speaker-input")).clear();
    speaker.findElement(By.cssSelector("input.speaker-input")).sendKeys("Jens Stoltenberg");
    save(speaker);
    assertThat(driver.findElement(By.cssSelector("#article-quotes li .meta")).getText()).contains("Jens Stoltenberg", "corrected");
    assertThat(driver.findElement(By.id("audit-trail")).getText()).contains("Quote 1 spoken by Jens Stoltenberg");

    // And its story.
    StoryFixtures.put(server.store, new Story("story-troops", "Troops move east", List.of(id), List.of("Northern Ledger"), List.of("en"),
        LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1)));
    WebElement move = fixForm(driver.findElement(By.cssSelector("aside")), "Move to another story");
    move.findElement(By.cssSelector("input.story-input")).sendKeys("story-troops");
    save(move);
    assertThat(driver.findElement(By.id("audit-trail")).getText()).contains("Moved to story story-troops");
    assertThat(server.get("/api/articles/" + id).json().at("/analysis/storyId").asText()).isEqualTo("story-troops");

    // A read-only token sees the labels and the trail, and no editing control.
    driver.get(server.base() + "/#token=" + TestServer.READ_TOKEN);
    waitReady();
    open("#/article/" + id);
    assertRoleCorrected();
    assertThat(driver.findElement(By.id("read-only-note")).getText()).contains("Read-only token");
    assertThat(driver.findElements(By.cssSelector("details.fix, #author-input, #mark-reviewed"))).isEmpty();
    assertThat(driver.findElement(By.id("audit-trail")).getText()).contains("NATO: Innocent (Victim)");
    // The command line reads the same store and sees the dashboard's correction.
    assertThat(cli(id)).contains("NATO: Innocent (Victim) (corrected)");
  }

  /** What {@code narrascope article ID} prints for the server's store, run in-process. */
  String cli(String id) {
    CliRun run = CliRun.run("article", id, "--db", "sqlite:" + dir.resolve("dash.db"));
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void storyPage_splitsTickedArticlesIntoANewStory_andMergesThemBack() {
    List<String> ids = postCorpus();
    signIn();
    open("#/story/story-kyiv-losses");
    driver.findElement(By.id("author-input")).sendKeys("ana");
    WebElement split = driver.findElement(By.id("split-form"));
    split.findElement(By.cssSelector("input[value='" + ids.get(3) + "']")).click();
    split.findElement(By.cssSelector("button.save")).click();
    waitReady("#/story/s-");
    String created = driver.findElement(By.id("view")).getAttribute("data-route").substring("#/story/".length());
    assertThat(server.get("/api/stories/" + created).json().at("/story/articleIds").toString()).isEqualTo("[\"" + ids.get(3) + "\"]");
    assertThat(server.get("/api/stories/story-kyiv-losses").json().at("/story/articleIds").size()).isEqualTo(3);

    driver.findElement(By.id("merge-into")).sendKeys("story-kyiv-losses");
    driver.findElement(By.cssSelector("#merge-form button.save")).click();
    waitReady("#/story/story-kyiv-losses");
    assertThat(server.get("/api/stories/story-kyiv-losses").json().at("/story/articleIds").size()).isEqualTo(4);
    // Both moves are in the article's audit trail, with who made them.
    JsonNode trail = server.get("/api/articles/" + ids.get(3) + "/corrections").json();
    assertThat(trail.get("total").asInt()).isEqualTo(2);
    assertThat(trail.at("/items/1/value/story").asText()).isEqualTo("story-kyiv-losses");
    assertThat(trail.at("/items/1/author").asText()).isEqualTo("ana");
  }

  void assertRoleCorrected() {
    WebElement nato = driver.findElement(By.cssSelector("#article-actors li[data-actor=NATO]"));
    assertThat(nato.findElement(By.cssSelector(".role")).getText()).isEqualTo("Innocent");
    assertThat(nato.getText()).contains("corrected", "Victim");
  }
}
