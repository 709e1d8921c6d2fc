package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.StatefulStage;
import dev.narrascope.Story;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.dedup.MinHashNearDuplicates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class StoryClustererTest {
  private static Article article(String id, String lang, String date, String title, String text) {
    return new Article(id, id, null, title, "outlet-" + id, date == null ? null : LocalDate.parse(date), lang, 1, text, null, null);
  }

  private static final Article DAM_1 = article("d1", "en", "2023-06-06", "Kakhovka dam destroyed, floods in Kherson",
      "The Kakhovka dam on the Dnipro was destroyed, flooding Kherson villages. Thousands evacuated.");
  private static final Article DAM_2 = article("d2", "en", "2023-06-07", "Kherson residents flee as Kakhovka dam waters rise",
      "Water from the destroyed Kakhovka dam on the Dnipro flooded Kherson; evacuations continue.");
  private static final Article DAM_BG = article("d3", "bg", "2023-06-06", "Разрушена е стената на Каховка",
      "Язовирната стена на Каховка на река Днепър е разрушена, наводнения в Херсон.");
  private static final Article GRAIN = article("g1", "en", "2023-07-17", "Russia quits Black Sea grain deal",
      "Russia left the Black Sea Grain Initiative brokered by the UN and Turkey, the Kremlin said.");

  private static Map<String, String> storyIds(List<Article> out) {
    return out.stream().collect(Collectors.toMap(Article::id, a -> a.analysis().storyId()));
  }

  @Test
  void cluster_sameEventAcrossLanguages_oneStoryOthersApart() {
    StoryClusterer.Result r = new StoryClusterer().cluster(List.of(GRAIN, DAM_2, DAM_1, DAM_BG));
    Map<String, String> ids = storyIds(r.articles());
    assertThat(ids.get("d1")).isEqualTo(ids.get("d2")).isEqualTo(ids.get("d3")).isEqualTo("s-d1");
    assertThat(ids.get("g1")).isNotEqualTo(ids.get("d1"));
    Story dam = r.stories().get(0);
    assertThat(dam.articleIds()).containsExactly("d1", "d3", "d2");
    assertThat(dam.languages()).containsExactly("en", "bg");
    assertThat(dam.first()).isEqualTo(LocalDate.parse("2023-06-06"));
    assertThat(dam.last()).isEqualTo(LocalDate.parse("2023-06-07"));
    assertThat(dam.headline()).contains("Kakhovka");
    assertThat(r.articles()).extracting(Article::id).containsExactly("g1", "d2", "d1", "d3");
  }

  /** Entities as the entity stage finds them: canonical names in Latin script at their offsets in the text. */
  private static Article withEntities(Article a, String... surfaceAndCanonical) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < surfaceAndCanonical.length; i += 2) {
      int start = a.text().indexOf(surfaceAndCanonical[i]);
      mentions.add(new EntityMention(surfaceAndCanonical[i], surfaceAndCanonical[i + 1], "PERSON", start,
          start + surfaceAndCanonical[i].length()));
    }
    return a.withAnalysis(a.analysis().withEntities(mentions));
  }

  @Test
  void cluster_hindiTellingSharesOnlyCanonicalNamesAndNumbers_joinsStory() {
    Article en = withEntities(article("r1", "en", "2023-02-07", "Reznikov says Ukraine carries out NATO's mission",
        "Defence minister Oleksii Reznikov said Ukraine is carrying out NATO's mission, recalling the Madrid summit of 2022."),
        "Oleksii Reznikov", "Oleksii Reznikov", "Madrid", "Madrid", "NATO", "NATO");
    Article hi = withEntities(article("r2", "hi", "2023-02-08", "रेज़निकोव: यूक्रेन नाटो का मिशन पूरा कर रहा है",
        "रक्षा मंत्री ओलेक्सी रेज़निकोव ने कहा कि यूक्रेन नाटो का मिशन पूरा कर रहा है। उन्होंने 2022 के मैड्रिड शिखर सम्मेलन का ज़िक्र किया।"),
        "ओलेक्सी रेज़निकोव", "Oleksii Reznikov", "मैड्रिड", "Madrid", "नाटो", "NATO");
    Map<String, String> ids = storyIds(new StoryClusterer().cluster(List.of(en, hi, GRAIN)).articles());
    assertThat(ids.get("r2")).isEqualTo(ids.get("r1"));
    assertThat(ids.get("g1")).isNotEqualTo(ids.get("r1"));
  }

  @Test
  void cluster_sameActorsDifferentEvents_separateStories() {
    Article mission = withEntities(article("m1", "en", "2023-02-07", "Reznikov says Ukraine carries out NATO's mission",
        "Defence minister Oleksii Reznikov said Ukraine is carrying out NATO's mission and pays with its blood. "
            + "In a television interview he asked Western partners for more tanks and air defence."),
        "Oleksii Reznikov", "Oleksii Reznikov", "NATO", "NATO");
    // Hindi: no word is shared with the English article, only the canonical name of one actor.
    Article audit = withEntities(article("m2", "hi", "2023-02-08", "रेज़निकोव ने सेना की खरीद की जांच का वादा किया",
        "रक्षा मंत्री ओलेक्सी रेज़निकोव ने अंडों की कीमतों पर विवाद के बाद सेना के लिए भोजन की खरीद की जांच कराने का वादा किया।"),
        "ओलेक्सी रेज़निकोव", "Oleksii Reznikov");
    Map<String, String> ids = storyIds(new StoryClusterer().cluster(List.of(mission, audit, GRAIN, DAM_1, DAM_2)).articles());
    assertThat(ids.get("m2")).isNotEqualTo(ids.get("m1"));
  }

  @Test
  void cluster_sameWordsMonthsApart_separateStories() {
    Article later = article("d9", "en", "2024-02-06", DAM_1.title(), "The Kakhovka dam on the Dnipro: Kherson villages remember floods.");
    Map<String, String> ids = storyIds(new StoryClusterer().cluster(List.of(DAM_1, DAM_2, later)).articles());
    assertThat(ids.get("d9")).isNotEqualTo(ids.get("d1"));
  }

  @Test
  void reachDays_isWhereTheTimeDecayAloneFallsUnderTheThreshold() {
    int reach = StoryClusterer.reachDays(StoryClusterer.DEFAULT_THRESHOLD);
    double decayAtReach = Math.exp(-(reach - StoryClusterer.GRACE_DAYS) / (double) StoryClusterer.DECAY_DAYS);
    double decayBefore = Math.exp(-(reach - 2 - StoryClusterer.GRACE_DAYS) / (double) StoryClusterer.DECAY_DAYS);
    assertThat(decayAtReach).isLessThan(StoryClusterer.DEFAULT_THRESHOLD);
    assertThat(decayBefore).isGreaterThan(StoryClusterer.DEFAULT_THRESHOLD);
    assertThat(StoryClusterer.reachDays(0)).isEqualTo(-1);
    assertThat(StoryClusterer.reachDays(1e-9)).isEqualTo(StoryClusterer.MAX_GAP_DAYS);
  }

  @Test
  void storiesWithTerm_window_leavesOutStoriesBegunOutsideIt() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    new StoryClusterer().apply(List.of(DAM_1), state, Findings.none());
    String term = state.allStories().get(0).terms().iterator().next();
    LocalDate june6 = LocalDate.parse("2023-06-06");
    assertThat(state.storiesWithTerm(term, june6.minusDays(5), june6.plusDays(5), 10)).containsExactly("s-d1");
    assertThat(state.storiesWithTerm(term, june6.plusDays(60), june6.plusDays(120), 10)).isEmpty();
    assertThat(state.storiesWithTerm(term, null, null, 10)).containsExactly("s-d1");
  }

  @Test
  void cluster_repost_alwaysJoinsItsOriginal() {
    Article copy = article("c1", "en", "2023-06-08", "Totally different headline", "Unrelated words entirely here.");
    copy = copy.withAnalysis(copy.analysis().withStory(null, "d1"));
    Map<String, String> ids = storyIds(new StoryClusterer().cluster(List.of(DAM_1, copy, GRAIN)).articles());
    assertThat(ids.get("c1")).isEqualTo(ids.get("d1"));
  }

  @Test
  void apply_laterBatch_joinsTheStoredStoryAndKeepsItsId() {
    // first batch: d2 founds "s-d2"; a later batch brings an earlier article of the same event
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, String> first = storyIds(clusterer.apply(List.of(DAM_2, GRAIN), state, Findings.none()));
    assertThat(first.get("d2")).isEqualTo("s-d2");
    Map<String, String> second = storyIds(clusterer.apply(List.of(DAM_1), state, Findings.none()));
    assertThat(second.get("d1")).isEqualTo("s-d2");
    assertThat(state.story("s-d2").size()).isEqualTo(2);
    assertThat(state.story("s-g1").size()).isEqualTo(1);
  }

  @Test
  void apply_bridgingArticle_mergesTheLaterStoryIntoTheEarlierAndMovesStoredMembers() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer();
    // The same event told 50 days apart: too far for the later telling to join (time decay) ...
    Article x = article("x", "en", "2023-06-01", DAM_1.title(), DAM_1.text());
    Article y = article("y", "en", "2023-07-21", DAM_2.title(), DAM_2.text());
    // ... and a telling between them, close enough to both.
    Article z = article("z", "en", "2023-06-26", DAM_1.title(), DAM_2.text());
    for (Article a : List.of(x, y)) state.putArticles(clusterer.apply(List.of(a), state, Findings.none()));
    assertThat(state.articles(List.of("x", "y")).values()).extracting(a -> a.analysis().storyId())
        .containsExactlyInAnyOrder("s-x", "s-y");

    Map<String, String> ids = storyIds(clusterer.apply(List.of(z), state, Findings.none()));

    assertThat(ids.get("z")).isEqualTo("s-x");
    assertThat(state.story("s-y")).as("absorbed").isNull();
    assertThat(state.story("s-x").size()).isEqualTo(3);
    assertThat(state.articles(List.of("y")).get("y").analysis().storyId()).as("stored member moved").isEqualTo("s-x");
    assertThat(state.merges()).containsExactly(new InMemoryCorpusState.Merge("s-y", "s-x", "z"));
  }

  @Test
  void apply_firstBriefReport_joinsTheStoryItsLaterTellingsFormed() {
    // Words alone: the first report shares too little with the second (cosine 0.13) to found a story with
    // it; the third joins the second (0.61 against 0.35 with the first). Scored again against the second
    // and third together (0.27), the first report moves there, its copy with it, and its emptied story goes.
    Article first = article("a1", "en", "2023-05-01", "Tansbury bridge gives way at dawn",
        "Witnesses in Tansbury said a road bridge gave way at dawn; police closed streets near the river and asked drivers to avoid the centre.");
    Article divers = article("b1", "en", "2023-05-02", "Divers search the Orwick for missing drivers",
        "Since dawn divers searched the Orwick below the collapsed bridge for two missing drivers; engineers blamed corroded cables and cracked pillars.");
    Article cables = article("c1", "en", "2023-05-02", "Engineers blame corroded cables on the Orwick",
        "Corroded cables and cracked pillars brought down the Tansbury bridge over the Orwick at dawn, engineers said; streets near the river stay closed.");
    Article copy = article("a2", "en", "2023-05-03", first.title(), first.text());
    copy = copy.withAnalysis(copy.analysis().withStory(null, "a1"));
    InMemoryCorpusState state = new InMemoryCorpusState();

    Map<String, String> ids = storyIds(new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false)
        .apply(List.of(cables, GRAIN, copy, first, divers), state, Findings.none()));

    assertThat(ids).containsEntry("a1", "s-b1").containsEntry("a2", "s-b1").containsEntry("c1", "s-b1").containsEntry("g1", "s-g1");
    assertThat(state.allStories()).extracting(e -> e.id() + "=" + e.size()).containsExactlyInAnyOrder("s-b1=4", "s-g1=1");
    assertThat(state.merges()).containsExactly(new InMemoryCorpusState.Merge("s-a1", "s-b1", "a2"));
  }

  /** Report {@code id} of a title bout against {@code opponent}, with the two boxers as the entity stage names them. */
  private static Article bout(String id, String opponent, String venue, int k) {
    String[] verbs = {"stopped", "beat", "outclassed", "halted", "overpowered", "dismantled"};
    String text = "Wladimir Klitschko " + verbs[k] + " " + opponent + " in " + venue
        + " on Saturday to keep his heavyweight titles, the champion's " + (50 + k) + "th win.";
    return withEntities(article(id, "en", "2012-07-07", "Klitschko keeps his heavyweight titles", text),
        "Wladimir Klitschko", "Wladimir Klitschko", opponent, opponent);
  }

  @Test
  void cluster_twoBoutsOfOneChampionInOneStory_partedByTheOpponentEachReportNames() {
    // Words alone (no embeddings) put both bouts in one story: the champion, the titles, the same phrases.
    // The reports name one opponent or the other, never both: two events.
    List<Article> batch = new ArrayList<>();
    for (int k = 0; k < 6; k++) batch.add(bout("r" + k, "Hasim Rahman", "Mannheim", k));
    for (int k = 0; k < 5; k++) batch.add(bout("t" + k, "Tony Thompson", "Bern", k));

    Map<String, String> ids = storyIds(new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false).cluster(batch).articles());

    assertThat(ids.values()).containsOnly("s-r0", "s-t0");
    assertThat(ids).containsEntry("r5", "s-r0").containsEntry("t4", "s-t0");
    assertThat(ids.entrySet()).allMatch(e -> e.getValue().equals(e.getKey().startsWith("r") ? "s-r0" : "s-t0"));
  }

  @Test
  void apply_secondBoutsReportsStoredInTheFirstsStory_partedWhenALaterBatchMakesThemFive() {
    // The first batch brings the first bout's six reports and two of the second's (with a copy of one): too few to
    // part, they join the first bout's story. Three more in a later batch make five: the stored two and their copy
    // move to the story the new reports found, and each stored move is logged.
    List<Article> first = new ArrayList<>();
    for (int k = 0; k < 6; k++) first.add(bout("r" + k, "Hasim Rahman", "Mannheim", k));
    first.add(bout("t0", "Tony Thompson", "Bern", 0));
    first.add(bout("t1", "Tony Thompson", "Bern", 1));
    Article copy = bout("t1copy", "Tony Thompson", "Bern", 1);
    first.add(copy.withAnalysis(copy.analysis().withStory(null, "t1")));
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false);
    state.putArticles(clusterer.apply(first, state, Findings.none()));
    assertThat(state.story("s-r0").toStory().articleIds()).contains("t0", "t1", "t1copy");

    List<Article> later = new ArrayList<>();
    for (int k = 2; k < 5; k++) later.add(bout("t" + k, "Tony Thompson", "Bern", k));
    Map<String, String> ids = storyIds(clusterer.apply(later, state, Findings.none()));

    assertThat(ids).containsOnly(Map.entry("t2", "s-t2"), Map.entry("t3", "s-t2"), Map.entry("t4", "s-t2"));
    assertThat(state.story("s-t2").toStory().articleIds()).containsExactlyInAnyOrder("t0", "t1", "t1copy", "t2", "t3", "t4");
    assertThat(state.story("s-r0").toStory().articleIds()).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4", "r5");
    assertThat(state.articles(List.of("t0", "t1copy")).values()).extracting(a -> a.analysis().storyId()).containsOnly("s-t2");
    assertThat(state.splits()).extracting(InMemoryCorpusState.Split::from, InMemoryCorpusState.Split::to,
        InMemoryCorpusState.Split::movedId).containsExactlyInAnyOrder(
            tuple("s-r0", "s-t2", "t0"), tuple("s-r0", "s-t2", "t1"), tuple("s-r0", "s-t2", "t1copy"));
  }

  @Test
  void apply_twoWinsInOneStoredStory_partedWhenALaterBatchBringsItToTen() {
    // Stories decided elsewhere put two Colts wins in one story, s-c0: two Chiefs reports (c0 first) and five Jaguars
    // reports (as news in small batches does while the corpus is young). A later batch brings three more Chiefs
    // reports and a Jaguars one: clustered among themselves, the story's eleven members fall into the two games, and
    // the part without the story's first member, the Jaguars reports, leaves, the stored five with it (each move
    // logged), to a story named after the batch's Jaguars report.
    List<Article> first = new ArrayList<>();
    first.add(LocalSplitTest.chiefs(0));
    first.add(LocalSplitTest.chiefs(1));
    for (int k = 0; k < 5; k++) first.add(LocalSplitTest.jaguars(k));
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false);
    state.putArticles(clusterer.given(id -> "s-c0").apply(first, state, Findings.none()));
    assertThat(state.story("s-c0").members().get(0).id()).isEqualTo("c0");

    List<Article> later = List.of(LocalSplitTest.chiefs(2), LocalSplitTest.chiefs(3), LocalSplitTest.chiefs(4),
        LocalSplitTest.jaguars(5));
    Map<String, String> ids = storyIds(clusterer.apply(later, state, Findings.none()));

    assertThat(ids).containsOnly(Map.entry("c2", "s-c0"), Map.entry("c3", "s-c0"), Map.entry("c4", "s-c0"),
        Map.entry("j5", "s-j5"));
    assertThat(state.story("s-c0").toStory().articleIds()).containsExactlyInAnyOrder("c0", "c1", "c2", "c3", "c4");
    assertThat(state.story("s-j5").toStory().articleIds()).containsExactlyInAnyOrder("j0", "j1", "j2", "j3", "j4", "j5");
    assertThat(state.articles(List.of("j0", "j4")).values()).extracting(a -> a.analysis().storyId()).containsOnly("s-j5");
    assertThat(state.splits()).extracting(InMemoryCorpusState.Split::from, InMemoryCorpusState.Split::to,
        InMemoryCorpusState.Split::movedId).containsExactlyInAnyOrder(tuple("s-c0", "s-j5", "j0"),
            tuple("s-c0", "s-j5", "j1"), tuple("s-c0", "s-j5", "j2"), tuple("s-c0", "s-j5", "j3"), tuple("s-c0", "s-j5", "j4"));
  }

  @Test
  void apply_oneGamesTellingsInAStoredStory_stayTogether() {
    // The same, one game: the story's ten members clustered among themselves stay one.
    List<Article> first = new ArrayList<>();
    for (int k = 0; k < 7; k++) first.add(LocalSplitTest.jaguars(k));
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false);
    state.putArticles(clusterer.given(id -> "s-j0").apply(first, state, Findings.none()));

    Map<String, String> ids = storyIds(clusterer.apply(List.of(LocalSplitTest.jaguars(7), LocalSplitTest.jaguars(8),
        LocalSplitTest.jaguars(9)), state, Findings.none()));

    assertThat(ids.values()).containsOnly("s-j0");
    assertThat(state.story("s-j0").size()).isEqualTo(10);
    assertThat(state.splits()).isEmpty();
  }

  /** A unit embedding of 8 dimensions ({@link TestVectors#unit}). */
  private static float[] embedding(double main, double other, int k, double noise) {
    return TestVectors.unit(8, main, other, k, noise);
  }

  private static Article embedded(Article a, float[] embedding) {
    return a.withAnalysis(a.analysis().withEmbedding(embedding));
  }

  // Two events words alone cannot part (one bridge, one river, the same phrases), so the reopening reports end up in
  // the closure's story; the embeddings tell them apart (cosine about 0.8 across, 0.98 within).
  private static final String CLOSED = "The Tansbury bridge over the Orwick was closed after engineers found cracked pillars and corroded cables.";
  private static final String REOPENED = "The rebuilt Tansbury bridge over the Orwick reopened, the mayor cut a ribbon and the first buses crossed.";

  /** Closure reports x1…x4, English and embedded, dated 1–4 May 2023. */
  private static List<Article> closures() {
    List<Article> out = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      out.add(embedded(article("x" + k, "en", "2023-05-0" + k, "Tansbury bridge over the Orwick closed", CLOSED),
          embedding(1, 0, 1 + k, 0.15)));
    }
    return out;
  }

  /** Reopening report y{@code k}, dated {@code 5 + k} May 2023. */
  private static Article reopening(int k) {
    return embedded(article("y" + k, "en", "2023-05-0" + (5 + k), "Tansbury bridge over the Orwick reopened", REOPENED),
        embedding(0.8, 0.6, 1 + k, 0.15));
  }

  @Test
  void cluster_secondEventsPairInAStoryOfTheFirst_foundsItsOwnStoryAtTheJoin() {
    // At the join of a reopening report into the closure's story, its closest member, another reopening report,
    // founds a story with it, named after the later of the two (a sweep would name it after the earliest), and the
    // third follows. The Portuguese telling has no embedding: it stays with the closure and does not block the split.
    List<Article> batch = closures();
    batch.add(article("x5", "pt", "2023-05-05", "Tansbury bridge over the Orwick closed", CLOSED));
    for (int k = 1; k <= 3; k++) batch.add(reopening(k));

    Map<String, String> ids = storyIds(new StoryClusterer().cluster(batch).articles());

    assertThat(ids.get("y1")).isEqualTo(ids.get("y2")).isEqualTo(ids.get("y3")).isEqualTo("s-y3");
    assertThat(ids).containsEntry("x1", "s-x1").containsEntry("x4", "s-x1").containsEntry("x5", "s-x1");
  }

  @Test
  void apply_secondEventsFirstReportStored_pairsWithTheNextOneInALaterBatch() {
    // As above, but the first reopening report came in an earlier batch and is stored in the closure's story: the
    // next ones pair with it by the embedding it joined with, and the stored report moves to the story they found.
    List<Article> first = closures();
    first.add(reopening(1));
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer();
    state.putArticles(clusterer.apply(first, state, Findings.none()));
    assertThat(state.articles(List.of("y1")).get("y1").analysis().storyId()).isEqualTo("s-x1");

    Map<String, String> ids = storyIds(clusterer.apply(List.of(reopening(2), reopening(3)), state, Findings.none()));

    String reopened = ids.get("y2");
    assertThat(reopened).isNotEqualTo("s-x1");
    assertThat(ids).containsEntry("y3", reopened);
    assertThat(state.articles(List.of("y1")).get("y1").analysis().storyId()).isEqualTo(reopened);
    assertThat(state.story(reopened).toStory().articleIds()).containsExactlyInAnyOrder("y1", "y2", "y3");
    assertThat(state.story("s-x1").toStory().articleIds()).containsExactlyInAnyOrder("x1", "x2", "x3", "x4");
    // The stored report's story id changed: each split says from where, to where and which new article parted them
    // (here y3 first bridged y2's new story back into the closure's, then split again).
    assertThat(state.splits()).extracting(InMemoryCorpusState.Split::from, InMemoryCorpusState.Split::movedId)
        .containsOnly(tuple("s-x1", "y1"));
    assertThat(state.splits()).last().extracting(InMemoryCorpusState.Split::to).isEqualTo(reopened);
  }

  @Test
  void apply_storyWithAStoredRepost_isNotSplitByAStoredMember() {
    // A stored repost joined without vectors, so nothing says what it would take with it: the story stays whole.
    List<Article> first = closures();
    Article y1 = reopening(1);
    first.add(y1);
    // After its original in the batch's order (same day, later id), so it follows it.
    Article copy = embedded(article("yc", "en", "2023-05-06", y1.title(), y1.text()), y1.analysis().embedding());
    first.add(copy.withAnalysis(copy.analysis().withStory(null, "y1")));
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer();
    state.putArticles(clusterer.apply(first, state, Findings.none()));

    Map<String, String> ids = storyIds(clusterer.apply(List.of(reopening(2)), state, Findings.none()));

    assertThat(ids).containsEntry("y2", "s-x1");
    assertThat(state.articles(List.of("y1", "yc")).values()).extracting(a -> a.analysis().storyId()).containsOnly("s-x1");
    assertThat(state.splits()).isEmpty();
  }

  @Test
  void apply_repostOfAStoredArticle_leavesTheStoredCentroidAsItWas() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false);
    state.putArticles(clusterer.apply(List.of(DAM_1), state, Findings.none()));
    double before = state.story("s-d1").sumNorm2();
    Article copy = article("c1", "en", "2023-06-08", DAM_1.title(), DAM_1.text());
    copy = copy.withAnalysis(copy.analysis().withStory(null, "d1"));

    Map<String, String> ids = storyIds(clusterer.apply(List.of(copy, GRAIN), state, Findings.none()));

    // It joined without vectors, so the refinement sweeps must not take its (= the original's) vector out.
    assertThat(ids.get("c1")).isEqualTo("s-d1");
    assertThat(state.story("s-d1").size()).isEqualTo(2);
    assertThat(state.story("s-d1").sumNorm2()).isEqualTo(before);
  }

  @Test
  void apply_thousandUnrelatedArticles_moveNoArticleOfAStoredStory() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    StoryClusterer clusterer = new StoryClusterer();
    state.putArticles(clusterer.apply(List.of(DAM_1, DAM_2, DAM_BG, GRAIN), state, Findings.none()));
    List<String> before = state.story("s-d1").toStory().articleIds();
    assertThat(before).hasSize(3);
    List<SyntheticNews.Item> news = new SyntheticNews(7).generate(1000);
    for (int from = 0; from < news.size(); from += 100) {
      List<Article> batch = news.subList(from, from + 100).stream().map(SyntheticNews.Item::article).toList();
      state.putArticles(clusterer.apply(new MinHashNearDuplicates().apply(batch, Findings.none()), state, Findings.none()));
    }
    assertThat(state.story("s-d1").toStory().articleIds()).isEqualTo(before);
    assertThat(state.story("s-g1").size()).isEqualTo(1);
    assertThat(state.articles(before).values()).extracting(a -> a.analysis().storyId()).containsOnly("s-d1");
  }

  @Test
  void given_storiesDecidedElsewhere_leavesTheStoriesAndTheIndexOfClusteringThem() {
    StoryClusterer clusterer = new StoryClusterer();
    List<SyntheticNews.Item> news = new SyntheticNews(11).generate(700);
    List<List<Article>> batches = new ArrayList<>();
    for (int from = 0; from < news.size(); from += 100) {
      List<Article> batch = news.subList(from, from + 100).stream().map(SyntheticNews.Item::article).toList();
      batches.add(new MinHashNearDuplicates().apply(batch, Findings.none()));
    }
    InMemoryCorpusState clustered = new InMemoryCorpusState();
    for (List<Article> batch : batches.subList(0, 6)) clustered.putArticles(clusterer.apply(batch, clustered, Findings.none()));
    Map<String, String> decided = storyIds(clustered.allArticles());
    assertThat(Set.copyOf(decided.values())).hasSizeLessThan(decided.size());
    assertThat(clustered.allArticles()).anyMatch(a -> a.analysis().repostOf() != null);

    InMemoryCorpusState replayed = new InMemoryCorpusState();
    StatefulStage given = clusterer.given(decided::get);
    for (List<Article> batch : batches.subList(0, 6)) replayed.putArticles(given.apply(batch, replayed, Findings.none()));

    assertThat(storyIds(replayed.allArticles())).isEqualTo(decided);
    assertThat(members(replayed)).isEqualTo(members(clustered));
    assertThat(replayed.termCounts()).isEqualTo(clustered.termCounts());
    // What comes next is looked up in the replayed index as in the clustered one.
    assertThat(storyIds(clusterer.apply(batches.get(6), replayed, Findings.none())))
        .isEqualTo(storyIds(clusterer.apply(batches.get(6), clustered, Findings.none())));
  }

  /** Each story's id with its members (in no particular order) and dates. */
  private static Set<List<Object>> members(InMemoryCorpusState state) {
    return state.allStories().stream().map(StoryEntry::toStory)
        .map(s -> List.<Object>of(s.id(), Set.copyOf(s.articleIds()), String.valueOf(s.first()), String.valueOf(s.last())))
        .collect(Collectors.toSet());
  }

  @Test
  void given_articleWithoutAStory_throwsNamingIt() {
    StatefulStage given = new StoryClusterer().given(id -> null);
    assertThatThrownBy(() -> given.apply(List.of(GRAIN), new InMemoryCorpusState(), Findings.none()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("g1");
  }

  @Test
  void cluster_emptyAndBlankArticles_neverThrow() {
    List<Article> batch = List.of(article("e1", "und", null, "", ""), article("e2", null, null, "", "   "), GRAIN);
    StoryClusterer.Result r = new StoryClusterer().cluster(new MinHashNearDuplicates().apply(batch, Findings.none()));
    assertThat(r.articles()).allSatisfy(a -> assertThat(a.analysis().storyId()).isNotNull());
    assertThat(r.stories()).hasSize(3);
    assertThat(new StoryClusterer().cluster(List.of()).stories()).isEmpty();
  }

  @Test
  void constructor_badThreshold_throws() {
    assertThatThrownBy(() -> new StoryClusterer(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }
}
