package dev.narrascope.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.store.postgres.PostgresTestDatabase;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Load on loopback: {@value #ARTICLES} articles posted as JSON Lines batches of {@value #BATCH} by
 * {@value #CLIENTS} concurrent clients, then a mixed read load on the same number of clients.
 * Checks that no request fails and that the store holds exactly what was sent; prints throughput
 * and latency percentiles (a measurement, not an assertion). Uses the fixture analysis stage, so
 * it measures HTTP, JSON, extraction and the store, not model inference.
 *
 * <p>Run: {@code mvn -B -ntp -Pload -pl narrascope-app -am test} (report in {@code target/load-report.txt}).
 */
@Tag("load")
final class ServerLoadTest {
  static final int ARTICLES = 10_000;
  static final int BATCH = 100;
  static final int CLIENTS = 4;
  static final int READS_PER_CLIENT = 150;
  static final String[] WORDS = {"ministry", "border", "alliance", "sanctions", "energy", "harvest", "election", "summit",
      "drone", "pipeline", "refugees", "parliament", "inflation", "frontline", "grain", "treaty"};

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void postThenRead_noFailures_andEveryArticleStored(String kind) throws Exception {
    PostgresTestDatabase pg = kind.equals("postgres") ? PostgresTestDatabase.createOrSkip() : null;
    Path dir = Files.createTempDirectory("narrascope-load-");
    ArticleStore store = pg != null ? Stores.open(pg.url()) : SqliteArticleStore.open(dir.resolve("load.db"));
    ServerConfig config = new ServerConfig("127.0.0.1", 0, TestServer.TOKEN, null, 16L << 20, 1_000);
    try (TestServer server = new TestServer(store, config)) {
      StringBuilder report = new StringBuilder("store: " + kind + ", cores: " + Runtime.getRuntime().availableProcessors() + "\n");
      long t0 = System.nanoTime();
      List<Long> postMillis = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger failures = new AtomicInteger();
      runClients(CLIENTS, client -> {
        for (int b = client; b < ARTICLES / BATCH; b += CLIENTS) {
          long s = System.nanoTime();
          var r = server.post("/api/articles", batch(b), "application/x-ndjson");
          postMillis.add((System.nanoTime() - s) / 1_000_000);
          if (r.status() != 201 || r.json().get("added").asInt() != BATCH) failures.incrementAndGet();
        }
      });
      double writeSecs = (System.nanoTime() - t0) / 1e9;
      assertThat(failures.get()).as("failed POSTs").isZero();
      assertThat(store.count(ArticleQuery.all())).isEqualTo(ARTICLES);
      report.append(String.format("write: %d articles in %d requests of %d, %d clients: %.1f s, %.0f articles/s, POST p50 %d ms, p95 %d ms%n",
          ARTICLES, ARTICLES / BATCH, BATCH, CLIENTS, writeSecs, ARTICLES / writeSecs, pct(postMillis, 50), pct(postMillis, 95)));

      List<String> ids = store.find(ArticleQuery.all().page(0, 200)).stream().map(a -> a.id()).toList();
      Map<String, List<Long>> latencies = new LinkedHashMap<>();
      List<String> endpoints = List.of("list", "list-filtered", "article", "search", "narratives", "timeline", "alerts", "actor-framing");
      for (String e : endpoints) latencies.put(e, Collections.synchronizedList(new ArrayList<>()));
      long r0 = System.nanoTime();
      runClients(CLIENTS, client -> {
        Random rnd = new Random(client);
        for (int i = 0; i < READS_PER_CLIENT; i++) {
          String e = endpoints.get(i % endpoints.size());
          String path = switch (e) {
            case "list" -> "/api/articles?limit=50&offset=" + rnd.nextInt(5_000);
            case "list-filtered" -> "/api/articles?limit=50&outlet=Outlet%20" + rnd.nextInt(5) + "&narrative=N" + rnd.nextInt(4);
            case "article" -> "/api/articles/" + ids.get(rnd.nextInt(ids.size()));
            case "search" -> "/api/search?q=" + WORDS[rnd.nextInt(WORDS.length)] + "&limit=20";
            case "narratives" -> "/api/narratives";
            case "timeline" -> "/api/timeline?bucket=week&narrative=N" + rnd.nextInt(4);
            case "alerts" -> "/api/alerts?now=2024-06-30";
            default -> "/api/actors/framing?actor=Actor%20" + rnd.nextInt(6);
          };
          long s = System.nanoTime();
          var r = server.get(path);
          latencies.get(e).add((System.nanoTime() - s) / 1_000_000);
          if (r.status() != 200) failures.incrementAndGet();
        }
      });
      double readSecs = (System.nanoTime() - r0) / 1e9;
      assertThat(failures.get()).as("failed GETs").isZero();
      int reads = CLIENTS * READS_PER_CLIENT;
      report.append(String.format("read: %d requests, %d clients: %.1f s, %.0f requests/s%n", reads, CLIENTS, readSecs, reads / readSecs));
      latencies.forEach((e, l) -> report.append(String.format("  %-14s p50 %4d ms  p95 %4d ms  (n=%d)%n", e, pct(l, 50), pct(l, 95), l.size())));
      System.out.print(report);
      Path out = Path.of("target", "load-report-" + kind + ".txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report.toString());
    } finally {
      if (pg != null) pg.close();
      deleteTree(dir);
    }
  }

  /** One JSON Lines batch: unique articles spread over 8 weeks, 5 outlets, 4 narratives, 6 actors. */
  static String batch(int b) {
    StringBuilder sb = new StringBuilder();
    Random rnd = new Random(b);
    LocalDate end = LocalDate.of(2024, 6, 30);
    for (int i = 0; i < BATCH; i++) {
      int n = b * BATCH + i;
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 60; w++) text.append(WORDS[rnd.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
      sb.append(TestServer.article("Load article " + n, text.toString().strip() + " Item " + n + ".", "Outlet " + (n % 5),
          end.minusDays(rnd.nextInt(56)).toString(), "N" + rnd.nextInt(4), "Actor " + rnd.nextInt(6),
          rnd.nextBoolean() ? "Antagonist" : "Protagonist")).append('\n');
    }
    return sb.toString();
  }

  interface Client {
    void run(int client) throws Exception;
  }

  static void runClients(int n, Client body) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        int client = c;
        fs.add(pool.submit(() -> {
          body.run(client);
          return null;
        }));
      }
      for (Future<?> f : fs) f.get();
    } finally {
      pool.shutdownNow();
    }
  }

  static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) return 0;
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
