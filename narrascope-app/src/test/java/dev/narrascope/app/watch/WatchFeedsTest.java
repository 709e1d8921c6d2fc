package dev.narrascope.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.store.ArticleQuery;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds: new items stored once, conditional GETs, broken feeds backed off, restarts, robots.txt. */
final class WatchFeedsTest {
  static final String ETAG = "\"v1\"";
  static final String LAST_MODIFIED = "Sun, 10 Mar 2024 11:00:00 GMT";

  @TempDir java.nio.file.Path dir;
  WatchFixture fx;
  String feedUrl;

  @BeforeEach
  void setUp() throws Exception {
    fx = new WatchFixture(dir);
    feedUrl = fx.web.url("/feed.xml");
    fx.web.html("/news/1", "Harbour reopens after storm", "The harbour reopened on Saturday after a week of storm damage "
        + "repairs, and the first ferries left on time.");
    fx.web.html("/news/2", "Council approves new tram line", "The city council approved a new tram line to the airport, "
        + "which is to open in three years and cost less than the old plan.");
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  String item(int n, String title) {
    return FakeWeb.item("item-" + n, fx.web.url("/news/" + n), title, "Summary of item " + n + " from the feed itself.",
        "Sun, 10 Mar 2024 0" + n + ":00:00 GMT");
  }

  String twoItems() {
    return FakeWeb.rss("Example Wire", item(1, "Harbour reopens after storm"), item(2, "Council approves new tram line"));
  }

  @Test
  void newItemsAreStoredAfterOneCycleWithTheirPagesFetchedOnce() throws Exception {
    fx.web.feed("/feed.xml", twoItems(), ETAG, LAST_MODIFIED);
    Watcher w = fx.watcher(fx.feeds(feedUrl));

    CycleReport r = fx.cycle(w);

    assertThat(r.ok()).isTrue();
    assertThat(r.newItems()).isEqualTo(2);
    assertThat(r.pagesFetched()).isEqualTo(2);
    assertThat(r.stored()).isEqualTo(2);
    assertThat(r.added()).isEqualTo(2);
    assertThat(r.findings()).isZero();
    assertThat(fx.web.hits("/news/1")).isEqualTo(1);
    assertThat(fx.web.hits("/news/2")).isEqualTo(1);
    List<Article> stored = fx.store.find(ArticleQuery.all());
    assertThat(stored).extracting(Article::title).containsExactlyInAnyOrder("Harbour reopens after storm", "Council approves new tram line");
    Article harbour = stored.stream().filter(a -> a.title().startsWith("Harbour")).findFirst().orElseThrow();
    assertThat(harbour.text()).contains("first ferries left on time").doesNotContain("Summary of item");
    assertThat(harbour.url()).isEqualTo(fx.web.url("/news/1"));
    assertThat(harbour.outlet()).isEqualTo("Example Wire");
    assertThat(harbour.published()).hasToString("2024-03-10");
    // Politely: a clear User-Agent on every request, robots.txt asked once, and a second between requests to the host.
    assertThat(fx.web.requests()).allSatisfy(q -> assertThat(q.header("User-Agent")).startsWith("Narrascope/").contains("+https://"));
    assertThat(fx.web.hits("/robots.txt")).isEqualTo(1);
    assertThat(fx.clock.sleeps).isNotEmpty().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    assertThat(fx.err.toString()).contains("cycle 1: 1 feed, 2 new items (2 pages fetched), 2 stored (2 new), 0 findings");
  }

  @Test
  void aSecondCycleAsksConditionallyAndFetchesNothing() throws Exception {
    fx.web.feed("/feed.xml", twoItems(), ETAG, LAST_MODIFIED);
    Watcher w = fx.watcher(fx.feeds(feedUrl));
    fx.cycle(w);
    int requestsAfterFirst = fx.web.requests().size();

    CycleReport r = fx.cycle(w);

    List<FakeWeb.Request> feedRequests = fx.web.requests("/feed.xml");
    assertThat(feedRequests).hasSize(2);
    assertThat(feedRequests.get(0).header("If-None-Match")).isNull();
    assertThat(feedRequests.get(1).header("If-None-Match")).isEqualTo(ETAG);
    assertThat(feedRequests.get(1).header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    assertThat(r.notModified()).isEqualTo(1);
    assertThat(r.newItems()).isZero();
    assertThat(r.stored()).isZero();
    assertThat(fx.web.requests()).hasSize(requestsAfterFirst + 1);
    assertThat(fx.articles()).isEqualTo(2);
    assertThat(fx.err.toString()).contains("cycle 2: 1 feed (1 not modified), 0 new items, 0 stored, 0 findings");
  }

  @Test
  void aFeedWithoutValidatorsIsReadAgainButItsItemsAreNotFetchedAgain() throws Exception {
    fx.web.feed("/feed.xml", twoItems(), null, null);
    Watcher w = fx.watcher(fx.feeds(feedUrl));
    fx.cycle(w);
    fx.web.html("/news/3", "Library opens on Sundays", "The central library will open on Sundays from April, the mayor said.");
    fx.web.feed("/feed.xml", FakeWeb.rss("Example Wire", item(3, "Library opens on Sundays"), item(1, "Harbour reopens after storm"),
        item(2, "Council approves new tram line")), null, null);

    CycleReport r = fx.cycle(w);

    assertThat(r.newItems()).isEqualTo(1);
    assertThat(r.stored()).isEqualTo(1);
    assertThat(fx.web.hits("/news/1")).isEqualTo(1);
    assertThat(fx.web.hits("/news/3")).isEqualTo(1);
    assertThat(fx.articles()).isEqualTo(3);
  }

  @Test
  void aFailingFeedGivesOneFindingAndRestsForTheBackOff() throws Exception {
    fx.web.page("/feed.xml", 500, "text/plain", "oops");
    Watcher w = fx.watcher(fx.feeds(feedUrl));

    CycleReport first = fx.cycle(w);
    assertThat(first.failedFeeds()).isEqualTo(1);
    assertThat(first.findings()).isEqualTo(1);
    assertThat(fx.store.findings(10)).singleElement().satisfies(f -> {
      assertThat(f.input()).isEqualTo(feedUrl);
      assertThat(f.code()).isEqualTo("feed-error");
      assertThat(f.message()).contains("HTTP 500").contains("next try in 10 min");
    });
    assertThat(fx.err.toString()).contains("warning: " + feedUrl + ": feed failed: HTTP 500");

    CycleReport second = fx.cycle(w);   // 5 min later: still resting (interval x 2^1 = 10 min)
    assertThat(second.backedOff()).isEqualTo(1);
    assertThat(second.findings()).isZero();
    assertThat(fx.web.hits("/feed.xml")).isEqualTo(1);

    CycleReport third = fx.cycle(w);    // 10 min later: tried again, fails again, rests 20 min
    assertThat(third.failedFeeds()).isEqualTo(1);
    assertThat(fx.web.hits("/feed.xml")).isEqualTo(2);
    assertThat(fx.store.findings(10)).first().extracting(Finding::message).asString().contains("next try in 20 min")
        .contains("2 failures in a row");
    fx.cycle(w);
    fx.cycle(w);
    fx.cycle(w);
    assertThat(fx.web.hits("/feed.xml")).isEqualTo(2);

    fx.web.feed("/feed.xml", twoItems(), ETAG, null);   // repaired
    CycleReport healed = fx.cycle(w);
    assertThat(healed.failedFeeds()).isZero();
    assertThat(healed.stored()).isEqualTo(2);
    CycleReport next = fx.cycle(w);    // success reset the back-off: polled again one interval later
    assertThat(next.backedOff()).isZero();
    assertThat(next.notModified()).isEqualTo(1);
  }

  @Test
  void malformedXmlIsABrokenFeedToo() throws Exception {
    fx.web.page("/feed.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>x</it");
    fx.web.page("/gone.xml", 404, "text/plain", "gone");
    String gone = fx.web.url("/gone.xml");
    Watcher w = fx.watcher(fx.feeds(feedUrl, gone));

    CycleReport first = fx.cycle(w);

    assertThat(first.failedFeeds()).isEqualTo(2);
    assertThat(first.findings()).isEqualTo(2);
    assertThat(fx.store.findings(10)).extracting(Finding::input).containsExactlyInAnyOrder(feedUrl, gone);
    assertThat(fx.store.findings(10)).filteredOn(f -> f.input().equals(feedUrl)).singleElement()
        .extracting(Finding::message).asString().contains("malformed feed");
    CycleReport second = fx.cycle(w);
    assertThat(second.backedOff()).isEqualTo(2);
    assertThat(fx.web.hits("/feed.xml")).isEqualTo(1);
    assertThat(fx.web.hits("/gone.xml")).isEqualTo(1);
  }

  @Test
  void aRestartedWatcherFetchesNoItemTwice() throws Exception {
    fx.web.feed("/feed.xml", twoItems(), null, null);   // no validators: the feed is read in full each time
    try (Watcher first = fx.watcher(fx.feeds(feedUrl))) {
      fx.cycle(first);
    }
    fx.web.html("/news/3", "Library opens on Sundays", "The central library will open on Sundays from April, the mayor said.");
    fx.web.feed("/feed.xml", FakeWeb.rss("Example Wire", item(1, "Harbour reopens after storm"), item(2, "Council approves new tram line"),
        item(3, "Library opens on Sundays")), null, null);

    Watcher second = fx.watcher(fx.feeds(feedUrl));
    CycleReport r = fx.cycle(second);

    assertThat(r.newItems()).isEqualTo(1);
    assertThat(fx.web.hits("/news/1")).isEqualTo(1);
    assertThat(fx.web.hits("/news/2")).isEqualTo(1);
    assertThat(fx.web.hits("/news/3")).isEqualTo(1);
    assertThat(fx.articles()).isEqualTo(3);
  }

  @Test
  void aRestartKeepsTheValidatorsAndTheBackOff() throws Exception {
    fx.web.feed("/feed.xml", twoItems(), ETAG, null);
    fx.web.page("/broken.xml", 503, "text/plain", "down");
    String broken = fx.web.url("/broken.xml");
    try (Watcher first = fx.watcher(fx.feeds(feedUrl, broken))) {
      fx.cycle(first);
    }
    Watcher second = fx.watcher(fx.feeds(feedUrl, broken));
    CycleReport r = fx.cycle(second);

    assertThat(r.notModified()).isEqualTo(1);
    assertThat(r.backedOff()).isEqualTo(1);
    assertThat(fx.web.requests("/feed.xml").get(1).header("If-None-Match")).isEqualTo(ETAG);
    assertThat(fx.web.hits("/broken.xml")).isEqualTo(1);
  }

  @Test
  void robotsTxtDisallowIsRespectedAndTheItemsOwnTextIsStored() throws Exception {
    fx.web.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    fx.web.html("/private/9", "Secret page", "This page must never be fetched by the watcher.");
    fx.web.feed("/feed.xml", FakeWeb.rss("Example Wire", item(1, "Harbour reopens after storm"),
        FakeWeb.item("item-9", fx.web.url("/private/9"), "Minister visits the border",
            "The minister visited the border crossing on Friday and promised new customs officers.", null)), ETAG, null);
    Watcher w = fx.watcher(fx.feeds(feedUrl));

    CycleReport r = fx.cycle(w);

    assertThat(fx.web.hits("/private/9")).isZero();
    assertThat(fx.web.hits("/news/1")).isEqualTo(1);
    assertThat(r.stored()).isEqualTo(2);
    assertThat(r.findings()).isEqualTo(1);
    assertThat(fx.store.findings(10)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("robots-disallowed");
      assertThat(f.input()).isEqualTo(fx.web.url("/private/9"));
      assertThat(f.message()).contains("robots.txt").contains("feed item's own text");
    });
    assertThat(fx.store.find(ArticleQuery.all())).filteredOn(a -> a.title().equals("Minister visits the border")).singleElement()
        .satisfies(a -> assertThat(a.text()).contains("promised new customs officers"));
  }

  @Test
  void robotsNamingNarrascopeAndACrawlDelayAreHonoured() throws Exception {
    fx.web.page("/robots.txt", 200, "text/plain", "User-agent: narrascope\nDisallow: /news/2\nCrawl-delay: 3\n\nUser-agent: *\nDisallow:\n");
    fx.web.feed("/feed.xml", twoItems(), ETAG, null);
    Watcher w = fx.watcher(fx.feeds(feedUrl));

    fx.cycle(w);

    assertThat(fx.web.hits("/news/1")).isEqualTo(1);
    assertThat(fx.web.hits("/news/2")).isZero();
    assertThat(fx.clock.sleeps).contains(Duration.ofSeconds(3));
  }

  @Test
  void anUnavailablePageFallsBackToTheItemWithAFinding() throws Exception {
    fx.web.page("/news/2", 404, "text/plain", "no");
    fx.web.feed("/feed.xml", twoItems(), ETAG, null);
    Watcher w = fx.watcher(fx.feeds(feedUrl));

    CycleReport r = fx.cycle(w);

    assertThat(r.stored()).isEqualTo(2);
    assertThat(fx.store.findings(10)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("page-unavailable");
      assertThat(f.message()).contains("HTTP 404");
    });
    assertThat(fx.store.find(ArticleQuery.all())).extracting(Article::text).anySatisfy(t -> assertThat(t).contains("Summary of item 2"));
    fx.cycle(w);
    assertThat(fx.web.hits("/news/2")).isEqualTo(1);
  }

  @Test
  void theStateIsOneJsonFileWrittenAtomically() throws Exception {
    fx.web.feed("/feed.xml", twoItems(), ETAG, null);
    Watcher w = fx.watcher(fx.feeds(feedUrl));
    fx.cycle(w);
    String json = java.nio.file.Files.readString(fx.stateFile);
    assertThat(json).contains("item-1").contains(ETAG.replace("\"", "\\\""));
    assertThat(dir.resolve("watch-state.json.tmp")).doesNotExist();
  }

  @Test
  void aPageOverTheSizeLimitFallsBackToTheItem() throws Exception {
    fx.web.html("/news/2", "Council approves new tram line", "x".repeat(4096));
    fx.web.feed("/feed.xml", twoItems(), ETAG, null);
    Watcher w = fx.watcher(new WatchConfig(java.util.List.of(), java.util.List.of(feedUrl), WatchFixture.INTERVAL, fx.stateFile, null,
        new FetchSettings(Duration.ofSeconds(1), Duration.ofSeconds(5), 2048, FetchSettings.USER_AGENT)));

    CycleReport r = fx.cycle(w);

    assertThat(r.stored()).isEqualTo(2);
    assertThat(fx.store.findings(10)).singleElement().satisfies(f -> {
      assertThat(f.input()).isEqualTo(fx.web.url("/news/2"));
      assertThat(f.message()).contains("larger than the limit of 2 KiB");
    });
  }

  @Test
  void atomFeedsWork() throws Exception {
    fx.web.route("/atom.xml", q -> FakeWeb.Answer.of(200, "application/atom+xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:uuid:feed</id><updated>2024-03-10T10:00:00Z</updated>
          <entry><title>Harbour reopens after storm</title><id>urn:uuid:e1</id><link href="/news/1"/>
            <updated>2024-03-09T10:00:00Z</updated><summary>Short summary.</summary></entry>
        </feed>
        """));
    Watcher w = fx.watcher(fx.feeds(fx.web.url("/atom.xml")));

    CycleReport r = fx.cycle(w);

    assertThat(r.newItems()).isEqualTo(1);
    assertThat(fx.web.hits("/news/1")).isEqualTo(1);   // the relative link, resolved against the feed
    assertThat(fx.store.find(ArticleQuery.all())).singleElement().satisfies(a -> {
      assertThat(a.outlet()).isEqualTo("Atom Wire");
      assertThat(a.published()).hasToString("2024-03-09");
      assertThat(a.text()).contains("first ferries");
    });
    assertThat(java.nio.file.Files.readString(fx.stateFile)).contains("urn:uuid:e1");
  }
}
