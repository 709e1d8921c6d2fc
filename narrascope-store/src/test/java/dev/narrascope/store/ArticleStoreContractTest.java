package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.ArticleIds;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.Keys;
import dev.narrascope.LabelScore;
import dev.narrascope.Pipeline;
import dev.narrascope.Quote;
import dev.narrascope.Story;
import dev.narrascope.corpus.CorpusState;
import dev.narrascope.corpus.MemberEmbeddings;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.corpus.TermVector;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.story.StoryClusterer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ArticleStore} must have; each implementation's test extends this and
 * says how to open (and reopen) a fresh, empty store.
 */
public abstract class ArticleStoreContractTest {
  /** Opens the store under test; called again to reopen the same data. */
  protected abstract ArticleStore open();

  static Article article(String title, String text, String outlet, LocalDate date, String lang) {
    return new Article(ArticleIds.of(title, text), "test", null, title, outlet, date, lang, 0.9, text, Map.of("k", "v"), null);
  }

  static Analysis framed(String narrative, String actor, String role) {
    return Analysis.EMPTY.withNarratives(List.of(new LabelScore(narrative, 0.8)), List.of())
        .withActors(List.of(new ActorFraming(actor, role, 0.7, List.of("Instigator"), List.of(), 1.0)));
  }

  /* --------------- put / get --------------- */

  @Test
  void put_sameArticleTwice_addsOnce_andSurvivesReopen() {
    Article a = article("Title", "Body text.", "Outlet", LocalDate.of(2024, 1, 2), "en");
    try (var s = open()) {
      assertThat(s.put(a)).isTrue();
      assertThat(s.put(a)).isFalse();
    }
    try (var s = open()) {
      assertThat(s.count(ArticleQuery.all())).isEqualTo(1);
      assertThat(s.get(a.id())).contains(a);
      assertThat(s.get("no-such-id")).isEmpty();
    }
  }

  @Test
  void putAll_replacesAnalysis_andItsFacets() {
    Article a = article("A", "one", "Alpha", LocalDate.of(2024, 1, 1), "en")
        .withAnalysis(framed("URW: Discrediting Ukraine", "NATO", "Antagonist"));
    try (var s = open()) {
      assertThat(s.putAll(List.of(a))).isEqualTo(1);
      Article changed = a.withAnalysis(framed("URW: Praise of Russia", "Russia", "Protagonist"));
      assertThat(s.putAll(List.of(changed))).isZero();
      assertThat(s.get(a.id())).contains(changed);
      assertThat(s.find(ArticleQuery.all().withActor("NATO"))).isEmpty();
      assertThat(s.find(ArticleQuery.all().withActor("Russia"))).containsExactly(changed);
    }
  }

  @Test
  void putAll_sameIdTwiceInOneBatch_lastCopyWins() {
    Article a = article("A", "one", "Alpha", LocalDate.of(2024, 1, 1), "en")
        .withAnalysis(framed("N1", "NATO", "Antagonist"));
    Article later = a.withAnalysis(framed("N2", "Russia", "Protagonist"));
    try (var s = open()) {
      assertThat(s.putAll(List.of(a, later))).isEqualTo(1);
      assertThat(s.get(a.id())).contains(later);
      assertThat(s.labelCounts("narrative", ArticleQuery.all(), 10)).containsExactly(new LabelCount("N2", 1));
      assertThat(s.find(ArticleQuery.all().withActor("NATO"))).isEmpty();
    }
  }

  /* --------------- find / count --------------- */

  @Test
  void find_filtersByFacetsAndDates() {
    Article a = article("A", "one", "Alpha", LocalDate.of(2024, 1, 1), "en")
        .withAnalysis(framed("URW: Discrediting Ukraine", "NATO", "Antagonist"));
    Article b = article("B", "two", "Beta", LocalDate.of(2024, 2, 1), "ru");
    Article undated = article("C", "three", "Beta", null, "ru");
    try (var s = open()) {
      s.putAll(List.of(a, b, undated));
      assertThat(s.find(ArticleQuery.all().withNarrative("URW: Discrediting Ukraine"))).containsExactly(a);
      // The same rule as the CLI's timeline: any case, with or without the domain prefix; no partial words.
      assertThat(s.find(ArticleQuery.all().withNarrative("discrediting ukraine"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withNarrative("Ukraine"))).isEmpty();
      assertThat(s.find(ArticleQuery.all().withNarrative("%"))).isEmpty();
      assertThat(s.find(ArticleQuery.all().withActor("NATO"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withLanguage("ru"))).containsExactly(b, undated);
      assertThat(s.find(ArticleQuery.all().withOutlet("Alpha"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withDates(LocalDate.of(2024, 1, 15), null))).containsExactly(b);
      assertThat(s.find(ArticleQuery.all())).containsExactly(b, a, undated);
      assertThat(s.find(ArticleQuery.all().page(1, 1))).containsExactly(a);
      assertThat(s.count(ArticleQuery.all().withLanguage("ru").page(0, 1))).isEqualTo(2);
    }
  }

  /* --------------- search --------------- */

  @Test
  void search_findsWordsWithSnippet_andIgnoresQuerySyntax() {
    try (var s = open()) {
      s.put(article("NATO summit", "Ministers met in Vilnius to discuss the shield.", "Alpha", null, "en"));
      s.put(article("Weather", "Rain all week in Lisbon.", "Beta", null, "en"));
      assertThat(s.search("vilnius", ArticleQuery.all())).singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("[Vilnius]"));
      assertThat(s.search("nato", ArticleQuery.all().withOutlet("Beta"))).isEmpty();
      assertThat(s.search("\"unbalanced OR AND (", ArticleQuery.all())).isEmpty();
      assertThat(s.search("'; DROP TABLE articles; --", ArticleQuery.all())).isEmpty();
      assertThat(s.count(ArticleQuery.all())).isEqualTo(2);
    }
  }

  @Test
  void search_stemsByTheArticlesLanguage() {
    try (var s = open()) {
      Article en = article("Talks", "The ministers negotiated a ceasefire overnight.", "Alpha", null, "en");
      Article ru = article("Переговоры", "Делегации встретились на переговорах в Стамбуле.", "Beta", null, "ru");
      s.putAll(List.of(en, ru));
      assertThat(s.search("negotiations", ArticleQuery.all())).singleElement()
          .satisfies(h -> assertThat(h.article()).isEqualTo(en))
          .satisfies(h -> assertThat(h.snippet()).contains("[negotiated]"));
      assertThat(s.search("переговоры", ArticleQuery.all())).extracting(SearchHit::article).containsExactly(ru);
      assertThat(s.search("ПЕРЕГОВОРАМИ стамбул", ArticleQuery.all())).extracting(SearchHit::article).containsExactly(ru);
    }
  }

  @Test
  void search_findsSpellingVariantsAndCanonicalActorsInAnyScript() {
    try (var s = open()) {
      Article kyiv = article("Kyiv", "Air raid sirens sounded in Kyiv at dawn.", "Alpha", null, "en");
      Article reznikov = article("Министр", "Министр обороны Резников заявил о поставках.", "Beta", null, "ru")
          .withAnalysis(framed("N", "Oleksii Reznikov", "Protagonist"));
      s.putAll(List.of(kyiv, reznikov));
      assertThat(s.search("Kiev", ArticleQuery.all())).extracting(SearchHit::article).containsExactly(kyiv);
      assertThat(s.search("Reznikov", ArticleQuery.all())).extracting(SearchHit::article).containsExactly(reznikov);
      assertThat(s.search("резникова", ArticleQuery.all())).extracting(SearchHit::article).containsExactly(reznikov);
    }
  }

  @Test
  void textFilters_ignoreCase() {
    Article a = article("A", "one", "Alpha News", LocalDate.of(2024, 1, 1), "en")
        .withAnalysis(framed("URW: Discrediting Ukraine", "NATO", "Antagonist"));
    try (var s = open()) {
      s.put(a);
      assertThat(s.find(ArticleQuery.all().withOutlet("alpha news"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withActor("nato"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withNarrative("URW: DISCREDITING UKRAINE"))).containsExactly(a);
      assertThat(s.count(ArticleQuery.all().withOutlet("ALPHA NEWS").withActor("Nato"))).isEqualTo(1);
      assertThat(s.search("one", ArticleQuery.all().withOutlet("ALPHA news"))).hasSize(1);
    }
  }

  @Test
  void textFilters_ignoreCase_beyondAscii() {
    Article a = article("Б", "two", "Новини Днес", LocalDate.of(2024, 1, 2), "bg")
        .withAnalysis(framed("URW: Discrediting Ukraine", "Йенс Столтенберг", "Antagonist"));
    try (var s = open()) {
      s.put(a);
      assertThat(s.find(ArticleQuery.all().withOutlet("новини днес"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withActor("ЙЕНС СТОЛТЕНБЕРГ"))).containsExactly(a);
    }
  }

  /* --------------- review queue --------------- */

  /** An article whose one narrative has probability {@code p} (and the "…: Other" the decoder fills in, no decision). */
  private static Article toReview(String id, String outlet, double p) {
    Analysis an = p < 0 ? Analysis.EMPTY : Analysis.EMPTY.withNarratives(List.of(new LabelScore("URW: Discrediting Ukraine", p)),
        List.of(new LabelScore("URW: Discrediting Ukraine: Other", 0.02)));
    return new Article(id, id, null, "Title " + id, outlet, LocalDate.of(2024, 3, 1), "en", 1, "Text of " + id + ".", null, an);
  }

  @Test
  void reviewQueue_leastSureFirst_pagedWithTotal_filtered_andUnanalysedOrCorrectedLeftOut() {
    try (var s = open()) {
      s.putAll(List.of(toReview("sure", "A", 0.99), toReview("coin", "B", 0.52), toReview("middle", "A", 0.8),
          toReview("bare", "A", -1), toReview("middle2", "B", 0.8)));
      List<ReviewItem> all = s.reviewQueue(ArticleQuery.all());
      assertThat(all).extracting(ReviewItem::id).containsExactly("coin", "middle", "middle2", "sure");
      assertThat(s.reviewQueueSize(ArticleQuery.all())).isEqualTo(4);
      assertThat(all.get(0).uncertainty()).isEqualTo(0.48);
      assertThat(all.get(0).reason()).isEqualTo("narrative \"URW: Discrediting Ukraine\" (52%)");
      assertThat(all.get(0).published()).isEqualTo(LocalDate.of(2024, 3, 1));

      assertThat(s.reviewQueue(ArticleQuery.all().page(1, 2))).extracting(ReviewItem::id).containsExactly("middle", "middle2");
      assertThat(s.reviewQueue(ArticleQuery.all().page(10, 2))).isEmpty();
      assertThat(s.reviewQueue(ArticleQuery.all().withOutlet("a"))).extracting(ReviewItem::id).containsExactly("middle", "sure");
      assertThat(s.reviewQueueSize(ArticleQuery.all().withOutlet("a"))).isEqualTo(2);

      // A correction of any kind, "reviewed" included, takes the article out.
      s.addCorrection(Correction.reviewed("coin", "ana"));
      s.addCorrection(Correction.role("middle2", "ana", "NATO", Correction.NOT_FRAMED, List.of()));
      assertThat(s.reviewQueue(ArticleQuery.all())).extracting(ReviewItem::id).containsExactly("middle", "sure");
      assertThat(s.reviewQueueSize(ArticleQuery.all())).isEqualTo(2);

      // Re-analysis moves an article in the queue: the order is computed whenever an article is written.
      s.put(toReview("sure", "A", 0.3));
      assertThat(s.reviewQueue(ArticleQuery.all())).extracting(ReviewItem::id).containsExactly("sure", "middle");
    }
  }

  /* --------------- stories and findings --------------- */

  private static final Pipeline TAIL = Pipeline.builder().given(Keys.LANGUAGE, Keys.ENTITIES)
      .add(new MinHashNearDuplicates()).add(new StoryClusterer()).build();
  private static final String DAM = "The Kakhovka dam on the Dnipro was destroyed on Tuesday, flooding Kherson villages;"
      + " thousands of residents were evacuated by boat while the water kept rising through the night.";

  private static Article dam(String title, String text, String outlet, int day) {
    return article(title, text, outlet, LocalDate.of(2023, 6, day), "en");
  }

  /** Runs the stateful tail over {@code batch} in one store transaction; returns the stored batch. */
  private static List<Article> write(ArticleStore s, List<Article> batch, List<Finding> findings) {
    List<List<Article>> out = new ArrayList<>();
    s.writeBatch(state -> out.add(TAIL.index(batch, state, Findings.none())), findings);
    return out.get(0);
  }

  @Test
  void writeBatch_storesArticlesStoriesIndexAndFindings_together() {
    Article a = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article b = dam("Kherson floods after Kakhovka dam breach", "Water from the destroyed Kakhovka dam flooded Kherson villages;"
        + " evacuations by boat continue.", "Beta", 7);
    Article grain = dam("Russia quits grain deal", "Russia left the Black Sea Grain Initiative brokered by Turkey.", "Gamma", 17);
    try (var s = open()) {
      List<Article> stored = write(s, List.of(a, b, grain), List.of(new Finding("ingest", "empty-file", "x.txt", "the file is empty")));
      String damStory = stored.get(0).analysis().storyId();
      assertThat(stored.get(1).analysis().storyId()).isEqualTo(damStory);
      assertThat(stored.get(2).analysis().storyId()).isNotEqualTo(damStory).isNotNull();
      assertThat(s.findings(5)).extracting(Finding::code).containsExactly("empty-file");
    }
    try (var s = open()) {
      assertThat(s.count(ArticleQuery.all())).isEqualTo(3);
      Story story = s.story("s-" + a.id()).orElseThrow();
      assertThat(story.articleIds()).containsExactly(a.id(), b.id());
      assertThat(story.outlets()).containsExactly("Alpha", "Beta");
      assertThat(s.stories(0, 10)).hasSize(2).first().isEqualTo(story);
      assertThat(s.storyCount()).isEqualTo(2);
      assertThat(s.find(ArticleQuery.all().withStory(story.id()))).extracting(Article::id).containsExactlyInAnyOrder(a.id(), b.id());
      assertThat(s.knownIds(List.of(a.id(), "nope"))).containsExactly(a.id());
    }
  }

  @Test
  void forEachStory_visitsEveryStoryOnce_acrossPages_inIdOrder() {
    List<Article> batch = List.of(dam("Kakhovka dam destroyed", DAM, "Alpha", 6),
        dam("Russia quits grain deal", "Russia left the Black Sea Grain Initiative brokered by Turkey.", "Gamma", 17),
        dam("Wildfires in Canada", "Smoke from hundreds of Canadian wildfires covered New York in orange haze.", "Delta", 8));
    try (var s = open()) {
      write(s, batch, List.of());
      List<String> all = s.stories(0, 10).stream().map(Story::id).sorted().toList();
      assertThat(all).hasSize(3);
      for (int page : new int[] {1, 2, 3, 1_000}) {
        List<String> seen = new ArrayList<>();
        ((JdbcArticleStore) s).forEachStory(st -> seen.add(st.id()), page);
        assertThat(seen).as("page of %d", page).isEqualTo(all);
      }
    }
  }

  @Test
  void storiesWithTerm_window_skipsStoriesBegunOutsideIt_andFollowsAFirstDateThatMoved() {
    Article june20 = dam("Kakhovka dam destroyed", DAM, "Alpha", 20);
    Article june1 = dam("Kakhovka dam cracks", "Cracks in the Kakhovka dam.", "Beta", 1);
    TermVector v = new TermVector(new String[] {"kakhovka"}, new double[] {1});
    LocalDate may = LocalDate.of(2023, 5, 1), june5 = LocalDate.of(2023, 6, 5), june25 = LocalDate.of(2023, 6, 25);
    List<List<String>> found = new ArrayList<>();
    try (var s = open()) {
      s.writeBatch(state -> {
        StoryEntry story = new StoryEntry("s-dam", state.nextStorySeq());
        story.add(june20, v, null, null);
        state.putStory(story);
        state.addPostings(story, List.of("kakhovka"));
      }, List.of());
      s.writeBatch(state -> {
        found.add(state.storiesWithTerm("kakhovka", june5, june25, 10));
        found.add(state.storiesWithTerm("kakhovka", may, june5, 10));
        found.add(state.storiesWithTerm("kakhovka", null, null, 10));
        StoryEntry story = state.story("s-dam");
        story.add(june1, v, null, null);
        state.putStory(story);
        found.add(state.storiesWithTerm("kakhovka", may, june5, 10));
      }, List.of());
      s.writeBatch(state -> found.add(state.storiesWithTerm("kakhovka", may, june5, 10)), List.of());
    }
    try (var fresh = open()) { // reads the re-dated postings from the store, with no cache of its own yet
      fresh.writeBatch(state -> found.add(state.storiesWithTerm("kakhovka", may, june5, 10)), List.of());
    }
    assertThat(found).containsExactly(List.of("s-dam"), List.of(), List.of("s-dam"), List.of("s-dam"), List.of("s-dam"), List.of("s-dam"));
  }

  @Test
  void memberEmbeddings_areReadBackAsRecorded_inTheBatchAndAfterIt_andNoneForUnrecordedIds() {
    float[] e = {0.6f, -0.8f, 0f};
    List<Map<String, float[]>> found = new ArrayList<>();
    try (var s = open()) {
      s.writeBatch(state -> {
        state.putMember("a-en", e, List.of("Ann Lee", "Bo Park"));
        state.putMember("a-bg", null, List.of());
        found.add(state.memberEmbeddings(List.of("a-en", "a-bg", "a-repost")));
      }, List.of());
      s.writeBatch(state -> state.putMember("a-bg", null, List.of()), List.of());
    }
    try (var fresh = open()) {
      fresh.writeBatch(state -> found.add(state.memberEmbeddings(List.of("a-en", "a-bg", "a-repost"))), List.of());
    }
    float[] back = MemberEmbeddings.decode(MemberEmbeddings.encode(e));
    for (Map<String, float[]> f : found) {
      assertThat(f).containsOnlyKeys("a-en", "a-bg");
      assertThat(f.get("a-en")).containsExactly(back);
      assertThat(f.get("a-bg")).isEmpty();
    }
  }

  @Test
  void memberPeople_areReadBackAsRecorded_inTheBatchAndAfterIt_andNoneForUnrecordedIds() {
    List<Map<String, List<String>>> found = new ArrayList<>();
    try (var s = open()) {
      s.writeBatch(state -> {
        state.putMember("a-en", new float[] {1f, 0f}, List.of("Ann Lee", "Bo Park"));
        state.putMember("a-bg", null, List.of());
        found.add(state.memberPeople(List.of("a-en", "a-bg", "a-repost")));
      }, List.of());
    }
    try (var fresh = open()) {
      fresh.writeBatch(state -> found.add(state.memberPeople(List.of("a-en", "a-bg", "a-repost"))), List.of());
    }
    assertThat(found).hasSize(2).allSatisfy(f -> assertThat(f)
        .containsOnly(Map.entry("a-en", List.of("Ann Lee", "Bo Park")), Map.entry("a-bg", List.of())));
  }

  @Test
  void storyHistory_listsItsSplitsAndMergesOldestFirst_andCurrentStoryFollowsAMerge() {
    Article first = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article second = dam("Kakhovka dam cracks", "Cracks in the Kakhovka dam.", "Beta", 7);
    Article third = dam("Kakhovka flood", "Flood below the Kakhovka dam.", "Gamma", 8);
    try (var s = open()) {
      s.writeBatch(state -> {
        for (Article a : List.of(first, second, third)) {
          StoryEntry story = new StoryEntry("s-" + a.outlet(), state.nextStorySeq());
          story.add(a, null, null, null);
          state.putStory(story);
        }
      }, List.of());
      // A split moves two stored articles from Alpha to Gamma (founded by "new-1"); a later batch merges Beta into Alpha.
      s.writeBatch(state -> {
        state.splitStory("s-Alpha", "s-Gamma", "new-1", "moved-1");
        state.splitStory("s-Alpha", "s-Gamma", "new-1", "moved-2");
      }, List.of());
      s.writeBatch(state -> {
        StoryEntry survivor = state.story("s-Alpha");
        survivor.absorb(state.story("s-Beta"));
        state.mergeStory("s-Beta", "s-Alpha", "new-2");
        state.putStory(survivor);
      }, List.of());
    }
    try (var s = open()) {
      assertThat(s.storyHistory("s-Alpha")).extracting(StoryChange::kind, StoryChange::otherStory, StoryChange::articleId, StoryChange::moved)
          .containsExactly(tuple(StoryChange.SPLIT_OFF, "s-Gamma", "new-1", List.of("moved-1", "moved-2")),
              tuple(StoryChange.MERGED_IN, "s-Beta", "new-2", List.of()));
      assertThat(s.storyHistory("s-Gamma")).extracting(StoryChange::kind, StoryChange::otherStory, StoryChange::moved)
          .containsExactly(tuple(StoryChange.SPLIT_FROM, "s-Alpha", List.of("moved-1", "moved-2")));
      assertThat(s.storyHistory("s-Beta")).extracting(StoryChange::kind, StoryChange::otherStory)
          .containsExactly(tuple(StoryChange.MERGED_INTO, "s-Alpha"));
      assertThat(s.storyHistory("s-Alpha")).allSatisfy(c -> assertThat(c.at()).isBefore(Instant.now().plusSeconds(1)));
      assertThat(s.story("s-Beta")).isEmpty();
      assertThat(s.currentStory("s-Beta")).map(Story::id).contains("s-Alpha");
      assertThat(s.currentStory("s-Alpha")).map(Story::id).contains("s-Alpha");
      assertThat(s.currentStory("s-unknown")).isEmpty();
      assertThat(s.storyHistory("s-unknown")).isEmpty();
    }
  }

  @Test
  void storiesWithTerm_withinABatch_dropsAStoredStoryOnceItIsAbsorbed() {
    Article first = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article second = dam("Kakhovka dam cracks", "Cracks in the Kakhovka dam.", "Beta", 7);
    TermVector v = new TermVector(new String[] {"kakhovka"}, new double[] {1});
    List<List<String>> found = new ArrayList<>();
    try (var s = open()) {
      s.writeBatch(state -> {
        for (Article a : List.of(first, second)) {
          StoryEntry story = new StoryEntry("s-" + a.outlet(), state.nextStorySeq());
          story.add(a, v, null, null);
          state.putStory(story);
          state.addPostings(story, List.of("kakhovka"));
        }
      }, List.of());
      s.writeBatch(state -> {
        found.add(state.storiesWithTerm("kakhovka", null, null, 10));
        StoryEntry survivor = state.story("s-Alpha");
        survivor.absorb(state.story("s-Beta"));
        state.mergeStory("s-Beta", "s-Alpha", second.id());
        state.putStory(survivor);
        found.add(state.storiesWithTerm("kakhovka", null, null, 10));
      }, List.of());
    }
    assertThat(found).containsExactly(List.of("s-Beta", "s-Alpha"), List.of("s-Alpha"));
  }

  @Test
  void knownIds_whileABatchIsBeingWritten_answersWhatWasCommitted_withoutWaitingForTheBatch() throws Exception {
    Article stored = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article writing = dam("Kakhovka dam cracks", "Cracks in the Kakhovka dam.", "Beta", 7);
    try (var s = open()) {
      write(s, List.of(stored), List.of());
      List<Set<String>> seen = new ArrayList<>();
      s.writeBatch(state -> {
        TAIL.index(List.of(writing), state, Findings.none());
        // Another thread (another POST about to be analysed) asks while this batch holds the write:
        // a store that made it wait would never answer, as this batch waits for it (the timeout only ends a deadlock).
        try {
          seen.add(CompletableFuture.supplyAsync(() -> s.knownIds(List.of(stored.id(), writing.id())))
              .get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, List.of());
      assertThat(seen).containsExactly(Set.of(stored.id()));
      assertThat(s.knownIds(List.of(stored.id(), writing.id()))).containsExactlyInAnyOrder(stored.id(), writing.id());
    }
  }

  @Test
  void writeBatch_laterBatches_findStoredStoryAndRepostOriginalThroughTheIndex() {
    Article original = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article copy = dam("Dam breach: what we know", DAM + " Subscribe to our newsletter.", "Copycat", 8);
    Article later = dam("Kherson evacuations after Kakhovka dam breach", "Boats evacuated Kherson residents after the Kakhovka"
        + " dam on the Dnipro was destroyed.", "Beta", 7);
    try (var s = open()) {
      write(s, List.of(original), List.of());
      List<Article> second = write(s, List.of(copy), List.of());
      assertThat(second.get(0).analysis().repostOf()).isEqualTo(original.id());
      assertThat(second.get(0).analysis().storyId()).isEqualTo("s-" + original.id());
    }
    try (var s = open()) {
      List<Article> third = write(s, List.of(later), List.of());
      assertThat(third.get(0).analysis().storyId()).isEqualTo("s-" + original.id());
      assertThat(s.story("s-" + original.id()).orElseThrow().size()).isEqualTo(3);
    }
  }

  @Test
  void writeBatch_whenTheWorkFails_storesNothingOfTheBatch() {
    Article a = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    try (var s = open()) {
      assertThatThrownBy(() -> s.writeBatch(state -> {
        TAIL.index(List.of(a), state, Findings.none());
        throw new IllegalStateException("crash after the tail");
      }, List.of(new Finding("x", "y", "z", "w")))).hasMessageContaining("crash after the tail");
      assertThat(s.count(ArticleQuery.all())).isZero();
      assertThat(s.stories(0, 10)).isEmpty();
      assertThat(s.storyCount()).isZero();
      assertThat(s.findings(5)).isEmpty();
      // ... and the index holds nothing of it either: the same article later founds its story afresh.
      assertThat(write(s, List.of(a), List.of()).get(0).analysis().storyId()).isEqualTo("s-" + a.id());
      assertThat(s.story("s-" + a.id()).orElseThrow().size()).isEqualTo(1);
    }
  }

  @Test
  void writeBatch_findsBandKeysAnotherWriterStored_afterThisStoreFilteredItsOwn() {
    long[] mine = {11, 12}, theirs = {21, 22};
    List<Set<String>> found = new ArrayList<>();
    try (var first = open(); var second = open()) {
      first.writeBatch(state -> state.addBands("a-mine", mine), List.of());
      // From here on `first` answers misses from its filters of the stored runs; it finds the runs `second` adds.
      first.writeBatch(state -> found.add(state.articlesInBands(theirs, 5)), List.of());
      first.writeBatch(state -> found.add(state.articlesInBands(mine, 5)), List.of());
      second.writeBatch(state -> state.addBands("b-theirs", theirs), List.of());
      first.writeBatch(state -> found.add(state.articlesInBands(theirs, 5)), List.of());
      // A batch that fails leaves nothing, whatever its own look-ups saw.
      assertThatThrownBy(() -> first.writeBatch(state -> {
        state.addBands("a-failed", new long[] {31});
        throw new IllegalStateException("crash");
      }, List.of())).hasMessageContaining("crash");
      second.writeBatch(state -> found.add(state.articlesInBands(new long[] {31, 11}, 5)), List.of());
      first.writeBatch(state -> found.add(state.articlesInBands(new long[] {31, 21}, 5)), List.of());
      first.writeBatch(state -> found.add(state.articlesInBands(theirs, 5)), List.of());
    }
    assertThat(found).containsExactly(Set.of(), Set.of("a-mine"), Set.of("b-theirs"), Set.of("a-mine"), Set.of("b-theirs"),
        Set.of("b-theirs"));
  }

  @Test
  void writeBatch_manyBatchesOfBandKeys_mergedRunsKeepEveryKeysAnswer_inEveryInstance() {
    // 101 batches of one article each: b-i holds its own key 1000 + i and the shared key 7. Every tenth batch
    // merges ten runs into one, the hundredth merges those; after each batch both instances answer alike.
    long shared = 7;
    List<String> writerSaw = new ArrayList<>(), readerSaw = new ArrayList<>(), expected = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(CorpusState.ID_ORDER);
    try (var writer = open(); var reader = open()) {
      for (int i = 0; i <= 100; i++) {
        String id = "b-" + i;
        long own = 1000 + i;
        writer.writeBatch(state -> state.addBands(id, new long[] {own, shared}), List.of());
        ids.add(id);
        writerSaw.add(bandAnswers(writer, i, shared));
        readerSaw.add(bandAnswers(reader, i, shared));
        List<String> answers = new ArrayList<>();
        for (int j = 0; j <= i; j++) answers.add("b-" + j);
        ids.stream().limit(3).forEach(answers::add);
        expected.add(String.join(",", answers));
      }
    }
    assertThat(writerSaw).isEqualTo(expected);
    assertThat(readerSaw).isEqualTo(expected);
  }

  @Test
  void writeBatch_manyBatchesOfPostings_mergedRunsKeepEveryTermsNewestStories_inEveryInstance() {
    // 23 batches, each founding story p-i with terms own-i, shared and tier-(i % 3); every fifth batch posts
    // an older story under shared again (a posting an older run holds) and every seventh absorbs the story
    // of two batches before (its postings deleted from whichever runs hold them). Runs merge at batches 10
    // and 20; after each batch both instances answer as a reference kept here.
    Map<String, TreeMap<Long, String>> reference = new HashMap<>();
    Map<Integer, Long> seqs = new HashMap<>();
    List<String> writerSaw = new ArrayList<>(), readerSaw = new ArrayList<>(), expected = new ArrayList<>();
    try (var writer = open(); var reader = open()) {
      for (int i = 0; i < 23; i++) {
        int batch = i;
        writer.writeBatch(state -> {
          StoryEntry story = new StoryEntry("p-" + batch, state.nextStorySeq());
          seqs.put(batch, story.seq());
          state.putStory(story);
          List<String> terms = List.of("own-" + batch, "shared", "tier-" + batch % 3);
          state.addPostings(story, terms);
          terms.forEach(t -> reference.computeIfAbsent(t, k -> new TreeMap<>()).put(story.seq(), story.id()));
          if (batch % 5 == 4) {
            state.addPostings(new StoryEntry("p-" + (batch - 3), seqs.get(batch - 3)), List.of("shared"));
            reference.get("shared").put(seqs.get(batch - 3), "p-" + (batch - 3));
          }
          if (batch % 7 == 6) {
            state.mergeStory("p-" + (batch - 2), story.id(), "a-" + batch);
            reference.values().forEach(m -> m.remove(seqs.get(batch - 2)));
          }
        }, List.of());
        writerSaw.add(postingAnswers(writer, i));
        readerSaw.add(postingAnswers(reader, i));
        List<String> answers = new ArrayList<>();
        for (int j = 0; j <= i; j++) answers.add(newest(reference, "own-" + j, 2));
        for (String t : List.of("tier-0", "tier-1", "tier-2")) answers.add(newest(reference, t, 3));
        answers.add(newest(reference, "shared", 4));
        answers.add(newest(reference, "shared", 100));
        answers.add(newest(reference, "absent", 5));
        expected.add(String.join(";", answers));
      }
    }
    assertThat(writerSaw).isEqualTo(expected);
    assertThat(readerSaw).isEqualTo(expected);
    assertThat(expected.get(22)).contains("p-22,p-21,p-20,p-19");
  }

  @Test
  void storiesWithTerm_inLaterBatches_seesAnotherWritersPostings_andNothingOfAFailedBatch() {
    // `first` keeps the postings it read between its batches; what `second` writes and what a failed batch
    // of `first` would have written must show, or not, all the same.
    List<List<String>> found = new ArrayList<>();
    try (var first = open(); var second = open()) {
      first.writeBatch(state -> post(state, "s-1", "kakhovka", "dam"), List.of());
      first.writeBatch(state -> found.add(state.storiesWithTerm("kakhovka", null, null, 2)), List.of());
      second.writeBatch(state -> post(state, "s-2", "kakhovka"), List.of());
      first.writeBatch(state -> found.add(state.storiesWithTerm("kakhovka", null, null, 2)), List.of());
      assertThatThrownBy(() -> first.writeBatch(state -> {
        post(state, "s-failed", "kakhovka");
        state.mergeStory("s-1", "s-failed", "a-failed");
        throw new IllegalStateException("crash");
      }, List.of())).hasMessageContaining("crash");
      first.writeBatch(state -> found.add(state.storiesWithTerm("kakhovka", null, null, 2)), List.of());
      first.writeBatch(state -> {
        post(state, "s-3", "kakhovka", "dam");
        state.mergeStory("s-1", "s-3", "a-3");
      }, List.of());
      first.writeBatch(state -> {
        found.add(state.storiesWithTerm("kakhovka", null, null, 2));
        found.add(state.storiesWithTerm("dam", null, null, 2));
      }, List.of());
      second.writeBatch(state -> found.add(state.storiesWithTerm("kakhovka", null, null, 5)), List.of());
    }
    assertThat(found).containsExactly(List.of("s-1"), List.of("s-2", "s-1"), List.of("s-2", "s-1"), List.of("s-3", "s-2"),
        List.of("s-3"), List.of("s-3", "s-2"));
  }

  @Test
  void story_inLaterBatches_isAsStored_whateverAnotherWriterOrAFailedBatchDid_orTheReaderChangedWithoutStoring() {
    // `first` keeps the story states it read or wrote between its batches: a batch's own changes that it did
    // not store, a failed batch's changes and another writer's changes that touch no posting must show, or
    // not, as the database holds them.
    TermVector dam = new TermVector(new String[] {"kakhovka", "dam"}, new double[] {0.8, 0.6});
    List<String> seen = new ArrayList<>();
    try (var first = open(); var second = open()) {
      first.writeBatch(state -> {
        StoryEntry s = new StoryEntry("s-1", state.nextStorySeq());
        s.add(article("Dam breached", "Kakhovka dam breached.", "A", LocalDate.of(2023, 6, 6), "en"), dam, null, null);
        state.putStory(s);
        state.addPostings(s, s.terms());
      }, List.of());
      first.writeBatch(state -> {
        StoryEntry s = state.story("s-1");
        seen.add(members(s));
        s.add(article("Not stored", "A member this batch never stores.", "B", LocalDate.of(2023, 6, 7), "en"), dam, null, null);
      }, List.of());
      assertThatThrownBy(() -> first.writeBatch(state -> {
        StoryEntry s = state.story("s-1");
        seen.add(members(s));
        s.add(article("Failed", "A member of a failed batch.", "C", LocalDate.of(2023, 6, 1), "en"), dam, null, null);
        state.putStory(s);
        throw new IllegalStateException("crash");
      }, List.of())).hasMessageContaining("crash");
      first.writeBatch(state -> seen.add(members(state.story("s-1"))), List.of());
      second.writeBatch(state -> {
        StoryEntry s = state.story("s-1");
        s.add(article("Second", "A member another writer stores.", "D", LocalDate.of(2023, 6, 8), "en"), null, null, null);
        state.putStory(s);
      }, List.of());
      first.writeBatch(state -> {
        StoryEntry s = state.story("s-1");
        seen.add(members(s));
        s.add(article("Not stored either", "Read from the database, changed, not stored.", "E", LocalDate.of(2023, 6, 9), "en"), dam, null, null);
      }, List.of());
      first.writeBatch(state -> {
        StoryEntry s = state.story("s-1");
        seen.add(members(s) + " " + s.first() + "/" + s.last() + " " + Math.round(s.sumNorm2() * 100));
        StoryEntry survivor = new StoryEntry("s-2", state.nextStorySeq());
        survivor.absorb(s);
        state.putStory(survivor);
        state.mergeStory("s-1", "s-2", "a-merge");
      }, List.of());
      first.writeBatch(state -> seen.add(state.story("s-1") + " " + members(state.story("s-2"))), List.of());
      second.writeBatch(state -> seen.add(members(state.stories(List.of("s-2")).get("s-2"))), List.of());
    }
    String both = ArticleIds.of("Dam breached", "Kakhovka dam breached.") + ","
        + ArticleIds.of("Second", "A member another writer stores.");
    assertThat(seen).containsExactly(ArticleIds.of("Dam breached", "Kakhovka dam breached."),
        ArticleIds.of("Dam breached", "Kakhovka dam breached."), ArticleIds.of("Dam breached", "Kakhovka dam breached."),
        both, both + " 2023-06-06/2023-06-08 100", "null " + both, both);
  }

  private static String members(StoryEntry s) {
    return String.join(",", s.members().stream().map(StoryEntry.Member::id).toList());
  }

  /** Founds story {@code id} holding {@code terms}. */
  private static void post(CorpusState state, String id, String... terms) {
    StoryEntry story = new StoryEntry(id, state.nextStorySeq());
    state.putStory(story);
    state.addPostings(story, List.of(terms));
  }

  /** The {@code limit} newest stories of {@code term} in {@code reference} (sequence number to story id). */
  private static String newest(Map<String, TreeMap<Long, String>> reference, String term, int limit) {
    return String.join(",", reference.getOrDefault(term, new TreeMap<>()).descendingMap().values().stream().limit(limit).toList());
  }

  /** What {@code s} finds, in the order {@link #writeBatch_manyBatchesOfPostings_mergedRunsKeepEveryTermsNewestStories_inEveryInstance} expects. */
  private static String postingAnswers(ArticleStore s, int upTo) {
    List<String> answers = new ArrayList<>();
    s.writeBatch(state -> {
      for (int j = 0; j <= upTo; j++) answers.add(String.join(",", state.storiesWithTerm("own-" + j, null, null, 2)));
      for (String t : List.of("tier-0", "tier-1", "tier-2")) answers.add(String.join(",", state.storiesWithTerm(t, null, null, 3)));
      answers.add(String.join(",", state.storiesWithTerm("shared", null, null, 4)));
      answers.add(String.join(",", state.storiesWithTerm("shared", null, null, 100)));
      answers.add(String.join(",", state.storiesWithTerm("absent", null, null, 5)));
    }, List.of());
    return String.join(";", answers);
  }

  /** What {@code s} finds for the keys 1000 to 1000 + {@code upTo} (each with the unknown key 999), then for {@code shared}. */
  private static String bandAnswers(ArticleStore s, int upTo, long shared) {
    List<String> answers = new ArrayList<>();
    s.writeBatch(state -> {
      for (int j = 0; j <= upTo; j++) answers.addAll(state.articlesInBands(new long[] {1000 + j, 999}, 5));
      answers.addAll(state.articlesInBands(new long[] {shared}, 3));
    }, List.of());
    return String.join(",", answers);
  }

  @Test
  void writeBatch_bridgingArticle_mergesStoriesAndMovesTheStoredMembers() {
    String t1 = "Kakhovka dam destroyed, floods in Kherson", b1 = "The Kakhovka dam on the Dnipro was destroyed, flooding Kherson villages. Thousands evacuated.";
    String t2 = "Kherson residents flee as Kakhovka dam waters rise", b2 = "Water from the destroyed Kakhovka dam on the Dnipro flooded Kherson; evacuations continue.";
    // The same event told 50 days apart founds two stories; a telling between them bridges them.
    Article x = article(t1, b1, "Alpha", LocalDate.of(2023, 6, 1), "en");
    Article y = article(t2, b2, "Beta", LocalDate.of(2023, 7, 21), "en");
    Article z = article(t1, b2, "Gamma", LocalDate.of(2023, 6, 26), "en");
    try (var s = open()) {
      write(s, List.of(x), List.of());
      assertThat(write(s, List.of(y), List.of()).get(0).analysis().storyId()).isEqualTo("s-" + y.id());
      assertThat(write(s, List.of(z), List.of()).get(0).analysis().storyId()).isEqualTo("s-" + x.id());
      assertThat(s.story("s-" + y.id())).isEmpty();
      assertThat(s.story("s-" + x.id()).orElseThrow().articleIds()).containsExactly(x.id(), z.id(), y.id());
      assertThat(s.get(y.id()).orElseThrow().analysis().storyId()).as("stored member moved").isEqualTo("s-" + x.id());
      assertThat(s.find(ArticleQuery.all().withStory("s-" + y.id()))).isEmpty();
    }
  }

  @Test
  void rebuildCorpusState_replaysEverything_andKeepsAStablePartition() {
    Article a = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article b = dam("Kherson floods after Kakhovka dam breach", "Water from the destroyed Kakhovka dam flooded Kherson villages;"
        + " evacuations by boat continue.", "Beta", 7);
    Article grain = dam("Russia quits grain deal", "Russia left the Black Sea Grain Initiative brokered by Turkey.", "Gamma", 17);
    try (var s = open()) {
      write(s, List.of(b), List.of());
      write(s, List.of(grain, a), List.of());
      ArticleStore.Rebuilt r = s.rebuildCorpusState(2, (page, state) -> TAIL.index(page, state, Findings.none()));
      assertThat(r.articles()).isEqualTo(3);
      // Replayed earliest first, the story is now named after a (June 6), not b (June 7): two articles moved.
      assertThat(r.moved()).isEqualTo(2);
      assertThat(s.story("s-" + a.id()).orElseThrow().articleIds()).containsExactly(a.id(), b.id());
      assertThat(s.stories(0, 10)).hasSize(2);
      // Both moves are the story's history, and the old id leads to the story that took its articles.
      List<String> both = List.of(a.id(), b.id()).stream().sorted().toList();
      assertThat(s.storyHistory("s-" + b.id())).extracting(StoryChange::kind, StoryChange::otherStory, StoryChange::articleId, StoryChange::moved)
          .containsExactly(tuple(StoryChange.RECLUSTERED_OFF, "s-" + a.id(), null, both));
      assertThat(s.storyHistory("s-" + a.id())).extracting(StoryChange::kind, StoryChange::otherStory, StoryChange::moved)
          .containsExactly(tuple(StoryChange.RECLUSTERED_FROM, "s-" + b.id(), both));
      assertThat(s.currentStory("s-" + b.id())).map(Story::id).contains("s-" + a.id());
      assertThat(s.rebuildCorpusState(1000, (page, state) -> TAIL.index(page, state, Findings.none())).moved()).isZero();
      assertThat(s.storyHistory("s-" + a.id())).as("a re-clustering that moves nothing logs nothing").hasSize(1);
    }
  }

  @Test
  void reclusterSince_replaysOnlyTheStoriesActiveSinceTheDate() {
    Article old1 = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article old2 = dam("Kherson floods after Kakhovka dam breach", "Water from the destroyed Kakhovka dam flooded Kherson villages;"
        + " evacuations by boat continue.", "Beta", 7);
    Article grain = dam("Russia quits grain deal", "Russia left the Black Sea Grain Initiative brokered by Turkey.", "Gamma", 17);
    Article grain2 = dam("Grain deal over, says Kremlin", "The Kremlin said Russia left the Black Sea Grain Initiative brokered"
        + " by Turkey and the UN.", "Delta", 18);
    try (var s = open()) {
      write(s, List.of(old1, old2, grain, grain2), List.of());
      String grainStory = s.get(grain.id()).orElseThrow().analysis().storyId();
      ArticleStore.Rebuilt r = s.reclusterSince(LocalDate.of(2023, 6, 15), 1, (page, state) -> TAIL.index(page, state, Findings.none()));
      assertThat(r.articles()).as("the grain story's two articles, not the dam story's").isEqualTo(2);
      assertThat(r.moved()).isZero();
      assertThat(s.get(grain2.id()).orElseThrow().analysis().storyId()).isEqualTo(grainStory);
      assertThat(s.story(grainStory).orElseThrow().size()).isEqualTo(2);
      assertThat(s.story("s-" + old1.id()).orElseThrow().articleIds()).containsExactly(old1.id(), old2.id());
      // The index still works afterwards: a later telling joins the replayed story.
      Article grain3 = dam("Kremlin ends grain deal", "Russia left the Black Sea Grain Initiative, the Kremlin said.", "Eps", 19);
      assertThat(write(s, List.of(grain3), List.of()).get(0).analysis().storyId()).isEqualTo(grainStory);
    }
  }

  /* --------------- corrections --------------- */

  private static final String BLAME = "URW: Blaming the war on others rather than the invader";
  private static final String BLAME_SUB = BLAME + ": Ukraine is the aggressor";

  private static Article corrigible() {
    Article a = article("Shoigu speaks", "\"We will win,\" said the minister. Stoltenberg disagreed.", "Alpha", LocalDate.of(2024, 3, 1), "en");
    Analysis model = framed("URW: Discrediting Ukraine", "Sergei Shoigu", "Protagonist")
        .withQuotes(List.of(new Quote("We will win,", "Sergei Shoigu", 1, 13, true)));
    return a.withAnalysis(model);
  }

  @Test
  void addCorrection_overridesArticleAndFacets_keepsTheAuditTrail_andSurvivesReopen() {
    Article a = corrigible();
    try (var s = open()) {
      s.put(a);
      Correction first = s.addCorrection(Correction.narratives(a.id(), "ana", List.of("URW: Praise of Russia"), List.of()));
      Correction second = s.addCorrection(Correction.narratives(a.id(), "bo", List.of(BLAME), List.of(BLAME_SUB)));
      s.addCorrection(Correction.role(a.id(), "ana", "Sergei Shoigu", "Antagonist", List.of("Deceiver")));
      s.addCorrection(Correction.speaker(a.id(), "ana", 0, 1, 13, "Jens Stoltenberg"));
      assertThat(second.id()).isGreaterThan(first.id());
      assertThat(second.createdAt()).isNotNull();
      assertThat(second.author()).isEqualTo("bo");
    }
    try (var s = open()) {
      Analysis got = s.get(a.id()).orElseThrow().analysis();
      assertThat(got.narratives()).extracting(LabelScore::label).containsExactly(BLAME);
      assertThat(got.subNarratives()).extracting(LabelScore::label).containsExactly(BLAME_SUB);
      assertThat(got.actors()).singleElement().satisfies(f -> {
        assertThat(f.mainRole()).isEqualTo("Antagonist");
        assertThat(f.fineRoles()).containsExactly("Deceiver");
      });
      assertThat(got.quotes().get(0).speaker()).isEqualTo("Jens Stoltenberg");
      assertThat(s.labelCounts("narrative", ArticleQuery.all(), 10)).containsExactly(new LabelCount(BLAME, 1));
      assertThat(s.find(ArticleQuery.all().withActor("Sergei Shoigu").withRole("Antagonist"))).hasSize(1);
      List<Correction> trail = s.corrections(a.id());
      assertThat(trail).extracting(Correction::kind).containsExactly("narratives", "narratives", "role", "speaker");
      assertThat(trail.get(0).list("narratives")).containsExactly("URW: Praise of Russia");
      assertThat(Corrections.inForce(trail)).extracting(Correction::author).containsExactly("bo", "ana", "ana");
      assertThat(s.allCorrections()).isEqualTo(trail);
    }
  }

  @Test
  void corrections_surviveReanalysis() {
    Article a = corrigible();
    try (var s = open()) {
      s.put(a);
      s.addCorrection(Correction.role(a.id(), "ana", "Sergei Shoigu", Correction.NOT_FRAMED, List.of()));
      s.addCorrection(Correction.narratives(a.id(), "ana", List.of(BLAME), List.of()));
      s.putAll(List.of(a)); // the model's analysis again, as a re-analysis writes it
      Analysis got = s.get(a.id()).orElseThrow().analysis();
      assertThat(got.narratives()).extracting(LabelScore::label).containsExactly(BLAME);
      assertThat(got.subNarratives()).extracting(LabelScore::label).containsExactly(BLAME + ": Other");
      assertThat(got.actors().get(0).framed()).isFalse();
      assertThat(s.labelCounts("actor", ArticleQuery.all(), 10)).isEmpty();
    }
  }

  @Test
  void addCorrection_unknownArticle_isRefused_andStoresNothing() {
    Article a = corrigible();
    try (var s = open()) {
      s.put(a);
      assertThatThrownBy(() -> s.addCorrections(List.of(Correction.reviewed(a.id(), "ana"), Correction.reviewed("nope", "ana"))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
      assertThat(s.allCorrections()).isEmpty();
    }
  }

  @Test
  void storyCorrection_movingTheHeadlineArticleOut_givesTheStoryARemainingMembersHeadline() {
    Article a = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article b = dam("Kherson floods after Kakhovka dam breach", "Water from the destroyed Kakhovka dam flooded Kherson villages;"
        + " evacuations by boat continue.", "Beta", 7);
    try (var s = open()) {
      write(s, List.of(a, b), List.of());
      String damStory = "s-" + a.id();
      Story before = s.story(damStory).orElseThrow();
      assertThat(before.articleIds()).containsExactlyInAnyOrder(a.id(), b.id());
      Article headlined = before.headline().equals(a.title()) ? a : b;
      Article other = headlined == a ? b : a;
      s.addCorrection(Correction.story(headlined.id(), "ana", "s-split-1"));
      assertThat(s.story(damStory).orElseThrow().headline()).isEqualTo(other.title());
      assertThat(s.story("s-split-1").orElseThrow().headline()).isEqualTo(headlined.title());
    }
  }

  @Test
  void storyCorrection_movesTheArticle_splitsToANewStory_andSurvivesReclustering() {
    Article a = dam("Kakhovka dam destroyed", DAM, "Alpha", 6);
    Article b = dam("Kherson floods after Kakhovka dam breach", "Water from the destroyed Kakhovka dam flooded Kherson villages;"
        + " evacuations by boat continue.", "Beta", 7);
    Article grain = dam("Russia quits grain deal", "Russia left the Black Sea Grain Initiative brokered by Turkey.", "Gamma", 17);
    try (var s = open()) {
      write(s, List.of(a, b, grain), List.of());
      String damStory = "s-" + a.id();
      String grainStory = s.get(grain.id()).orElseThrow().analysis().storyId();
      s.addCorrection(Correction.story(b.id(), "ana", grainStory));
      assertThat(s.get(b.id()).orElseThrow().analysis().storyId()).isEqualTo(grainStory);
      assertThat(s.story(grainStory).orElseThrow().articleIds()).containsExactlyInAnyOrder(grain.id(), b.id());
      assertThat(s.story(damStory).orElseThrow().articleIds()).containsExactly(a.id());
      assertThat(s.story(damStory).orElseThrow().outlets()).containsExactly("Alpha");
      // A move to a story that does not exist yet founds it (a split).
      s.addCorrection(Correction.story(a.id(), "ana", "s-split-1"));
      assertThat(s.story("s-split-1").orElseThrow().articleIds()).containsExactly(a.id());
      assertThat(s.story(damStory)).as("emptied").isEmpty();
      assertThat(s.storyCount()).isEqualTo(2);

      s.rebuildCorpusState(2, (page, state) -> TAIL.index(page, state, Findings.none()));
      assertThat(s.get(b.id()).orElseThrow().analysis().storyId()).isEqualTo(grainStory);
      assertThat(s.get(a.id()).orElseThrow().analysis().storyId()).isEqualTo("s-split-1");
      assertThat(s.story("s-split-1").orElseThrow().articleIds()).containsExactly(a.id());
      assertThat(s.find(ArticleQuery.all().withStory(grainStory))).hasSize(2);
      // A later telling of the dam story still clusters: the corrected members keep their place.
      Article later = dam("Kakhovka dam: evacuations by boat", DAM + " More boats arrived.", "Delta", 8);
      write(s, List.of(later), List.of());
      assertThat(s.get(a.id()).orElseThrow().analysis().storyId()).isEqualTo("s-split-1");
    }
  }

  @Test
  void storyCorrection_toAStoryMergedLater_followsItIntoTheSurvivor() {
    String t1 = "Kakhovka dam destroyed, floods in Kherson", b1 = "The Kakhovka dam on the Dnipro was destroyed, flooding Kherson villages. Thousands evacuated.";
    String t2 = "Kherson residents flee as Kakhovka dam waters rise", b2 = "Water from the destroyed Kakhovka dam on the Dnipro flooded Kherson; evacuations continue.";
    Article x = article(t1, b1, "Alpha", LocalDate.of(2023, 6, 1), "en");
    Article y = article(t2, b2, "Beta", LocalDate.of(2023, 7, 21), "en");
    Article z = article(t1, b2, "Gamma", LocalDate.of(2023, 6, 26), "en");
    Article grain = dam("Russia quits grain deal", "Russia left the Black Sea Grain Initiative brokered by Turkey.", "Delta", 17);
    try (var s = open()) {
      write(s, List.of(x, grain), List.of());
      write(s, List.of(y), List.of());
      s.addCorrection(Correction.story(grain.id(), "ana", "s-" + y.id()));
      write(s, List.of(z), List.of()); // bridges x's and y's stories: y's is merged into x's
      assertThat(s.story("s-" + y.id())).isEmpty();
      assertThat(s.get(grain.id()).orElseThrow().analysis().storyId()).isEqualTo("s-" + x.id());
      assertThat(s.story("s-" + x.id()).orElseThrow().articleIds()).contains(grain.id(), y.id(), z.id());
    }
  }

  @Test
  void addFindings_newestFirst() {
    try (var s = open()) {
      s.addFindings(List.of(new Finding("ingest", "empty-file", "x.txt", "the file is empty"),
          new Finding("clean", "no-text", "y.html", "no article text found")));
      assertThat(s.findings(5)).extracting(Finding::code).containsExactly("no-text", "empty-file");
    }
  }

  /* --------------- facets and timelines --------------- */

  @Test
  void labelCounts_countsArticlesPerLabel_withinFilters() {
    LocalDate d1 = LocalDate.of(2024, 3, 1);
    LocalDate d2 = LocalDate.of(2024, 3, 2);
    try (var s = open()) {
      s.putAll(List.of(
          article("A", "a", "Alpha", d1, "en").withAnalysis(framed("N1", "NATO", "Antagonist")),
          article("B", "b", "Alpha", d2, "en").withAnalysis(framed("N1", "NATO", "Protagonist")),
          article("C", "c", "Beta", d2, "en").withAnalysis(framed("N2", "Kyiv", "Innocent"))));
      assertThat(s.labelCounts("narrative", ArticleQuery.all(), 10))
          .containsExactly(new LabelCount("N1", 2), new LabelCount("N2", 1));
      assertThat(s.labelCounts("actor", ArticleQuery.all().withOutlet("Beta"), 10))
          .containsExactly(new LabelCount("Kyiv", 1));
      assertThat(s.labelCounts("narrative", ArticleQuery.all(), 1)).hasSize(1);
      assertThat(s.articlesPerDay(ArticleQuery.all()))
          .containsExactly(new DayCount(d1, null, 1), new DayCount(d2, null, 2));
      assertThat(s.articlesPerDay(ArticleQuery.all().withNarrative("N2")))
          .containsExactly(new DayCount(d2, null, 1));
      assertThat(s.actorRolesPerDay("NATO", ArticleQuery.all()))
          .containsExactly(new DayCount(d1, "Antagonist", 1), new DayCount(d2, "Protagonist", 1));
      assertThat(s.actorRolesPerDay("nato", ArticleQuery.all())).hasSize(2);
      assertThat(s.labelTotal("narrative", ArticleQuery.all())).isEqualTo(2);
      assertThat(s.labelTotal("actor", ArticleQuery.all().withOutlet("Beta"))).isEqualTo(1);
      assertThat(s.labelTotal("subNarrative", ArticleQuery.all())).isZero();
    }
  }

  @Test
  void find_byRole_ofTheGivenActorOrOfAnyActor() {
    try (var s = open()) {
      Article a = article("A", "a", "Alpha", null, "en").withAnalysis(framed("N1", "NATO", "Antagonist"));
      Article b = article("B", "b", "Alpha", null, "en").withAnalysis(framed("N1", "NATO", "Protagonist"));
      Article c = article("C", "c", "Beta", null, "en").withAnalysis(framed("N2", "Kyiv", "Antagonist"));
      s.putAll(List.of(a, b, c));
      assertThat(s.find(ArticleQuery.all().withActor("NATO").withRole("Antagonist"))).containsExactly(a);
      assertThat(s.count(ArticleQuery.all().withRole("Antagonist"))).isEqualTo(2);
      assertThat(s.find(ArticleQuery.all().withActor("Kyiv").withRole("Protagonist"))).isEmpty();
      assertThat(s.labelCounts("actor", ArticleQuery.all().withRole("Protagonist"), 10)).containsExactly(new LabelCount("NATO", 1));
    }
  }

  @Test
  void outletCounts_articlesPerOutlet_mostFirst_withinFilters_unknownLeftOut() {
    LocalDate d1 = LocalDate.of(2024, 3, 1);
    LocalDate d2 = LocalDate.of(2024, 3, 5);
    try (var s = open()) {
      s.putAll(List.of(article("A", "a", "Beta", d1, "en"), article("B", "b", "Alpha", d2, "en"),
          article("C", "c", "Beta", d2, "en"), article("D", "d", null, d2, "en"), article("E", "e", "Gamma", d1, "en")));
      assertThat(s.outletCounts(ArticleQuery.all()))
          .containsExactly(new LabelCount("Beta", 2), new LabelCount("Alpha", 1), new LabelCount("Gamma", 1));
      assertThat(s.outletCounts(ArticleQuery.all().withDates(d2, d2)))
          .containsExactly(new LabelCount("Alpha", 1), new LabelCount("Beta", 1));
    }
  }

  @Test
  void labelCounts_otherLabels_areNeverRankedAsNarratives_butStayInTheAnalysis() {
    try (var s = open()) {
      Article other = article("A", "a", "Alpha", LocalDate.of(2024, 3, 1), "en").withAnalysis(Analysis.EMPTY.withNarratives(
          List.of(new LabelScore("Other", 0.9)), List.of(new LabelScore("Other", 0.9))));
      s.putAll(List.of(other,
          article("B", "b", "Alpha", LocalDate.of(2024, 3, 1), "en").withAnalysis(Analysis.EMPTY.withNarratives(
              List.of(new LabelScore("URW: Discrediting Ukraine", 0.7)),
              List.of(new LabelScore("URW: Discrediting Ukraine: Other", 0.6))))));
      assertThat(s.labelCounts("narrative", ArticleQuery.all(), 10)).containsExactly(new LabelCount("URW: Discrediting Ukraine", 1));
      assertThat(s.labelCounts("subNarrative", ArticleQuery.all(), 10)).isEmpty();
      assertThat(s.get(other.id()).orElseThrow().analysis().narratives()).extracting(LabelScore::label).containsExactly("Other");
    }
  }

  @Test
  void labelCounts_actorMentionedButNotFramed_noActorFacet() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    Analysis analysis = framed("N1", "NATO", "Antagonist").withActors(List.of(
        new ActorFraming("NATO", "Antagonist", 0.7, List.of("Instigator"), List.of(), 0.8),
        ActorFraming.notFramed("Simon Stiell", List.of(), 0.1)));
    Article a = article("A", "a", "Alpha", d, "en").withAnalysis(analysis);
    try (var s = open()) {
      s.putAll(List.of(a));

      assertThat(s.labelCounts("actor", ArticleQuery.all(), 10)).containsExactly(new LabelCount("NATO", 1));
      // The article keeps both, the second without a role but with how likely it was framed.
      assertThat(s.get(a.id()).orElseThrow().analysis().actors()).isEqualTo(analysis.actors());
    }
  }
}
