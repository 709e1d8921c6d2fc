package dev.narrascope.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.Keys;
import dev.narrascope.Pipeline;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import dev.narrascope.story.StoryClusterer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent callers of {@link BatchIngest#store} on a real SQLite store: the batches that queue up while one
 * write runs are written together in one transaction, each caller still gets exactly its own articles, and one
 * caller's failed write is not another's. The first write is held open so that the others queue deterministically.
 */
@Timeout(120)
final class BatchIngestTest {
  /** Reposts and stories only (no sentence embeddings): the articles come analysed. */
  private static final Pipeline TAIL = Pipeline.builder().given(Keys.LANGUAGE, Keys.ENTITIES)
      .add(new MinHashNearDuplicates()).add(new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, false)).build();
  private static final String[] TOPICS = {"harbour dredging storms", "museum medieval coins", "railway timetable april",
      "school choir tour", "botanical garden orchids", "chess tournament entries", "zoo penguin chicks", "farmers market square"};

  @TempDir Path dir;
  ArticleStore sqlite;
  final AtomicInteger writes = new AtomicInteger();
  final CountDownLatch firstWriteEntered = new CountDownLatch(1);
  final CountDownLatch releaseFirstWrite = new CountDownLatch(1);
  final ExecutorService callers = Executors.newFixedThreadPool(4);

  @BeforeEach
  void open() {
    sqlite = SqliteArticleStore.open(dir.resolve("t.db"));
  }

  @AfterEach
  void close() {
    callers.shutdownNow();
    sqlite.close();
  }

  /** The store, with its first batch write held until released and any write failing whose findings say "poison". */
  private ArticleStore held() {
    return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(), new Class<?>[] {ArticleStore.class},
        (proxy, method, args) -> {
          if (method.getName().equals("writeBatch")) {
            if (writes.incrementAndGet() == 1) {
              firstWriteEntered.countDown();
              releaseFirstWrite.await();
            }
            @SuppressWarnings("unchecked")
            Collection<Finding> findings = (Collection<Finding>) args[1];
            if (findings.stream().anyMatch(f -> f.code().equals("poison"))) throw new IllegalStateException("poisoned batch");
          }
          try {
            return method.invoke(sqlite, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static List<Article> batch(String prefix, int topic, int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(article(prefix + i, topic));
    return out;
  }

  private static Article article(String id, int topic) {
    String words = TOPICS[topic % TOPICS.length];
    return new Article(id, id, null, "Report on " + words + " " + id, "town.example", LocalDate.parse("2024-03-01"), "en", 1,
        "The council reported on " + words + " today. Residents asked about " + words + " and the next steps.", null,
        Analysis.EMPTY);
  }

  /** Starts a caller on its own thread. */
  private Future<BatchIngest.Stored> call(BatchIngest ingest, List<Article> articles, Findings findings) {
    return callers.submit(() -> ingest.ingest(articles, findings, a -> {}));
  }

  private static void awaitQueued(BatchIngest ingest, int n) {
    while (ingest.queued() < n) Thread.onSpinWait();
  }

  @Test
  void batchesArrivingDuringAWrite_areWrittenTogether_andEachCallerGetsItsOwnArticles() throws Exception {
    BatchIngest ingest = new BatchIngest(TAIL, held());
    Future<BatchIngest.Stored> first = call(ingest, batch("a", 0, 3), Findings.none());
    firstWriteEntered.await();
    List<Future<BatchIngest.Stored>> queued = new ArrayList<>();
    for (int c = 1; c <= 3; c++) queued.add(call(ingest, batch("c" + c + "-", c, 4), Findings.none()));
    awaitQueued(ingest, 3);
    releaseFirstWrite.countDown();

    assertThat(first.get().added()).isEqualTo(3);
    for (int c = 1; c <= 3; c++) {
      BatchIngest.Stored r = queued.get(c - 1).get();
      assertThat(r.added()).isEqualTo(4);
      assertThat(r.articles()).extracting(Article::id).containsExactly("c" + c + "-0", "c" + c + "-1", "c" + c + "-2", "c" + c + "-3");
      for (Article a : r.articles()) {
        assertThat(a.analysis().storyId()).isNotNull();
        assertThat(sqlite.get(a.id()).orElseThrow().analysis().storyId()).isEqualTo(a.analysis().storyId());
      }
    }
    assertThat(writes.get()).as("the first write, then one for the three queued batches").isEqualTo(2);
    assertThat(sqlite.count(ArticleQuery.all())).isEqualTo(15);
  }

  @Test
  void anArticleInTwoQueuedBatches_isStoredOnce_andBothCallersGetItAsStored() throws Exception {
    BatchIngest ingest = new BatchIngest(TAIL, held());
    Future<BatchIngest.Stored> first = call(ingest, batch("a", 0, 2), Findings.none());
    firstWriteEntered.await();
    List<Article> one = new ArrayList<>(batch("b", 1, 2));
    one.add(article("shared", 2));
    List<Article> two = new ArrayList<>(batch("c", 3, 2));
    two.add(0, article("shared", 2));
    Future<BatchIngest.Stored> r1 = call(ingest, one, Findings.none());
    awaitQueued(ingest, 1);
    Future<BatchIngest.Stored> r2 = call(ingest, two, Findings.none());
    awaitQueued(ingest, 2);
    releaseFirstWrite.countDown();

    first.get();
    BatchIngest.Stored s1 = r1.get(), s2 = r2.get();
    assertThat(s1.added()).isEqualTo(3);
    assertThat(s2.added()).isEqualTo(2);
    assertThat(s2.known()).isEqualTo(1);
    assertThat(s2.articles()).extracting(Article::id).containsExactly("shared", "c0", "c1");
    String story = s1.articles().get(2).analysis().storyId();
    assertThat(s2.articles().get(0).analysis().storyId()).isEqualTo(story);
    assertThat(sqlite.count(ArticleQuery.all())).isEqualTo(7);
  }

  @Test
  void aFailedGroupWrite_isRetriedBatchByBatch_soOnlyTheFailingCallerFails() throws Exception {
    BatchIngest ingest = new BatchIngest(TAIL, held());
    Future<BatchIngest.Stored> first = call(ingest, batch("a", 0, 2), Findings.none());
    firstWriteEntered.await();
    Findings poisoned = Findings.tracking(10);
    poisoned.add("test", "poison", "b0", "this batch's write fails");
    Future<BatchIngest.Stored> bad = call(ingest, batch("b", 1, 2), poisoned);
    awaitQueued(ingest, 1);
    Future<BatchIngest.Stored> good = call(ingest, batch("c", 2, 2), Findings.none());
    awaitQueued(ingest, 2);
    releaseFirstWrite.countDown();

    first.get();
    assertThat(good.get().added()).isEqualTo(2);
    assertThatThrownBy(bad::get).hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("poisoned batch");
    assertThat(writes.get()).as("first, the group (failed), then each queued batch alone").isEqualTo(4);
    assertThat(sqlite.knownIds(List.of("a0", "a1", "b0", "b1", "c0", "c1"))).containsExactlyInAnyOrder("a0", "a1", "c0", "c1");
  }
}
