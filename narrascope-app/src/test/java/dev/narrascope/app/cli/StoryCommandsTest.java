package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.Keys;
import dev.narrascope.LabelScore;
import dev.narrascope.Pipeline;
import dev.narrascope.Quote;
import dev.narrascope.app.analysis.BatchIngest;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.story.StoryClusterer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story, trend and search commands through picocli on a temporary SQLite store. */
final class StoryCommandsTest {
  /** Reposts and stories only: the articles come with their analysis. */
  private static final Pipeline TAIL = Pipeline.builder().given(Keys.LANGUAGE, Keys.ENTITIES)
      .add(new MinHashNearDuplicates()).add(new StoryClusterer()).build();

  private static final String FEAR = "URW: Speculating war outcomes";
  private static final String DAM_TEXT = "The Kakhovka dam on the Dnipro river was destroyed overnight, flooding villages "
      + "downstream in the Kherson region. Thousands of residents were evacuated as water levels rose quickly.\n\n"
      + "Officials in Kherson said rescuers were using boats to reach people trapped on rooftops and warned of "
      + "shortages of drinking water in the coming days.";

  @TempDir Path dir;
  String db;
  String out;
  String err;

  private static Article article(String id, String lang, String date, String outlet, String title, String text, Analysis an) {
    return new Article(id, id, null, title, outlet, LocalDate.parse(date), lang, 1, text, null, an);
  }

  private static Analysis analysis(String narrative, String actor, Quote quote) {
    return Analysis.EMPTY
        .withNarratives(narrative == null ? List.of() : List.of(new LabelScore(narrative, 0.9)), List.of())
        .withActors(actor == null ? List.of() : List.of(new ActorFraming(actor, "Antagonist", 0.8, List.of("Instigator"), List.of(), 1.0)))
        .withQuotes(quote == null ? List.of() : List.of(quote));
  }

  @BeforeEach
  void store() {
    db = "sqlite:" + dir.resolve("t.db");
    List<Article> batch = new ArrayList<>();
    batch.add(article("dam1", "en", "2024-03-06", "wire.example", "Kakhovka dam destroyed, thousands flee Kherson floods", DAM_TEXT,
        analysis(FEAR, "Russia", new Quote("We are evacuating everyone", "Oleksandr Prokudin", 0, 10, true))));
    batch.add(article("dam2", "en", "2024-03-07", "copy.example", "SHOCK: dam gone", "Ads Blocker Detected!\n\n" + DAM_TEXT,
        analysis(FEAR, "Russia", null)));
    batch.add(article("dam3", "en", "2024-03-07", "globe.example", "Kherson residents flee as Kakhovka dam waters rise",
        "Water from the destroyed Kakhovka dam on the Dnipro flooded Kherson; evacuations of residents continue.", analysis(FEAR, "Ukraine", null)));
    batch.add(article("dam4", "bg", "2024-03-06", "vesti.example", "Разрушена е стената на Каховка",
        "Язовирната стена на Каховка на река Днепър е разрушена, наводнения в Херсон.", analysis(null, null, null)));
    batch.add(article("grain", "en", "2024-02-10", "wire.example", "Russia quits Black Sea grain deal",
        "Russia left the Black Sea Grain Initiative brokered by the UN and Turkey, the Kremlin said.", analysis(null, "Russia", null)));
    String[] fillers = {"Library opening hours extended over summer", "Football club signs young goalkeeper",
        "Bakery wins regional bread award", "Harbour dredging delayed by storms", "Museum shows medieval coins",
        "Railway timetable changes in April", "School choir tours northern towns", "Botanical garden plants rare orchids",
        "Cyclists demand safer junctions", "Chess tournament draws record entries", "Zoo welcomes twin penguin chicks",
        "Farmers market moves to main square"};
    for (int i = 0; i < fillers.length; i++) {
      batch.add(article("f" + i, "en", LocalDate.parse("2024-02-05").plusDays(2L * i).toString(), "filler.example",
          fillers[i], fillers[i] + ".", analysis(null, null, null)));
    }
    try (ArticleStore st = Stores.open(db)) {
      new BatchIngest(TAIL, st).ingest(batch, Findings.none(), a -> {});
    }
  }

  private int run(String... args) {
    CliRun run = CliRun.run(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  private JsonNode json(String... args) throws Exception {
    assertThat(run(args)).as(err).isZero();
    return Json.MAPPER.readTree(out);
  }

  /* --------------- stories and story --------------- */

  @Test
  void stories_json_biggestFirstWithLanguagesAndDates() throws Exception {
    JsonNode first = json("stories", "--db", db, "--format", "json").get("stories").get(0);
    assertThat(first.get("id").asText()).isEqualTo("s-dam1");
    assertThat(first.get("size").asInt()).isEqualTo(4);
    assertThat(first.get("languages").toString()).contains("en", "bg");
    assertThat(first.get("first").asText()).isEqualTo("2024-03-06");
    assertThat(first.get("last").asText()).isEqualTo("2024-03-07");
  }

  @Test
  void stories_filtersAndFormats() throws Exception {
    JsonNode bg = json("stories", "--db", db, "--format", "json", "--lang", "bg").get("stories");
    assertThat(bg).hasSize(1);
    JsonNode recent = json("stories", "--db", db, "--format", "json", "--since", "2024-03-01").get("stories");
    assertThat(recent).hasSize(1);
    assertThat(run("stories", "--db", db, "--format", "csv", "--limit", "2")).isZero();
    assertThat(out.lines().toList()).hasSize(3).first().isEqualTo(String.join(",", StoriesCommand.COLUMNS));
    assertThat(run("stories", "--db", db)).isZero();
    assertThat(out).contains("s-dam1", "Kakhovka");
  }

  @Test
  void story_json_articlesRepostsActorsQuotes() throws Exception {
    JsonNode s = json("story", "s-dam1", "--db", db, "--format", "json");
    assertThat(s.get("articles")).hasSize(4);
    assertThat(s.get("articles").get(0).get("published").asText()).isEqualTo("2024-03-06");
    assertThat(s.get("reposts").get(0).get("original").asText()).isEqualTo("dam1");
    assertThat(s.get("reposts").get(0).get("copies").toString()).contains("dam2");
    assertThat(s.get("actors").get(0).get("actor").asText()).isEqualTo("Russia");
    assertThat(s.get("actors").get(0).get("roles").get("Antagonist").asInt()).isEqualTo(2);
    assertThat(s.get("quotes").get(0).get("speaker").asText()).isEqualTo("Oleksandr Prokudin");
  }

  @Test
  void story_json_propagation_firstSpreadAndRepostChain() throws Exception {
    JsonNode p = json("story", "s-dam1", "--db", db, "--format", "json").get("propagation");
    assertThat(p.get("articles").asInt()).isEqualTo(4);
    // dam1 and dam4 share the earliest date: the smaller id wins.
    assertThat(p.at("/first/id").asText()).isEqualTo("dam1");
    assertThat(p.at("/first/outlet").asText()).isEqualTo("wire.example");
    assertThat(p.at("/first/published").asText()).isEqualTo("2024-03-06");
    JsonNode spread = p.get("spread");
    assertThat(spread).extracting(o -> o.get("outlet").asText())
        .containsExactly("wire.example", "vesti.example", "copy.example", "globe.example");
    assertThat(spread.get(2).get("first").asText()).isEqualTo("2024-03-07");
    assertThat(spread.get(2).get("lagDays").asInt()).isEqualTo(1);
    assertThat(spread.get(2).get("articles").asInt()).isEqualTo(1);
    assertThat(spread.get(2).at("/days/0/day").asText()).isEqualTo("2024-03-07");
    assertThat(spread.get(2).at("/days/0/articles").asInt()).isEqualTo(1);
    JsonNode chain = p.at("/repostChains/0");
    assertThat(chain.at("/original/id").asText()).isEqualTo("dam1");
    assertThat(chain.get("originalInStory").asBoolean()).isTrue();
    JsonNode copy = chain.at("/copies/0");
    assertThat(copy.at("/article/id").asText()).isEqualTo("dam2");
    assertThat(copy.at("/article/outlet").asText()).isEqualTo("copy.example");
    assertThat(copy.at("/copyOf/outlet").asText()).isEqualTo("wire.example");
    assertThat(copy.get("lagDays").asInt()).isEqualTo(1);
    assertThat(copy.get("depth").asInt()).isEqualTo(1);
  }

  @Test
  void story_csv_articlesWithTheirOriginalsAndLag() {
    assertThat(run("story", "s-dam1", "--db", db, "--format", "csv")).as(err).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo(String.join(",", StoryCommand.CSV_COLUMNS));
    assertThat(lines.get(1)).contains("\"dam1\"");
    assertThat(lines).filteredOn(l -> l.contains("\"dam2\"")).singleElement().asString()
        .endsWith(",\"wire.example\",\"2024-03-06\",\"1\"");
  }

  @Test
  void story_tableAndUnknown() {
    assertThat(run("story", "s-dam1", "--db", db)).isZero();
    assertThat(out).contains("First: wire.example, 2024-03-06: Kakhovka dam destroyed", "Spread (", "copy.example",
        "Reposts (", "dam1  wire.example  2024-03-06", "<- dam2  copy.example  2024-03-07  +1d",
        "Actors:", "Quotes:", "We are evacuating everyone");
    assertThat(out).containsPattern("copy\\.example +1 +2024-03-07 +2024-03-07 +1 +0 +2024-03-07 x1");
    assertThat(run("story", "s-nope", "--db", db)).isEqualTo(1);
    assertThat(err).contains("no story with id s-nope");
  }

  @Test
  void story_history_splitsAndMerges_andAMergedIdShowsItsSurvivor() throws Exception {
    assertThat(json("story", "s-dam1", "--db", db, "--format", "json").get("history")).isEmpty();
    try (ArticleStore st = Stores.open(db)) {
      // As the clusterer logs them: a split moved dam3 off to a new story; a later article bridged s-old into s-dam1.
      st.writeBatch(state -> state.splitStory("s-dam1", "s-dam9", "dam9", "dam3"), List.of());
      st.writeBatch(state -> state.mergeStory("s-old", "s-dam1", "dam10"), List.of());
    }
    JsonNode history = json("story", "s-dam1", "--db", db, "--format", "json").get("history");
    assertThat(history).extracting(c -> c.get("kind").asText()).containsExactly("split-off", "merged-in");
    assertThat(history.get(0).get("otherStory").asText()).isEqualTo("s-dam9");
    assertThat(history.get(0).get("articleId").asText()).isEqualTo("dam9");
    assertThat(history.get(0).get("moved").toString()).isEqualTo("[\"dam3\"]");
    assertThat(history.get(0).get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(history.get(1).get("otherStory").asText()).isEqualTo("s-old");

    assertThat(run("story", "s-dam1", "--db", db)).isZero();
    assertThat(out).contains("History (", "1 article split off to story s-dam9 with new article dam9: dam3",
        "story s-old merged in, bridged by new article dam10");
    // The absorbed id an analyst kept from an earlier report leads to the story it went into.
    assertThat(run("story", "s-old", "--db", db)).isZero();
    assertThat(err).contains("story s-old went into s-dam1 (merged or re-clustered; see its history)");
    assertThat(out).startsWith("Story s-dam1: ");
  }

  @Test
  void story_silentOutlets_activeWithinTheStoryDatesPlusMargin() throws Exception {
    assertThat(json("story", "s-dam1", "--db", db, "--format", "json").get("silentOutlets")).isEmpty();
    try (ArticleStore st = Stores.open(db)) {
      // 2024-03-10 is the story's last date + 3 days; 03-11 is past it.
      st.putAll(List.of(article("late", "en", "2024-03-10", "late.example", "Harbour reopens", "The harbour reopened.", Analysis.EMPTY),
          article("later", "en", "2024-03-11", "later.example", "Harbour closes", "The harbour closed.", Analysis.EMPTY)));
    }
    JsonNode silent = json("story", "s-dam1", "--db", db, "--format", "json").get("silentOutlets");
    assertThat(silent).extracting(o -> o.get("outlet").asText()).containsExactly("late.example");
    assertThat(silent.get(0).get("articles").asInt()).isEqualTo(1);
    assertThat(run("story", "s-dam1", "--db", db)).isZero();
    assertThat(out).contains("Active at the time but silent", "late.example (1 article)").doesNotContain("later.example");
  }

  /* --------------- outlet --------------- */

  @Test
  void outlet_json_profile() throws Exception {
    JsonNode p = json("outlet", "wire.example", "--db", db, "--format", "json");
    assertThat(p.get("articles").asInt()).isEqualTo(2);
    assertThat(p.get("first").asText()).isEqualTo("2024-02-10");
    assertThat(p.get("last").asText()).isEqualTo("2024-03-06");
    assertThat(p.at("/languages/0/language").asText()).isEqualTo("en");
    assertThat(p.get("narratives")).singleElement().satisfies(n -> {
      assertThat(n.get("label").asText()).isEqualTo(FEAR);
      assertThat(n.get("share").asDouble()).isEqualTo(0.5);
    });
    assertThat(p.at("/actors/0/actor").asText()).isEqualTo("Russia");
    assertThat(p.at("/actors/0/roles/Antagonist").asInt()).isEqualTo(2);
    assertThat(p.get("bucket").asText()).isEqualTo("week");
    assertThat(p.get("volume")).hasSize(5); // the weeks of 02-05 .. 03-04
    assertThat(p.get("firstStories")).extracting(f -> f.get("storyId").asText()).contains("s-dam1");
    // globe.example joined the dam story a day after wire.example broke it.
    assertThat(json("outlet", "globe.example", "--db", db, "--format", "json").get("firstStories")).isEmpty();
  }

  @Test
  void outlet_tableCsvAndUnknown() {
    assertThat(run("outlet", "wire.example", "--db", db)).as(err).isZero();
    assertThat(out).contains("Outlet wire.example: 2 articles, 2024-02-10 .. 2024-03-06", "Narrative mix", "50.0%", FEAR,
        "Russia (2 articles): {Antagonist=2}", "Volume per week:", "Stories it published first:", "s-dam1");
    assertThat(run("outlet", "wire.example", "--db", db, "--format", "csv")).isZero();
    assertThat(out.lines().toList()).first().isEqualTo(String.join(",", OutletCommand.CSV_COLUMNS));
    assertThat(out).contains("\"narrative\",\"" + FEAR + "\",,\"1\",\"0.5\"", "\"actorRole\",\"Russia\",\"Antagonist\",\"2\"");
    assertThat(run("outlet", "nobody.example", "--db", db)).isEqualTo(1);
    assertThat(err).contains("no articles of outlet nobody.example");
  }

  /* --------------- timeline, alerts, search --------------- */

  @Test
  void timeline_narrativeByDay_countsPerDay() throws Exception {
    JsonNode t = json("timeline", "--narrative", "Speculating war outcomes", "--by", "day", "--from", "2024-03-05",
        "--to", "2024-03-07", "--db", db, "--format", "json").get("timeline");
    assertThat(t).hasSize(3);
    assertThat(t.get(0).get("count").asInt()).isZero();
    assertThat(t.get(1).get("count").asInt()).isEqualTo(1);
    assertThat(t.get(2).get("count").asInt()).isEqualTo(2);
    assertThat(t.get(1).get("total").asInt()).isEqualTo(2);
  }

  @Test
  void timeline_entityAndOutlet_csv() {
    assertThat(run("timeline", "--entity", "Russia", "--by", "week", "--db", db, "--format", "csv")).isZero();
    assertThat(out).startsWith("start,count,total,share");
    assertThat(run("timeline", "--outlet", "wire.example", "--narrative", "x", "--db", db)).isEqualTo(2);
  }

  @Test
  void alerts_risingNarrative_reported() throws Exception {
    JsonNode a = json("alerts", "--now", "2024-03-08", "--window", "7d", "--baseline", "4w", "--min-count", "2",
        "--db", db, "--format", "json").get("alerts");
    assertThat(a).isNotEmpty();
    assertThat(a.get(0).get("kind").asText()).isEqualTo("narrative");
    assertThat(a.get(0).get("label").asText()).isEqualTo(FEAR);
    assertThat(a.get(0).get("windowCount").asInt()).isEqualTo(3);
    assertThat(run("alerts", "--now", "2024-03-08", "--window", "0", "--db", db)).isEqualTo(2);
  }

  @Test
  void search_withFilters_snippets() throws Exception {
    JsonNode hits = json("search", "Kakhovka dam", "--lang", "en", "--from", "2024-03-07", "--db", db, "--format", "json").get("hits");
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).get("snippet").asText()).contains("[Kakhovka]");
    assertThat(run("search", "Kakhovka", "--outlet", "nowhere.example", "--db", db, "--format", "csv")).isZero();
    assertThat(out.lines().toList()).hasSize(1);
  }

  /* --------------- messages: empty results, plurals, suggestions, figures, progress --------------- */

  @Test
  void emptyResults_sayNoMatches_andJsonAndCsvStayWellFormed() throws Exception {
    assertThat(run("stories", "--lang", "xx", "--db", db)).isZero();
    assertThat(out.strip()).startsWith("no matches").contains("language xx");
    assertThat(json("stories", "--lang", "xx", "--db", db, "--format", "json").get("stories")).isEmpty();
    assertThat(err).contains("no matches");
    assertThat(run("search", "nothingmatchesthis", "--db", db)).isZero();
    assertThat(out.strip()).startsWith("no matches").contains("nothingmatchesthis");
    assertThat(run("search", "nothingmatchesthis", "--db", db, "--format", "csv")).isZero();
    assertThat(out.lines().toList()).containsExactly(String.join(",", SearchCommand.COLUMNS));
    assertThat(run("timeline", "--entity", "Atlantis", "--db", db)).isZero();
    assertThat(out.strip()).startsWith("no matches").contains("Atlantis");
    assertThat(run("alerts", "--now", "2024-01-01", "--db", db)).isZero();
    assertThat(out.strip()).startsWith("no matches").contains("7 days ending 2024-01-01");
  }

  @Test
  void counts_areSingularForOne() throws Exception {
    for (JsonNode st : json("stories", "--db", db, "--format", "json").get("stories")) {
      if (st.get("size").asInt() != 1) continue;
      assertThat(run("story", st.get("id").asText(), "--db", db)).isZero();
      assertThat(out).contains("1 article,").doesNotContain("1 articles");
      return;
    }
    throw new AssertionError("the fixture has a story of one article");
  }

  @Test
  void misspeltCommand_getsADidYouMean() {
    assertThat(run("analyse")).isEqualTo(2);
    assertThat(err).contains("Did you mean", "analyze");
    assertThat(run("stories", "--limt", "3", "--db", db)).isEqualTo(2);
    assertThat(err).contains("Possible solutions: --limit");
  }

  @Test
  void dateOptions_outsideTheCalendarWeServe_areUsageErrors() {
    assertThat(run("alerts", "--now", "-999999999-01-01", "--db", db)).isEqualTo(2);
    assertThat(err).contains("--now", "1900-01-01..2100-12-31");
    assertThat(run("timeline", "--entity", "Russia", "--from", "1990-01-01", "--to", "2024-12-31", "--db", db)).isEqualTo(2);
    assertThat(err).contains("at most 3660");
  }

  @Test
  void timeline_dataWiderThanTheLimit_showsTheLatestPoints_andSaysSo() {
    try (ArticleStore st = Stores.open(db)) {
      st.put(article("old", "en", "1990-01-01", "wire.example", "Old wire story", "An old wire story.", analysis(null, null, null)));
    }
    assertThat(run("timeline", "--outlet", "wire.example", "--db", db, "--format", "csv")).isZero();
    assertThat(out.lines().toList()).hasSize(3660 + 1).last().asString().startsWith("\"2024-03-06\",");
    assertThat(err).contains("more than 3660 days", "--by week");
  }

  /* --------------- analyze across runs, eval, bench --------------- */

  @Test
  void analyze_secondRun_joinsStoredStoryAndKeepsItsId() throws Exception {
    String fresh = "sqlite:" + dir.resolve("runs.db");
    Path a = Files.writeString(dir.resolve("a.txt"), "Kakhovka dam destroyed, thousands flee Kherson floods\n" + DAM_TEXT);
    Path b = Files.writeString(dir.resolve("b.txt"), "Kherson floods after Kakhovka dam collapse\n"
        + "Rescuers in boats reached Kherson residents trapped on rooftops after the Kakhovka dam on the Dnipro collapsed.");
    Path c = Files.writeString(dir.resolve("c.txt"), "Breaking\nAlso read: more news.\n\n" + DAM_TEXT);
    assertThat(run("analyze", "-q", "--db", fresh, a.toString())).as(err).isZero();
    String id = json("stories", "--db", fresh, "--format", "json").get("stories").get(0).get("id").asText();
    assertThat(run("analyze", "-q", "--db", fresh, b.toString(), c.toString())).as(err).isZero();
    JsonNode stories = json("stories", "--db", fresh, "--format", "json").get("stories");
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).get("id").asText()).isEqualTo(id);
    assertThat(stories.get(0).get("size").asInt()).isEqualTo(3);
    assertThat(json("story", id, "--db", fresh, "--format", "json").get("reposts")).hasSize(1);
  }

  @Test
  void evalStories_labelledSet_printsBothMetrics() throws Exception {
    JsonNode r = json("eval", "stories", "../narrascope-core/src/test/resources/stories/labelled.jsonl", "--format", "json");
    assertThat(r.get("metrics").get(0).get("metric").asText()).isEqualTo("bcubed");
    assertThat(r.get("metrics").get(0).get("f1").asDouble()).isGreaterThan(0.8);
    assertThat(r.get("metrics").get(1).get("metric").asText()).isEqualTo("pairwise");
    // Figures to three decimals, in JSON and in the table.
    assertThat(r.get("metrics").findValues("f1")).allSatisfy(f -> assertThat(f.asText()).matches("[01]\\.\\d{1,3}"));
    assertThat(run("eval", "stories", "../narrascope-core/src/test/resources/stories/labelled.jsonl")).isZero();
    assertThat(out).containsPattern("bcubed +\\d\\.\\d{1,3} +\\d\\.\\d{1,3} +\\d\\.\\d{1,3}\\s").contains("(threshold 0.200)");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x\",\"cluster\":\"c\",\"text\":\"t\"}\nnot json\n");
    assertThat(run("eval", "stories", bad.toString())).isZero();
    assertThat(err).contains("bad.jsonl:2");
  }

  @Test
  void evalStories_batches_scoresIncrementalAndTheSameOrdersInOneBatch() throws Exception {
    JsonNode metrics = json("eval", "stories", "../narrascope-core/src/test/resources/stories/labelled.jsonl",
        "--batch-size", "20", "--orders", "2", "--format", "json").get("metrics");
    assertThat(metrics.findValuesAsText("metric"))
        .containsExactly("bcubed", "pairwise", "bcubed-incremental", "bcubed-one-batch-orders");
    for (JsonNode row : List.of(metrics.get(2), metrics.get(3))) {
      assertThat(row.get("f1").asDouble()).as(row.toString()).isGreaterThan(0.8)
          .isBetween(row.get("f1Min").asDouble(), row.get("f1Max").asDouble());
    }
  }

  @Test
  void evalStories_mix_clustersUnlabelledNewsButScoresTheLabelledOnly() throws Exception {
    Path news = Files.createDirectories(dir.resolve("unrelated"));
    Files.writeString(news.resolve("a.txt"), "Harbour dredging delayed by storms\n\nDredging of the old harbour was delayed "
        + "again this week after two storms filled the channel with sand, the port authority said on Tuesday.");
    Files.writeString(news.resolve("b.txt"), "Museum shows medieval coins\n\nThe city museum opened an exhibition of medieval "
        + "coins found by a farmer last spring, with more than three hundred silver pieces on show.");
    String labelled = "../narrascope-core/src/test/resources/stories/labelled.jsonl";
    JsonNode alone = json("eval", "stories", labelled, "--format", "json");
    JsonNode mixed = json("eval", "stories", labelled, "--mix", news.toString(), "--format", "json");
    assertThat(mixed.get("unlabelledArticles").asInt()).isEqualTo(2);
    assertThat(mixed.get("articles").asInt()).isEqualTo(alone.get("articles").asInt());
    assertThat(alone.has("unlabelledArticles")).isFalse();
    assertThat(mixed.get("metrics").get(0).get("f1").asDouble()).isGreaterThan(0.8);
    assertThat(run("eval", "stories", labelled, "--mix", news.toString())).isZero();
    assertThat(out).contains("clustered with 2 unlabelled articles from --mix (scores over the labelled articles only)");
  }

  @Test
  void benchStories_small_reportsQuality_withProgressOnStderr() throws Exception {
    JsonNode r = json("bench", "stories", "--articles", "300", "--format", "json").get("runs").get(0);
    assertThat(err).contains("bench stories: run 1 of 1: 300 articles", "entities", "reposts", "stories");
    assertThat(r.get("articles").asInt()).isEqualTo(300);
    assertThat(r.get("repostPrecision").asDouble()).isGreaterThan(0.9);
    assertThat(r.get("bcubedF1").asDouble()).isGreaterThan(0.8);
  }
}
