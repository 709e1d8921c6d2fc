package dev.narrascope.app.cli;

import dev.narrascope.files.Folders;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
import dev.narrascope.app.analysis.BatchIngest;
import dev.narrascope.app.web.ServerConfig;
import dev.narrascope.app.web.WebServer;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.story.SyntheticNews;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope bench ingest}: the cost of adding news to a store that already holds many
 * articles (continuous monitoring). Builds a store of {@code --stored} generated articles through
 * the stateful tail (real repost and story indexes), then times small batches of new generated
 * articles through the full path ({@link BatchIngest} with {@link Pipelines#defaults()}) into an
 * empty store and into the big one; optionally measures the HTTP server on the big store.
 * New articles come from the same generator as the stored ones (same names and vocabulary), so
 * their repost and story look-ups hit the indexes as real news would. The two stores get different
 * batches, each new to the sentence embedder's cache, so neither side is timed with cached embeddings.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Time adding news to a big store.",
        "",
        "Builds a store of --stored generated articles (stateful tail only, real indexes), then times --rounds batches of"
            + " --new new articles through the full pipeline (BatchIngest) into an empty store and into the big store"
            + " (median; vsEmpty = big/empty, target <= 2). One untimed warm-up batch loads the models and two more"
            + " (printed) go into the big store, so that both stores' rounds run compiled code and loaded indexes. Each"
            + " round ingests articles new to both stores and to the sentence embedder's cache, so both sides pay every"
            + " stage.",
        "",
        "--server also starts the web server on the big store: --posts sequential 1-article POSTs (p50/p95), then"
            + " --clients concurrent clients posting 50-article JSON Lines batches for --server-warm-up rounds (row"
            + " post-50xC-warm-up: the JIT still compiles the server's paths then) and for --server-rounds rounds (the"
            + " sustained articles/s).",
        "",
        "writeSeconds: of seconds, the time inside store.writeBatch (reposts + stories against the store's indexes and"
            + " the transaction); the rest is the per-article stages and the known-id look-up (ingest rows only: a POST's"
            + " write also waits for the others'). cpuMsPerArticle: the process's CPU time in the phase per article (every"
            + " thread: request handling, analysis, the write, JIT and GC), so cores / cpuMsPerArticle * 1000 is what CPU"
            + " allows. writeBoundPerSecond: articles per second of the write's own CPU time (the median round's for"
            + " ingest rows): writes are serialised, so no number of cores ingests faster than that. peakHeapMb: sum of"
            + " the heap pools' peaks during the phase (an upper bound).",
        "",
        "Progress on stderr. JSON: {\"runs\": [{phase, storeArticles, articles, seconds, writeSeconds, articlesPerSecond,"
            + " p50Ms, p95Ms, vsEmpty, peakHeapMb, cpuMsPerArticle, writeBoundPerSecond}]}.",
        ""})
public final class BenchIngestCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("phase", "storeArticles", "articles", "seconds", "writeSeconds", "articlesPerSecond",
      "p50Ms", "p95Ms", "vsEmpty", "peakHeapMb", "cpuMsPerArticle", "writeBoundPerSecond");
  static final int BUILD_BATCH = 1000;
  static final int POST_BATCH = 50;

  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "DB",
      description = "Store to build: sqlite:PATH or a postgresql:// URL (default: a temporary SQLite file, deleted afterwards)."
          + " Re-using a store built with the same --seed skips the articles it holds.")
  String db;

  @Option(names = "--stored", paramLabel = "N", defaultValue = "100000",
      description = "Articles in the big store (default: ${DEFAULT-VALUE}).")
  int stored;

  @Option(names = "--new", paramLabel = "N", defaultValue = "100",
      description = "New articles per timed batch (default: ${DEFAULT-VALUE}).")
  int fresh;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Timed batches per store; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--server", description = "Also measure POST /api/articles on the big store.")
  boolean server;

  @Option(names = "--posts", paramLabel = "N", defaultValue = "200",
      description = "Sequential 1-article POSTs with --server (default: ${DEFAULT-VALUE}).")
  int posts;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
      description = "Concurrent clients with --server (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--server-rounds", paramLabel = "N", defaultValue = "5",
      description = "50-article batches each client posts with --server (default: ${DEFAULT-VALUE}).")
  int serverRounds;

  @Option(names = "--server-warm-up", paramLabel = "N", defaultValue = "40",
      description = "50-article batches each client posts first, untimed for the rate (their own row, post-50xC-warm-up):"
          + " the server's code paths compile in the JIT during the first tens of thousands of articles, which a"
          + " sustained rate should not count (default: ${DEFAULT-VALUE}; 0: none).")
  int serverWarmUp;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  private PrintWriter err;
  private final List<Path> temporary = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (stored < 0) throw new IllegalArgumentException("--stored must be >= 0: " + stored);
    if (fresh < 1 || rounds < 1) throw new IllegalArgumentException("--new and --rounds must be >= 1");
    if (server && (posts < 1 || clients < 1 || serverRounds < 1 || serverWarmUp < 0)) {
      throw new IllegalArgumentException("--posts, --clients and --server-rounds must be >= 1, --server-warm-up >= 0");
    }
    err = spec.commandLine().getErr();
    err.printf("bench ingest: %d cores, max heap %d MB, JDK %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
    err.flush();
    List<Map<String, Object>> rows = new ArrayList<>();
    // One generator for everything: new articles share the stored ones' names and vocabulary.
    SyntheticNews news = new SyntheticNews(seed);
    try (ArticleStore big = Stores.open(db != null ? db : "sqlite:" + tempDir().resolve("bench-stored.db"))) {
      rows.add(build(big, news));
      List<Article> warmUp = fresh(news, big, fresh);
      // Different articles for the two stores: the sentence embedder remembers the texts it embedded, so
      // the big store's rounds would otherwise get the empty store's embeddings for free.
      List<List<Article>> forEmpty = new ArrayList<>();
      List<List<Article>> forBig = new ArrayList<>();
      for (int r = 0; r < rounds; r++) forEmpty.add(fresh(news, big, fresh));
      for (int r = 0; r < rounds; r++) forBig.add(fresh(news, big, fresh));
      List<List<Article>> bigWarmUp = List.of(fresh(news, big, fresh), fresh(news, big, fresh));

      Pipeline full = Pipelines.defaults();
      long w0 = System.nanoTime();
      try (ArticleStore scratch = emptyStore("warm-up")) {
        new BatchIngest(full, scratch).ingest(warmUp, Findings.tracking(1_000), a -> {});
      }
      err.printf("warm-up: %d articles, %.1f s (loads the models)%n", warmUp.size(), (System.nanoTime() - w0) / 1e9);
      err.flush();

      resetPeaks();
      List<long[]> emptyNanos = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        try (ArticleStore empty = emptyStore("empty-" + r)) {
          emptyNanos.add(timeIngest(full, empty, forEmpty.get(r)));
        }
        err.printf("empty store: round %d/%d, %.2f s (write %.2f s, CPU %.2f s)%n", r + 1, rounds, emptyNanos.get(r)[0] / 1e9,
            emptyNanos.get(r)[1] / 1e9, emptyNanos.get(r)[2] / 1e9);
        err.flush();
      }
      long emptyHeap = peakHeapMb();
      // Two untimed batches into the big store first, as a store that has been taking news is: its own paths
      // (stored postings and story states, read and decoded) compile, as the empty store's did on the warm-up, and
      // the repost index loads its big runs' filters in the second transaction (RunFilters). Else the first rounds
      // time these one-off costs more than the store's size (BENCHMARKS.md, "Eight clients a sixth time").
      // Printed, so the cold figures stay in view.
      for (int w = 0; w < bigWarmUp.size(); w++) {
        long[] cold = timeIngest(full, big, bigWarmUp.get(w));
        err.printf("big store: warm-up %d/%d, %.2f s (write %.2f s, CPU %.2f s)%n", w + 1, bigWarmUp.size(), cold[0] / 1e9,
            cold[1] / 1e9, cold[2] / 1e9);
        err.flush();
      }
      resetPeaks();
      List<long[]> bigNanos = new ArrayList<>();
      long before = big.count(ArticleQuery.all());
      for (int r = 0; r < rounds; r++) {
        bigNanos.add(timeIngest(full, big, forBig.get(r)));
        err.printf("big store: round %d/%d, %.2f s (write %.2f s, CPU %.2f s)%n", r + 1, rounds, bigNanos.get(r)[0] / 1e9,
            bigNanos.get(r)[1] / 1e9, bigNanos.get(r)[2] / 1e9);
        err.flush();
      }
      long bigHeap = peakHeapMb();
      double emptySecs = median(emptyNanos, 0) / 1e9;
      double bigSecs = median(bigNanos, 0) / 1e9;
      rows.add(row("ingest-empty", 0, fresh, emptySecs, median(emptyNanos, 1) / 1e9, fresh / emptySecs, null, null, null, emptyHeap,
          median(emptyNanos, 3), median(emptyNanos, 2)));
      rows.add(row("ingest-stored", before, fresh, bigSecs, median(bigNanos, 1) / 1e9, fresh / bigSecs, null, null,
          round(bigSecs / emptySecs), bigHeap, median(bigNanos, 3), median(bigNanos, 2)));
      if (server) rows.addAll(serve(big, news));
    } finally {
      for (Path dir : temporary) Folders.deleteTree(dir);
    }
    Tabular.print(format, spec.commandLine().getOut(), "runs", COLUMNS, rows);
    return 0;
  }

  /** Fills the store to {@code --stored} articles through entities + the stateful tail, in batches of 1000. */
  private Map<String, Object> build(ArticleStore store, SyntheticNews news) {
    EntityStage entities = new EntityStage();
    Pipeline tail = Pipelines.tail();
    resetPeaks();
    long t0 = System.nanoTime();
    long lastReport = t0;
    int added = 0;
    for (int done = 0; done < stored; ) {
      int n = Math.min(BUILD_BATCH, stored - done);
      // Generated in chunks so memory stays bounded; a story may be cut at a chunk boundary.
      List<Article> batch = news.generate(n).stream().map(SyntheticNews.Item::article).toList();
      done += n;
      Set<String> known = store.knownIds(batch.stream().map(Article::id).toList());
      Set<String> seen = new HashSet<>(known);
      List<Article> missing = batch.stream().filter(a -> seen.add(a.id())).toList();
      if (!missing.isEmpty()) {
        List<Article> withEntities = missing.parallelStream().map(a -> entities.apply(a, Findings.none())).toList();
        Findings findings = Findings.tracking(1_000);
        added += store.writeBatch(state -> tail.index(withEntities, state, findings), findings.list());
      }
      long now = System.nanoTime();
      if (now - lastReport > 2_000_000_000L || done == stored) {
        lastReport = now;
        err.printf("build: %d/%d generated, %d added, %.1f s%n", done, stored, added, (now - t0) / 1e9);
        err.flush();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long total = store.count(ArticleQuery.all());
    return row("build", total, added, secs, null, added == 0 ? 0 : Math.round(added / secs), null, null, null, peakHeapMb(),
        null, null);
  }

  /** The next {@code n} generated articles that the store does not hold (plain, as an extractor would give them). */
  private static List<Article> fresh(SyntheticNews news, ArticleStore store, int n) {
    Map<String, Article> out = new LinkedHashMap<>();
    while (out.size() < n) {
      List<Article> batch = news.generate(n - out.size()).stream().map(SyntheticNews.Item::article).toList();
      Set<String> known = store.knownIds(batch.stream().map(Article::id).toList());
      for (Article a : batch) if (!known.contains(a.id())) out.putIfAbsent(a.id(), a);
    }
    return List.copyOf(out.values());
  }

  /**
   * Ingests the batch through BatchIngest; returns its nanoseconds, those spent in {@code store.writeBatch}
   * (wall, then the writing thread's CPU) and the process's CPU nanoseconds.
   */
  private static long[] timeIngest(Pipeline pipeline, ArticleStore store, List<Article> batch) {
    WriteClock clock = new WriteClock(store);
    long t0 = System.nanoTime(), cpu0 = ProcessCpu.nanos();
    BatchIngest.Stored result = new BatchIngest(pipeline, clock.store()).ingest(batch, Findings.tracking(1_000), a -> {});
    long nanos = System.nanoTime() - t0, cpu = ProcessCpu.nanos() - cpu0;
    if (result.added() != batch.size()) {
      throw new IllegalStateException("expected " + batch.size() + " new articles, stored " + result.added()
          + " (the store already held some: use a fresh --db or another --seed)");
    }
    return new long[] {nanos, clock.wallNanos(), clock.cpuNanos(), cpu};
  }

  /** POST /api/articles on the big store: sequential single articles, then concurrent 50-article batches. */
  private List<Map<String, Object>> serve(ArticleStore store, SyntheticNews news) throws Exception {
    String token = UUID.randomUUID().toString();
    ServerConfig config = new ServerConfig("127.0.0.1", 0, token, null, ServerConfig.DEFAULT_MAX_BODY_BYTES,
        ServerConfig.DEFAULT_MAX_DOCUMENTS);
    List<Map<String, Object>> rows = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    // The server writes through the clock: the phases' write times, and the bound they put on any number of cores.
    WriteClock clock = new WriteClock(store);
    try (WebServer web = WebServer.start(clock.store(), config)) {
      URI uri = URI.create("http://127.0.0.1:" + web.port() + "/api/articles");
      List<Article> singles = fresh(news, store, posts);
      long before = store.count(ArticleQuery.all());
      resetPeaks();
      List<Long> millis = new ArrayList<>();
      long t0 = System.nanoTime(), cpu0 = ProcessCpu.nanos(), write0 = clock.cpuNanos();
      for (int i = 0; i < singles.size(); i++) {
        millis.add(post(http, uri, token, "application/json", json(singles.get(i))));
        if ((i + 1) % 50 == 0) {
          err.printf("server: %d/%d single POSTs%n", i + 1, singles.size());
          err.flush();
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      rows.add(row("post-1", before, singles.size(), secs, null, Math.round(singles.size() / secs),
          pct(millis, 50), pct(millis, 95), null, peakHeapMb(), ProcessCpu.nanos() - cpu0, clock.cpuNanos() - write0));

      if (serverWarmUp > 0) rows.add(postConcurrently(http, uri, token, clock, store, news, serverWarmUp, "-warm-up"));
      rows.add(postConcurrently(http, uri, token, clock, store, news, serverRounds, ""));
    }
    return rows;
  }

  /**
   * {@code --clients} clients each posting {@code rounds} 50-article batches at once: one row, phase
   * {@code post-50xC} plus {@code suffix}.
   */
  private Map<String, Object> postConcurrently(HttpClient http, URI uri, String token, WriteClock clock,
      ArticleStore store, SyntheticNews news, int rounds, String suffix) throws Exception {
    List<List<String>> bodies = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<String> mine = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        StringBuilder sb = new StringBuilder();
        for (Article a : fresh(news, store, POST_BATCH)) sb.append(json(a)).append('\n');
        mine.add(sb.toString());
      }
      bodies.add(mine);
    }
    String phase = "post-" + POST_BATCH + "x" + clients + suffix;
    long before = store.count(ArticleQuery.all());
    resetPeaks();
    List<Long> batchMillis = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long b0 = System.nanoTime(), bcpu0 = ProcessCpu.nanos(), bwrite0 = clock.cpuNanos();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<String> mine : bodies) {
        running.add(pool.submit(() -> {
          for (String body : mine) {
            batchMillis.add(post(http, uri, token, "application/x-ndjson", body));
            synchronized (err) {
              err.printf("server: %s %d/%d batch POSTs%n", phase, batchMillis.size(), clients * rounds);
              err.flush();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) f.get();
    } finally {
      pool.shutdownNow();
    }
    double batchSecs = (System.nanoTime() - b0) / 1e9;
    long batchCpu = ProcessCpu.nanos() - bcpu0;
    int articles = clients * rounds * POST_BATCH;
    return row(phase, before, articles, batchSecs, null, Math.round(articles / batchSecs), pct(batchMillis, 50),
        pct(batchMillis, 95), null, peakHeapMb(), batchCpu, clock.cpuNanos() - bwrite0);
  }

  /** One POST; its milliseconds. Fails on any answer but 201. */
  private static long post(HttpClient http, URI uri, String token, String type, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("Content-Type", type)
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long t0 = System.nanoTime();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (r.statusCode() != 201) throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
    return ms;
  }

  /** An article as a client would post it: title, text, published, source. */
  private static String json(Article a) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("title", a.title()).put("text", a.text()).put("published", String.valueOf(a.published())).put("source", a.outlet());
    return n.toString();
  }

  private ArticleStore emptyStore(String name) throws IOException {
    return Stores.open("sqlite:" + tempDir().resolve(name + ".db"));
  }

  private Path tempDir() throws IOException {
    if (temporary.isEmpty()) temporary.add(Files.createTempDirectory("narrascope-bench-ingest-"));
    return temporary.get(0);
  }

  /**
   * @param cpuNanos the process's CPU time in the phase, or {@code null} (0: the JVM does not tell)
   * @param writeCpuNanos the writing thread's CPU time inside {@code writeBatch} in the phase, or {@code null}
   */
  private static Map<String, Object> row(String phase, long storeArticles, long articles, double seconds, Double writeSeconds,
      double perSecond, Long p50, Long p95, Double vsEmpty, long heapMb, Long cpuNanos, Long writeCpuNanos) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("phase", phase);
    r.put("storeArticles", storeArticles);
    r.put("articles", articles);
    r.put("seconds", round(seconds));
    r.put("writeSeconds", writeSeconds == null ? null : round(writeSeconds));
    r.put("articlesPerSecond", Math.round(perSecond));
    r.put("p50Ms", p50);
    r.put("p95Ms", p95);
    r.put("vsEmpty", vsEmpty);
    r.put("peakHeapMb", heapMb);
    r.put("cpuMsPerArticle", cpuNanos == null || cpuNanos <= 0 || articles == 0 ? null : round(cpuNanos / 1e6 / articles));
    r.put("writeBoundPerSecond", writeCpuNanos == null || writeCpuNanos == 0 ? null : Math.round(articles / (writeCpuNanos / 1e9)));
    return r;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The median of column {@code i} of {@code values}. */
  private static long median(List<long[]> values, int i) {
    List<Long> sorted = new ArrayList<>(values.stream().map(v -> v[i]).toList());
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2);
  }

  static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) return 0;
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  /** The sum of each heap pool's peak since the last reset: an upper bound (pools peak at different moments). */
  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }

}
