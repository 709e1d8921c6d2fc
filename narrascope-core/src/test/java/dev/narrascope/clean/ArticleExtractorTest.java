package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = ArticleExtractor.defaults();

  // ---- golden fixtures: src/test/resources/articles/<case>.html|txt with <case>.expected.txt ----

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(ArticleExtractorTest.class.getResource("/articles").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> !f.getFileName().toString().contains(".expected.")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void extract_fixture_matchesGoldenFile(Path input) throws IOException {
    String name = input.getFileName().toString();
    String content = Files.readString(input, StandardCharsets.UTF_8);
    RawDocument doc = name.endsWith(".html") ? RawDocument.html(name, content) : RawDocument.text(name, content);

    Article a = extractor.extract(doc, Findings.none());

    Path golden = input.resolveSibling(name.replaceAll("\\.(html|txt)$", ".expected.txt"));
    assertThat(render(a)).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The golden-file form: the fields, a blank line, the body. */
  private static String render(Article a) {
    return "title: " + a.title() + "\noutlet: " + a.outlet() + "\npublished: " + a.published() + "\nurl: " + a.url()
        + "\nmetadata: " + new TreeMap<>(a.metadata()) + "\n\n" + a.text() + "\n";
  }

  // ---- container fields and empty input ----

  @Test
  void extract_scriptRenderedPage_recordsJsonLdFallback() throws IOException, URISyntaxException {
    Path page = Path.of(ArticleExtractorTest.class.getResource("/articles/script-rendered.html").toURI());
    Findings findings = Findings.tracking(10);

    extractor.extract(RawDocument.html("script-rendered.html", Files.readString(page)), findings);

    assertThat(findings.list()).extracting(f -> f.code()).containsExactly("body-from-json-ld");
  }

  @Test
  void extract_containerFields_winOverInferredOnes() {
    RawDocument doc = new RawDocument("feed.xml:3", "https://www.example.org/a", "Given title",
        "Inferred title\n\nPublished: 2020-01-01\n\nThe body sentence stays in place.\n\n© 2020 Inferred Outlet",
        RawDocument.Kind.TEXT, "Tue, 12 Mar 2024 10:00:00 GMT", "Given Outlet", Map.of("category", "world"));

    Article a = extractor.extract(doc, Findings.none());

    assertThat(a.title()).isEqualTo("Given title");
    assertThat(a.outlet()).isEqualTo("Given Outlet");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(a.metadata()).containsEntry("category", "world");
    // The first line was not the given title, so it is body text, not something to throw away.
    assertThat(a.text()).isEqualTo("Inferred title\n\nThe body sentence stays in place.");
  }

  @Test
  void extract_recordWhoseTextIsItsTitleAlone_isAnArticleWithThatText() {
    // JSON Lines as ECB+ gives them: a one-sentence document whose title is that sentence.
    String sentence = "Peterson, 32, was convicted of two counts of murder in the deaths of his wife and her fetus.";
    Findings findings = Findings.tracking(10);
    RawDocument doc = new RawDocument("news.jsonl:485", null, sentence, sentence, RawDocument.Kind.TEXT, null, null, Map.of());

    Article a = extractor.extract(doc, findings);

    assertThat(findings.list()).isEmpty();
    assertThat(a.title()).isEqualTo(sentence);
    assertThat(a.text()).isEqualTo(sentence);
    // A titled record whose text was only furniture still has no text: the title alone is no article.
    RawDocument furniture = new RawDocument("news.jsonl:486", null, "Harbour reopens", "top of page\nShare this:\n1,234 views\n",
        RawDocument.Kind.TEXT, null, null, Map.of());
    assertThat(extractor.extract(furniture, findings)).isNull();
    assertThat(findings.list()).extracting(f -> f.code()).containsExactly("no-text");
  }

  @Test
  void extract_feedGivesOnlyTheHost_textNamingThatOutletWins() {
    RawDocument doc = new RawDocument("feed.jsonl:1", "https://morningledger.example/a", "Title",
        "By Jane Doe | Morning Ledger | 12 March 2024\n\nThe body sentence.", RawDocument.Kind.TEXT, null,
        "morningledger.example", Map.of());

    assertThat(extractor.extract(doc, Findings.none()).outlet()).isEqualTo("Morning Ledger");
  }

  @Test
  void extract_textWithUrlOnly_takesOutletFromDomain() {
    RawDocument doc = new RawDocument("a.json:1", "https://www.daily.example/x", null, "Title\n\nOne sentence of body.",
        RawDocument.Kind.TEXT, null, null, Map.of());

    assertThat(extractor.extract(doc, Findings.none()).outlet()).isEqualTo("daily.example");
  }

  @Test
  void extract_oneLineText_isATitleWithoutText_andTheFindingSaysSo() {
    Findings findings = Findings.tracking(10);

    assertThat(extractor.extract(RawDocument.text("post.txt", "Only a title line\n"), findings)).isNull();

    assertThat(findings.list()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("no-text");
      assertThat(f.message()).isEqualTo("no article text found: the only line is taken as the title (put the text on the lines after it)");
    });
  }

  @Test
  void extract_onlyFurniture_returnsNullWithFinding() {
    Findings findings = Findings.tracking(10);

    Article a = extractor.extract(RawDocument.text("junk.txt", "top of page\nShare this:\n1,234 views\n"), findings);

    assertThat(a).isNull();
    assertThat(findings.list()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("no-text");
      assertThat(f.input()).isEqualTo("junk.txt");
    });
  }

  @Test
  void extract_textFileWrittenOnOneLine_isAnArticle_notEmpty() {
    Findings findings = Findings.tracking(10);
    String line = "The ministry said on Tuesday that the new border crossing would open in May. Officials expect about"
        + " 2,000 lorries a day to use it once the customs building is finished, the ministry added in a statement.";

    Article a = extractor.extract(RawDocument.text("one-line.txt", line), findings);

    assertThat(findings.list()).isEmpty();
    assertThat(a.text()).isEqualTo(line);
    assertThat(a.title()).isEqualTo("The ministry said on Tuesday that the new border crossing would open in May.");
    // A container's own title wins, and the body is still the text, once.
    Article titled = extractor.extract(new RawDocument("in", null, "Border crossing to open in May", line, RawDocument.Kind.TEXT,
        null, null, Map.of()), Findings.none());
    assertThat(titled.title()).isEqualTo("Border crossing to open in May");
    assertThat(titled.text()).isEqualTo(line);
  }

  @Test
  void extract_htmlWithoutBody_returnsNullWithFinding() {
    Findings findings = Findings.tracking(10);

    assertThat(extractor.extract(RawDocument.html("empty.html", "<html><head><title>x</title></head></html>"), findings)).isNull();
    assertThat(findings.count()).isEqualTo(1);
  }

  // ---- the shared real seeds: conservative in both directions ----

  @Test
  void extract_sharedSeeds_keepEveryProseLineAndDropFurniture() throws IOException {
    Path seeds = SharedData.require("seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String input = Files.readString(f, StandardCharsets.UTF_8);
      Article a = extractor.extract(RawDocument.text(f.toString(), input), Findings.none());

      assertThat(a).as(f.toString()).isNotNull();
      // Every line that reads as prose (long, ending a sentence) must survive cleaning.
      input.lines().map(String::strip).filter(l -> l.length() >= 80 && l.matches(".*[.!?\"”’:]$"))
          .filter(l -> !l.toLowerCase().contains("ads blocker") && !l.toLowerCase().contains("block ads"))
          .forEach(l -> assertThat(a.text()).as(f.toString()).contains(l));
      assertThat(a.text().toLowerCase()).as(f.toString())
          .doesNotContain("top of page", "bottom of page", "ads blocker", "leave a comment", "source link", "views0 comments");
    }
  }

  // ---- limits ----

  @Test
  void extract_fiftyMegabytePage_isCutWithFindingAndStillExtracts() {
    String paragraph = "<p>A sentence of the article, long enough to count, with a comma, and a full stop.</p>\n";
    StringBuilder html = new StringBuilder(52 * 1024 * 1024).append("<html><body><article>");
    while (html.length() < 50 * 1024 * 1024) html.append(paragraph);
    html.append("</article></body></html>");
    Findings findings = Findings.tracking(10);

    Article a = extractor.extract(RawDocument.html("huge.html", html.toString()), findings);

    assertThat(a).isNotNull();
    assertThat(a.text()).startsWith("A sentence of the article");
    assertThat(findings.list()).anySatisfy(f -> assertThat(f.code()).isEqualTo("page-truncated"));
  }

  // ---- publication dates ----

  @Test
  void extract_implausibleGivenDates_areDroppedWithAFinding() {
    ArticleExtractor today = extractor.withClock(java.time.Clock.fixed(java.time.Instant.parse("2024-03-10T12:00:00Z"),
        java.time.ZoneOffset.UTC));
    for (String given : new String[] {"0001-01-01", "9999-12-31", "+999999999-12-31", "1899-12-31", "2024-03-12", "2024-03-12T00:00:00Z"}) {
      Findings findings = Findings.tracking(10);
      Article a = today.extract(new RawDocument("in", null, "Title", "Title\nA body without any date in it.", RawDocument.Kind.TEXT,
          given, null, Map.of()), findings);
      assertThat(a.published()).as(given).isNull();
      assertThat(findings.list()).as(given).extracting(f -> f.code()).containsExactly(ArticleExtractor.IMPLAUSIBLE_DATE);
    }
    for (String given : new String[] {"1900-01-01", "1950-06-01", "2024-03-11", "2024-03-11T23:00:00Z"}) {
      Findings findings = Findings.tracking(10);
      Article a = today.extract(new RawDocument("in", null, "Title", "Title\nA body.", RawDocument.Kind.TEXT, given, null, Map.of()),
          findings);
      assertThat(a.published()).as(given).isEqualTo(LocalDate.parse(given.substring(0, 10)));
      assertThat(findings.count()).as(given).isZero();
    }
  }

  @Test
  void extract_dateFoundInThePageAfterTomorrow_isDropped_andAnImplausibleGivenDateFallsBackToThePage() {
    ArticleExtractor today = extractor.withClock(java.time.Clock.fixed(java.time.Instant.parse("2024-03-10T12:00:00Z"),
        java.time.ZoneOffset.UTC));
    Findings findings = Findings.tracking(10);
    Article future = today.extract(RawDocument.html("p.html", "<html><head><title>T</title>"
        + "<meta property=\"article:published_time\" content=\"2031-05-05T10:00:00Z\"></head><body><article><p>"
        + "A long enough paragraph of the article body, so that the extractor keeps it as the main content of the page."
        + "</p></article></body></html>"), findings);
    assertThat(future.published()).isNull();
    assertThat(findings.list()).extracting(f -> f.code()).containsExactly(ArticleExtractor.IMPLAUSIBLE_DATE);
    Findings f2 = Findings.tracking(10);
    Article fallback = today.extract(new RawDocument("in", null, null, "Title\nPublished 3 March 2024\nA body.", RawDocument.Kind.TEXT,
        "0001-01-01", null, Map.of()), f2);
    assertThat(fallback.published()).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(f2.list()).extracting(f -> f.code()).containsExactly(ArticleExtractor.IMPLAUSIBLE_DATE);
  }

  @Test
  void extract_htmlDateWidgetInTheHeader_isNotThePublicationDate_theArticlesTimeIs() {
    String body = "<p>A long enough paragraph of the article body, so that the extractor keeps it as the main content of the page.</p>";
    Article widgetOnly = extractor.extract(RawDocument.html("w.html", "<html><head><title>T</title></head><body>"
        + "<header><span>33.1 C</span><time datetime=\"2023-09-29\">Friday, September 29, 2023</time></header>"
        + "<article><h1>T</h1>" + body + "</article></body></html>"), Findings.none());
    assertThat(widgetOnly.published()).isNull();
    Article dated = extractor.extract(RawDocument.html("d.html", "<html><head><title>T</title></head><body>"
        + "<header><time datetime=\"2023-09-29\">Friday, September 29, 2023</time></header>"
        + "<article><header><h1>T</h1><time datetime=\"2023-08-03T10:00:00Z\">Aug 3</time></header>" + body
        + "</article></body></html>"), Findings.none());
    assertThat(dated.published()).isEqualTo(LocalDate.of(2023, 8, 3));
  }
}
