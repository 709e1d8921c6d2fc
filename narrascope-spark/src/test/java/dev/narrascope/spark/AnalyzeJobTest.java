package dev.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.LabelScore;
import dev.narrascope.app.cli.NarrascopeCommand;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import dev.narrascope.story.ClusterMetrics;
import dev.narrascope.story.SyntheticNews;
import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} against the CLI: the same input gives the same articles, labels,
 * reposts and story partition as {@code narrascope analyze}; bad input ends up in the findings table
 * and the job succeeds. One Spark session for the class (starting one costs seconds).
 */
final class AnalyzeJobTest {
  static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSessions.configure(SparkSession.builder().master("local[2]").appName("AnalyzeJobTest")).getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) spark.stop();
  }

  @Test
  void fitShuffles_onePartitionPerTenThousandArticles_neverFewerThanForSmallRuns() {
    String key = "spark.sql.shuffle.partitions";
    String before = spark.conf().get(key);
    try {
      SparkSessions.fitShuffles(spark, 1_000_000);
      assertThat(spark.conf().get(key)).isEqualTo("100");
      SparkSessions.fitShuffles(spark, 150);
      assertThat(spark.conf().get(key)).isEqualTo("8");
    } finally {
      spark.conf().set(key, before);
    }
  }

  @Test
  void analysisPartitions_wholeBatches_atMostTenThousandArticlesEach_fourPerCoreForSmallRuns() {
    assertThat(SparkSessions.analysisPartitions(1_000_000, 1_000, 2)).isEqualTo(100);
    assertThat(SparkSessions.analysisPartitions(100_000, 1_000, 2)).isEqualTo(10);
    assertThat(SparkSessions.analysisPartitions(20_000, 1_000, 2)).isEqualTo(8);
    assertThat(SparkSessions.analysisPartitions(3_500, 1_000, 2)).as("no more partitions than batches").isEqualTo(4);
    assertThat(SparkSessions.analysisPartitions(0, 1_000, 2)).isEqualTo(1);
  }

  // ---- equivalence with analyze ----

  @Test
  void analyze_sampleCorpusAndSeeds_sameResultsAsTheCli() {
    List<String> inputs = new ArrayList<>(List.of(repoRoot().resolve("samples/corpus").toString()));
    Path seeds = SharedData.path("seeds");
    if (Files.isDirectory(seeds)) inputs.add(seeds.toString());
    else System.out.println("AnalyzeJobTest: " + seeds + " missing, comparing on the sample corpus only");
    Path cliDb = dir.resolve("cli.db");
    Path sparkDb = dir.resolve("spark.db");
    Path out = dir.resolve("tables");

    // Batches of 10: several batches, so the batch stages and the stateful tail across batches are compared too.
    List<String> cliArgs = new ArrayList<>(List.of("analyze", "--quiet", "--format", "none", "--batch-size", "10",
        "--db", "sqlite:" + cliDb));
    cliArgs.addAll(inputs);
    StringWriter cliErr = new StringWriter();
    var cli = NarrascopeCommand.commandLine();
    cli.setErr(new PrintWriter(cliErr));
    assertThat(cli.execute(cliArgs.toArray(String[]::new))).as(cliErr.toString()).isZero();

    List<String> jobArgs = new ArrayList<>(List.of("--out", out.toString(), "--master", "local[2]", "--batch-size", "10",
        "--db", "sqlite:" + sparkDb, "--input"));
    jobArgs.addAll(inputs);
    assertThat(AnalyzeJob.run(jobArgs.toArray(String[]::new))).isZero();

    Map<String, Article> expected = articles(cliDb);
    Map<String, Article> actual = articles(sparkDb);
    assertThat(expected).hasSizeGreaterThanOrEqualTo(29);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (Article e : expected.values()) {
      Article a = actual.get(e.id());
      assertThat(a.language()).as(e.id()).isEqualTo(e.language());
      assertThat(a.text()).as(e.id()).isEqualTo(e.text());
      assertThat(labels(a.analysis().narratives())).as(e.id()).isEqualTo(labels(e.analysis().narratives()));
      assertThat(labels(a.analysis().subNarratives())).as(e.id()).isEqualTo(labels(e.analysis().subNarratives()));
      assertThat(a.analysis().actors()).as(e.id()).isEqualTo(e.analysis().actors());
      assertThat(a.analysis().repostOf()).as(e.id()).isEqualTo(e.analysis().repostOf());
    }
    assertThat(expected.values()).anyMatch(a -> a.analysis().repostOf() != null);
    Set<Set<String>> stories = partition(expected.values());
    assertThat(partition(actual.values())).isEqualTo(stories);
    assertThat(stories).anyMatch(s -> s.size() > 1);

    // The Parquet tables say the same.
    List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).select("id", "story_id", "repost_of").collectAsList();
    assertThat(rows).hasSize(expected.size());
    Map<String, Set<String>> byStory = new TreeMap<>();
    for (Row r : rows) {
      assertThat(r.<String>getAs("repost_of")).isEqualTo(expected.get(r.<String>getAs("id")).analysis().repostOf());
      byStory.computeIfAbsent(r.getAs("story_id"), k -> new HashSet<>()).add(r.getAs("id"));
    }
    assertThat(new HashSet<>(byStory.values())).isEqualTo(stories);
    assertThat(spark.read().parquet(out.resolve("stories").toString()).count()).isEqualTo(stories.size());
    assertThat(spark.read().parquet(out.resolve("narratives").toString()).count())
        .isEqualTo(expected.values().stream().mapToLong(a -> a.analysis().narratives().size() + a.analysis().subNarratives().size()).sum());

    // import parquet loads the tables into another store with the same reposts and stories.
    Path imported = dir.resolve("imported.db");
    assertThat(new picocli.CommandLine(new ImportParquetJob()).execute(out.toString(), "--batch-size", "10",
        "--db", "sqlite:" + imported)).isZero();
    Map<String, Article> loaded = articles(imported);
    assertThat(loaded.keySet()).isEqualTo(expected.keySet());
    assertThat(partition(loaded.values())).isEqualTo(stories);
    loaded.values().forEach(a -> assertThat(a.analysis().repostOf()).isEqualTo(expected.get(a.id()).analysis().repostOf()));
  }

  /**
   * Generated news with reposts (12% copies, 3% of words changed) in batches of 15 over more batches
   * than partitions: copies and their originals in other batches and partitions get the CLI's
   * originals, found on the executors; and so they do when the store already held articles.
   */
  @Test
  void analyze_repostsAcrossBatchesAndPartitions_sameOriginalsAsTheCli() throws IOException {
    Path corpus = generated();
    Path cliDb = generatedByCli();
    List<String> lines = Files.readAllLines(corpus.resolve("news.jsonl"));
    Path out = dir.resolve("generated-tables");
    var cli = NarrascopeCommand.commandLine();
    StringWriter cliErr = new StringWriter();
    cli.setErr(new PrintWriter(cliErr));

    assertThat(AnalyzeJob.run("--out", out.toString(), "--master", "local[2]", "--batch-size", "15", "--input",
        corpus.toString())).isZero();

    Map<String, String> expected = new TreeMap<>();
    articles(cliDb).values().forEach(a -> expected.put(a.id(), String.valueOf(a.analysis().repostOf())));
    Map<String, String> actual = new TreeMap<>();
    Map<String, Long> batchOf = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("articles").toString()).select("id", "repost_of", "seq").collectAsList()) {
      actual.put(r.getString(0), String.valueOf(r.<String>getAs("repost_of")));
      batchOf.put(r.getString(0), r.getLong(2) / 15);
    }
    assertThat(actual).isEqualTo(expected);
    long acrossBatches = expected.entrySet().stream()
        .filter(e -> !e.getValue().equals("null") && !batchOf.get(e.getKey()).equals(batchOf.get(e.getValue()))).count();
    assertThat(acrossBatches).isGreaterThanOrEqualTo(3);

    // Into a store that already holds the first five batches: their articles are candidates too, looked up there.
    Path half = Files.createDirectories(dir.resolve("generated-half"));
    Files.write(half.resolve("news.jsonl"), lines.subList(0, 75));
    Path halfDb = dir.resolve("generated-half.db");
    assertThat(cli.execute("analyze", "--quiet", "--format", "none", "--batch-size", "15", "--db", "sqlite:" + halfDb,
        half.toString())).as(cliErr.toString()).isZero();
    assertThat(AnalyzeJob.run("--out", dir.resolve("generated-tables-2").toString(), "--master", "local[2]",
        "--batch-size", "15", "--db", "sqlite:" + halfDb, "--input", corpus.toString())).isZero();
    Map<String, String> completed = new TreeMap<>();
    articles(halfDb).values().forEach(a -> completed.put(a.id(), String.valueOf(a.analysis().repostOf())));
    assertThat(completed).isEqualTo(expected);
  }

  /**
   * The same generated news cut into segments of 3 batches (lead-in 1): reposts are still the CLI's,
   * every article is in a stored story, the stories add up, a repost is in its original's story, stories
   * go on across segments, and the partition stays close to the CLI's (and to the generator's events).
   */
  @Test
  void analyze_storiesInSegments_continueAcrossThemAndStayCloseToTheCli() throws IOException {
    Path corpus = generated();
    Map<String, Article> cli = articles(generatedByCli());
    Path db = dir.resolve("segments.db");
    Path out = dir.resolve("segments-tables");

    assertThat(AnalyzeJob.run("--out", out.toString(), "--master", "local[2]", "--batch-size", "15", "--segment-batches", "3",
        "--db", "sqlite:" + db, "--input", corpus.toString())).isZero();

    Map<String, Article> stored = articles(db);
    assertThat(stored.keySet()).isEqualTo(cli.keySet());
    stored.values().forEach(a -> assertThat(a.analysis().repostOf()).as(a.id()).isEqualTo(cli.get(a.id()).analysis().repostOf()));
    stored.values().stream().filter(a -> a.analysis().repostOf() != null).forEach(a ->
        assertThat(a.analysis().storyId()).as(a.id()).isEqualTo(stored.get(a.analysis().repostOf()).analysis().storyId()));
    try (ArticleStore store = Stores.open("sqlite:" + db)) {
      List<dev.narrascope.Story> stories = store.stories(0, 10_000);
      assertThat(stories.stream().mapToInt(dev.narrascope.Story::size).sum()).isEqualTo(stored.size());
      assertThat(stories.stream().map(dev.narrascope.Story::id).collect(Collectors.toSet()))
          .isEqualTo(stored.values().stream().map(a -> a.analysis().storyId()).collect(Collectors.toSet()));
    }
    Map<String, Long> segmentOf = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("articles").toString()).select("id", "story_id", "seq").collectAsList()) {
      segmentOf.put(r.getString(0), r.getLong(2) / 15 / 3);
      storyOf.put(r.getString(0), r.getString(1));
    }
    assertThat(storyOf).isEqualTo(stored.values().stream().collect(Collectors.toMap(Article::id, a -> a.analysis().storyId())));
    long acrossSegments = storyOf.values().stream().distinct()
        .filter(s -> storyOf.entrySet().stream().filter(e -> e.getValue().equals(s)).map(e -> segmentOf.get(e.getKey())).distinct().count() > 1)
        .count();
    assertThat(acrossSegments).isGreaterThanOrEqualTo(3);

    Map<String, String> cliStories = cli.values().stream().collect(Collectors.toMap(Article::id, a -> a.analysis().storyId()));
    assertThat(ClusterMetrics.bcubed(storyOf, cliStories).f1()).isGreaterThanOrEqualTo(0.9);
    Map<String, String> events = new HashMap<>();
    for (SyntheticNews.Item item : GENERATED) {
      String id = cli.values().stream().filter(a -> url(item).equals(a.url())).findFirst().orElseThrow().id();
      events.put(id, item.story());
    }
    assertThat(ClusterMetrics.bcubed(storyOf, events).f1())
        .isGreaterThanOrEqualTo(ClusterMetrics.bcubed(cliStories, events).f1() - 0.05);
  }

  // ---- bad input ----

  @Test
  void analyze_badInput_goesToTheFindingsTableAndTheJobSucceeds() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(corpus.resolve("good.txt"), "Farmers protest new import rules\n\nThousands of farmers drove their tractors"
        + " into the capital on Monday to protest against new import rules, which they say will ruin small family farms.");
    byte[] junk = new byte[20_000];
    new Random(7).nextBytes(junk);
    Files.write(corpus.resolve("junk.bin"), junk);
    Files.writeString(corpus.resolve("lines.jsonl"), """
        {"url":"https://wire.example.org/1","title":"Bridge reopens after repairs","text":"The old river bridge reopened to traffic on Friday after eight months of repairs that cost far more than planned."}
        {"title":"broken", "text":
        """);
    writeZipBomb(corpus.resolve("bomb.zip"));
    StructType schema = new StructType().add("url", DataTypes.StringType).add("title", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("source", DataTypes.StringType);
    Path parquet = dir.resolve("parquet-input");
    spark.createDataFrame(List.of(
        RowFactory.create("https://port.example.org/2", "Harbour reopens", "The city's harbour reopened on Tuesday after a"
            + " three-day strike by dock workers, who won a new contract with higher pay.", "Port Daily"),
        RowFactory.create(null, "No body", null, "Port Daily")), schema).coalesce(1).write().parquet(parquet.toString());
    Path out = dir.resolve("bad-tables");

    int code = AnalyzeJob.run("--input", corpus.toString(), parquet.toString(), dir.resolve("missing").toString(),
        "--out", out.toString(), "--master", "local[2]");

    assertThat(code).isZero();
    List<Row> findings = spark.read().parquet(out.resolve("findings").toString()).collectAsList();
    Map<String, String> codeByInput = findings.stream().collect(Collectors.toMap(r -> r.getAs("input"), r -> r.getAs("code"), (a, b) -> a + "," + b));
    assertThat(codeByInput).containsEntry(corpus.resolve("junk.bin").toString(), "binary")
        .containsEntry(corpus.resolve("lines.jsonl") + ":2", "malformed-json")
        .containsEntry(dir.resolve("missing").toString(), "missing");
    assertThat(codeByInput).hasEntrySatisfying(corpus.resolve("bomb.zip") + "!/bomb.txt", c -> assertThat(c).isEqualTo("too-large"));
    assertThat(codeByInput.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).startsWith(parquet.toString()).endsWith(":2");
      assertThat(e.getValue()).isEqualTo("no-text");
    });
    List<String> titles = spark.read().parquet(out.resolve("articles").toString()).select("title").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(titles).containsExactlyInAnyOrder("Farmers protest new import rules", "Bridge reopens after repairs", "Harbour reopens");
  }

  @Test
  void analyze_onlyBadInput_writesTheFindingsAndExitsOne() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("only-bad"));
    byte[] junk = new byte[5_000];
    new Random(3).nextBytes(junk);
    Files.write(corpus.resolve("junk.bin"), junk);
    Path out = dir.resolve("only-bad-tables");

    assertThat(AnalyzeJob.run("--input", corpus.toString(), "--out", out.toString(), "--master", "local[2]")).isEqualTo(1);

    assertThat(spark.read().parquet(out.resolve("findings").toString()).collectAsList())
        .extracting(r -> r.<String>getAs("code")).containsExactly("binary");
    assertThat(spark.read().parquet(out.resolve("articles").toString()).count()).isZero();
  }

  // ---- helpers ----

  /** Generated news with reposts (12% copies, 3% of words changed), 150 articles over 10 batches of 15. */
  private static final List<SyntheticNews.Item> GENERATED = new SyntheticNews(5).generate(150);
  private static Path generatedCliDb;

  /** {@link #GENERATED} as one JSON Lines file, in a folder of its own. */
  private static Path generated() throws IOException {
    Path corpus = dir.resolve("generated");
    if (Files.isDirectory(corpus)) return corpus;
    Files.createDirectories(corpus);
    List<String> lines = new ArrayList<>();
    for (SyntheticNews.Item item : GENERATED) {
      Article a = item.article();
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("url", url(item));
      line.put("title", a.title());
      line.put("text", a.text());
      line.put("published", a.published().toString());
      line.put("source", a.outlet());
      lines.add(Json.MAPPER.writeValueAsString(line));
    }
    Files.write(corpus.resolve("news.jsonl"), lines);
    return corpus;
  }

  private static String url(SyntheticNews.Item item) {
    return "https://" + item.article().outlet() + "/" + item.article().id();
  }

  /** The store {@code narrascope analyze --batch-size 15} makes of {@link #generated} (made once). */
  private static synchronized Path generatedByCli() throws IOException {
    if (generatedCliDb != null) return generatedCliDb;
    Path db = dir.resolve("generated-cli.db");
    var cli = NarrascopeCommand.commandLine();
    StringWriter cliErr = new StringWriter();
    cli.setErr(new PrintWriter(cliErr));
    assertThat(cli.execute("analyze", "--quiet", "--format", "none", "--batch-size", "15", "--db", "sqlite:" + db,
        generated().toString())).as(cliErr.toString()).isZero();
    generatedCliDb = db;
    return db;
  }

  private static Map<String, Article> articles(Path db) {
    try (ArticleStore store = Stores.open("sqlite:" + db)) {
      return store.find(ArticleQuery.all().page(0, 100_000)).stream().collect(Collectors.toMap(Article::id, a -> a));
    }
  }

  private static List<String> labels(List<LabelScore> labels) {
    return labels.stream().map(LabelScore::label).toList();
  }

  private static Set<Set<String>> partition(java.util.Collection<Article> articles) {
    return new HashSet<>(articles.stream().collect(Collectors.groupingBy(a -> a.analysis().storyId(),
        Collectors.mapping(Article::id, Collectors.toSet()))).values());
  }

  /** 60 MB of one repeated byte in a 60 KB zip entry: over the 20 MB limit for one document once unpacked. */
  private static void writeZipBomb(Path zip) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("bomb.txt"));
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 60; i++) z.write(block);
      z.closeEntry();
    }
  }

  private static Path repoRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples/corpus"))) return p;
    }
    throw new IllegalStateException("samples/corpus not found above " + Path.of("").toAbsolutePath());
  }
}
