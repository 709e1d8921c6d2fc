package dev.narrascope.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.story.ClusterMetrics;
import dev.narrascope.story.LabelledStories;
import dev.narrascope.story.SyntheticNews;
import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class MinHashNearDuplicatesTest {
  private static final String BODY = """
      The defence minister said on Tuesday that the country would receive new air defence systems before winter, \
      after talks with allies in the capital.

      Officials did not say how many launchers would arrive, but the ministry expects deliveries to start next month \
      and to continue through the spring.

      Critics in parliament asked why the contracts had been signed without a public tender and demanded an inquiry \
      into the prices paid for the equipment.""";

  private static Article article(String id, String title, String text, LocalDate date) {
    return new Article(id, id, null, title, "outlet-" + id, date, "en", 1, text, null, null);
  }

  private static String repostOf(List<Article> out, String id) {
    return out.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().analysis().repostOf();
  }

  /* --------------- single edits --------------- */

  @Test
  void apply_boilerplateReorderAndNewHeadline_linksToEarliest() {
    String[] p = BODY.split("\n\n");
    String edited = "Ads Blocker Detected! Please disable your ad blocker.\n\n" + p[2] + "\n\n" + p[0] + "\n\n" + p[1]
        + "\n\nAlso read: our weekly quiz. Source link.";
    List<Article> out = new MinHashNearDuplicates().apply(List.of(
        article("b", "Shocking news", edited, LocalDate.of(2024, 3, 2)),
        article("a", "Minister promises air defence", BODY, LocalDate.of(2024, 3, 1))), Findings.none());
    assertThat(repostOf(out, "b")).isEqualTo("a");
    assertThat(repostOf(out, "a")).isNull();
  }

  @Test
  void apply_sameDate_earliestIsSmallestId() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    List<Article> out = new MinHashNearDuplicates().apply(List.of(
        article("z", "t", BODY, d), article("m", "t", BODY.toUpperCase(Locale.ROOT), d), article("q", "t", BODY, null)),
        Findings.none());
    assertThat(repostOf(out, "z")).isEqualTo("m");
    assertThat(repostOf(out, "q")).isEqualTo("m");
    assertThat(repostOf(out, "m")).isNull();
  }

  @Test
  void apply_sameEventInOtherWords_notLinked() {
    String other = """
        Allies agreed in the capital on Tuesday to send air defence systems to the country before the winter, the \
        minister of defence announced.

        The number of launchers is still unknown; the ministry hopes the first deliveries will come next month.""";
    List<Article> out = new MinHashNearDuplicates().apply(List.of(
        article("a", "t", BODY, LocalDate.of(2024, 3, 1)), article("b", "t", other, LocalDate.of(2024, 3, 1))), Findings.none());
    assertThat(out).allSatisfy(a -> assertThat(a.analysis().repostOf()).isNull());
  }

  @Test
  void apply_emptyAndShortTexts_neverLinkedUnlessIdentical() {
    List<Article> out = new MinHashNearDuplicates().apply(List.of(
        article("a", "t", "", null), article("b", "t", "", null), article("c", "t", "Read more", null),
        article("d", "t", "Read more here", null)), Findings.none());
    assertThat(out).allSatisfy(a -> assertThat(a.analysis().repostOf()).isNull());
  }

  @Test
  void constructor_badThreshold_throws() {
    assertThatThrownBy(() -> new MinHashNearDuplicates(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0");
  }

  /* --------------- links computed apart, then the rule --------------- */

  @Test
  void given_linksComputedApartOverBatches_sameRepostsAsApply() {
    List<Article> corpus = new SyntheticNews(11).generate(600).stream().map(SyntheticNews.Item::article).toList();
    MinHashNearDuplicates dedup = new MinHashNearDuplicates();
    InMemoryCorpusState direct = new InMemoryCorpusState();
    InMemoryCorpusState apart = new InMemoryCorpusState();
    Map<String, String> expected = new HashMap<>();
    Map<String, String> actual = new HashMap<>();
    for (int from = 0; from < corpus.size(); from += 50) {
      List<Article> batch = corpus.subList(from, Math.min(corpus.size(), from + 50));
      List<Article> marked = dedup.apply(batch, direct, Findings.none());
      direct.putArticles(marked);
      marked.forEach(a -> expected.put(a.id(), a.analysis().repostOf()));

      long[][] keys = MinHashNearDuplicates.bandKeys(batch);
      List<Set<String>> sharing = new ArrayList<>();
      Map<String, String> texts = new HashMap<>();
      for (long[] k : keys) {
        Set<String> ids = k == null ? Set.of() : apart.articlesInBands(k, MinHashNearDuplicates.MAX_BUCKET_COMPARISONS);
        sharing.add(ids);
        apart.articles(ids).forEach((id, a) -> texts.put(id, a.text()));
      }
      List<MinHashNearDuplicates.Links> links = dedup.links(batch, keys, sharing, texts);
      Map<String, MinHashNearDuplicates.Links> byId = new HashMap<>();
      for (int i = 0; i < batch.size(); i++) byId.put(batch.get(i).id(), links.get(i));
      List<Article> given = dedup.given(byId::get).apply(batch, apart, Findings.none());
      apart.putArticles(given);
      given.forEach(a -> actual.put(a.id(), a.analysis().repostOf()));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(expected.values()).filteredOn(v -> v != null).hasSizeGreaterThan(30);
    assertThat(apart.bands()).isEqualTo(direct.bands());
  }

  @Test
  void given_articleWithoutLinks_throws() {
    assertThatThrownBy(() -> new MinHashNearDuplicates().given(id -> null)
        .apply(List.of(article("a", "t", BODY, null)), new InMemoryCorpusState(), Findings.none()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
  }

  /* --------------- precision and recall on synthetic edits --------------- */

  @Test
  void apply_syntheticEdits_precisionAndRecall() {
    List<SyntheticNews.Item> items = new SyntheticNews(7).generate(3000);
    Map<String, String> gold = new HashMap<>();
    for (var it : items) gold.put(it.article().id(), it.original() == null ? it.article().id() : it.original());
    List<Article> out = new MinHashNearDuplicates().apply(items.stream().map(SyntheticNews.Item::article).toList(), Findings.none());
    Map<String, String> pred = new HashMap<>();
    for (Article a : out) pred.put(a.id(), a.analysis().repostOf() == null ? a.id() : a.analysis().repostOf());
    ClusterMetrics.Scores s = ClusterMetrics.pairwise(pred, gold);
    System.out.printf(Locale.ROOT, "reposts on %d synthetic articles (%d copies): pairwise P=%.4f R=%.4f%n",
        items.size(), items.stream().filter(i -> i.original() != null).count(), s.precision(), s.recall());
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * The labelled story set (many same-event articles in other words: the hard negatives) and, when
   * present, the real scraped seeds, each with two synthetic reposts per article.
   */
  @Test
  void apply_editedRealisticTexts_precisionAndRecall() throws IOException {
    List<Article> originals = new ArrayList<>();
    try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/stories/labelled.jsonl"), StandardCharsets.UTF_8)) {
      originals.addAll(LabelledStories.read(r, "labelled.jsonl", Findings.none()).articles());
    }
    java.util.Optional<Path> shared = SharedData.optional("seeds");
    if (shared.isPresent()) {
      Path seeds = shared.get();
      try (var files = Files.list(seeds)) {
        for (Path f : files.sorted().toList()) {
          String[] t = Files.readString(f).strip().split("\n", 2);
          originals.add(new Article(f.getFileName().toString(), null, null, t[0], "seed", LocalDate.of(2023, 1, 1), "en", 1,
              t.length > 1 ? t[1].strip() : "", null, null));
        }
      }
    }
    SyntheticEdits edits = new SyntheticEdits(new Random(11), 0.03);
    List<Article> all = new ArrayList<>(originals);
    Map<String, String> gold = new HashMap<>();
    for (Article o : originals) {
      gold.put(o.id(), o.id());
      for (int k = 0; k < 2; k++) {
        LocalDate d = o.published() == null ? null : o.published().plusDays(k + 1);
        Article copy = edits.edit(o, d, "copy" + k + ".example");
        all.add(copy);
        gold.put(copy.id(), o.id());
      }
    }
    Map<String, String> pred = new HashMap<>();
    for (Article a : new MinHashNearDuplicates().apply(all, Findings.none())) {
      pred.put(a.id(), a.analysis().repostOf() == null ? a.id() : a.analysis().repostOf());
    }
    ClusterMetrics.Scores s = ClusterMetrics.pairwise(pred, gold);
    System.out.printf(Locale.ROOT, "reposts on %d originals + %d edited copies: pairwise P=%.4f R=%.4f%n",
        originals.size(), all.size() - originals.size(), s.precision(), s.recall());
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
  }
}
