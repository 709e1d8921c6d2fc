package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipelines;
import dev.narrascope.app.analysis.BatchIngest;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code narrascope analyze} as news that keeps arriving: batches, re-runs that skip what is stored,
 * options checked before any input is read, and an exit status that says whether anything was analysed.
 */
final class AnalyzeBatchesTest {
  @TempDir Path dir;
  String out;
  String err;

  private int run(String... args) {
    CliRun run = CliRun.run(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  private Path corpus(int articles) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < articles; i++) {
      Files.writeString(corpus.resolve("a" + i + ".txt"), "Council " + i + " votes on harbour plan " + i + "\n\n"
          + "The council of town number " + i + " voted on Monday on the harbour plan " + i + ", the mayor said, after a"
          + " long debate about dredging costs and the ferry timetable of district " + i + ".");
    }
    return corpus;
  }

  @Test
  void analyze_inBatches_storesEveryArticleOnce_andARerunAnalysesNothingAgain() throws IOException {
    Path corpus = corpus(7);
    String db = "sqlite:" + dir.resolve("n.db");
    assertThat(run("analyze", corpus.toString(), "--db", db, "--batch-size", "3", "--format", "jsonl")).isZero();
    assertThat(out.lines()).hasSize(7);
    assertThat(err).contains("7 articles: 7 new, 0 already stored").contains("batch 3:");

    assertThat(run("analyze", corpus.toString(), "--db", db, "--batch-size", "3", "--format", "none", "-q")).isZero();
    assertThat(err).contains("7 articles: 0 new, 7 already stored");
    try (ArticleStore st = Stores.open(db)) {
      assertThat(st.count(ArticleQuery.all())).isEqualTo(7);
      // Every story id resolves and the stories' sizes add up to the articles.
      long members = 0;
      for (var s : st.stories(0, 100)) members += s.size();
      assertThat(members).isEqualTo(7);
      for (var a : st.find(ArticleQuery.all())) assertThat(st.story(a.analysis().storyId())).isPresent();
    }
  }

  @Test
  void analyze_sameArticleInTheBatchBeingStored_isStoredOnce_andCountedAsAlreadyStored() throws IOException {
    Path corpus = corpus(3);
    // Sorted after a0–a2, so with batches of 2 it arrives while a0's batch may still be being stored.
    Files.copy(corpus.resolve("a0.txt"), corpus.resolve("b-copy-of-a0.txt"));
    String db = "sqlite:" + dir.resolve("n.db");
    assertThat(run("analyze", corpus.toString(), "--db", db, "--batch-size", "2", "--format", "none")).isZero();
    assertThat(err).contains("4 articles: 3 new, 1 already stored");
    try (ArticleStore st = Stores.open(db)) {
      assertThat(st.count(ArticleQuery.all())).isEqualTo(3);
    }
  }

  /**
   * analyze stores a batch while it analyses the next; the stories, reposts and labels must be those
   * of storing the batches strictly one after the other (the order the stories depend on).
   */
  @Test
  void analyze_overlappingBatches_storeWhatBatchesOneAfterTheOtherStore() throws IOException {
    Path sample = SampleCorpus.extract();
    String overlapped = "sqlite:" + dir.resolve("overlapped.db");
    assertThat(run("analyze", sample.toString(), "--db", overlapped, "--batch-size", "4", "--format", "none", "-q")).isZero();

    String sequential = "sqlite:" + dir.resolve("sequential.db");
    try (ArticleStore st = Stores.open(sequential)) {
      BatchIngest ingest = new BatchIngest(Pipelines.defaults(), st);
      List<Article> extracted = new ArrayList<>();
      Findings findings = Findings.tracking(100);
      ArticleExtractor extractor = ArticleExtractor.defaults();
      Ingestor.defaults().read(List.of(sample), doc -> {
        Article a = extractor.extract(doc, findings);
        if (a != null) extracted.add(a);
      }, findings);
      for (int from = 0; from < extracted.size(); from += 4) {
        ingest.ingest(extracted.subList(from, Math.min(extracted.size(), from + 4)), Findings.tracking(100), a -> {});
      }
    }
    assertThat(storiesAndLabels(overlapped)).hasSizeGreaterThan(20).isEqualTo(storiesAndLabels(sequential));
  }

  /** Per article id: its story, repost original, narratives and framed actors, as stored. */
  private static Map<String, String> storiesAndLabels(String db) {
    Map<String, String> out = new TreeMap<>();
    try (ArticleStore st = Stores.open(db)) {
      for (Article a : st.find(ArticleQuery.all())) {
        var an = a.analysis();
        out.put(a.id(), an.storyId() + " " + an.repostOf() + " " + an.narratives() + " " + an.actors());
      }
    }
    return out;
  }

  @Test
  void analyze_oneArticle_saysSo_inTheSingular() throws IOException {
    Path corpus = corpus(1);
    assertThat(run("analyze", corpus.toString(), "--db", "sqlite:" + dir.resolve("n.db"), "--format", "none", "-q")).isZero();
    assertThat(err).contains("1 article: 1 new, 0 already stored").contains("0 inputs failed");
  }

  @Test
  void analyze_nothingAnalysable_exitsNonZero() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertThat(run("analyze", empty.toString(), "--db", "sqlite:" + dir.resolve("n.db"), "-q")).isEqualTo(1);
    assertThat(err).contains("nothing analysed: 1 input failed");
  }

  @Test
  void analyze_badStore_isReportedBeforeAnyInputIsRead() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertThat(run("analyze", empty.toString(), "--db", "mysql://x", "-q")).isNotZero();
    assertThat(err).contains("mysql://x").doesNotContain("empty file");
  }
}
