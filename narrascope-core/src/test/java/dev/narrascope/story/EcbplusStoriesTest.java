package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Keys;
import dev.narrascope.Pipeline;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on real labelled news: the ECB+ dev half (496 English articles, 42 events, two
 * events of one kind per topic), in one batch and arriving in batches. Floors sit a little under the
 * figures in docs/stories.md, so a change that costs real quality fails here.
 */
final class EcbplusStoriesTest {
  private static LabelledStories.Data data;
  private static List<Article> withEntities;

  @BeforeAll
  static void read() throws IOException {
    try (Reader r = Files.newBufferedReader(SharedData.require("data/story-clusters/ecbplus-dev.jsonl"), StandardCharsets.UTF_8)) {
      data = LabelledStories.read(r, "ecbplus-dev.jsonl", Findings.none());
    }
    EntityStage entities = new EntityStage();
    withEntities = data.articles().parallelStream().map(a -> entities.apply(a, Findings.none())).toList();
  }

  @Test
  void cluster_oneBatch_meetsFloor() {
    assertThat(data.articles()).hasSize(496);
    List<Article> marked = new MinHashNearDuplicates().apply(withEntities, Findings.none());
    Map<String, String> predicted = new HashMap<>();
    new StoryClusterer().cluster(marked).articles().forEach(a -> predicted.put(a.id(), a.analysis().storyId()));
    ClusterMetrics.Scores b3 = ClusterMetrics.bcubed(predicted, data.gold());
    System.out.printf(Locale.ROOT, "ECB+ dev, one batch: B3 P=%.3f R=%.3f F1=%.3f%n", b3.precision(), b3.recall(), b3.f1());
    // Measured 0.948 / 0.920 / 0.934; without parting two events by the people they name (NameSplit) 0.906 / 0.920 /
    // 0.913; with the split (SplitPair) in the sweeps only, not at the pass's joins, 0.882 / 0.928 / 0.905; without
    // the split 0.869 / 0.928 / 0.897; single pass without the refinement sweeps 0.869 / 0.905 / 0.887 (words alone:
    // 0.861 / 0.928 / 0.893).
    assertThat(b3.f1()).isGreaterThanOrEqualTo(0.925);
    assertThat(b3.precision()).isGreaterThanOrEqualTo(0.935);
  }

  @Test
  void cluster_batchesOf50_meetsFloor() {
    Pipeline tail = Pipeline.builder().given(Keys.LANGUAGE, Keys.ENTITIES)
        .add(new MinHashNearDuplicates()).add(new StoryClusterer()).build();
    Random random = new Random(7);
    double f1 = 0;
    int orders = 3;
    for (int k = 0; k < orders; k++) {
      List<Article> order = new ArrayList<>(withEntities);
      Collections.shuffle(order, random);
      InMemoryCorpusState state = new InMemoryCorpusState();
      for (int from = 0; from < order.size(); from += 50) {
        tail.index(order.subList(from, Math.min(order.size(), from + 50)), state, Findings.none());
      }
      Map<String, String> predicted = new HashMap<>();
      state.allArticles().forEach(a -> predicted.put(a.id(), a.analysis().storyId()));
      assertThat(predicted).hasSize(496);
      f1 += ClusterMetrics.bcubed(predicted, data.gold()).f1() / orders;
    }
    System.out.printf(Locale.ROOT, "ECB+ dev, batches of 50, %d orders: mean B3 F1=%.3f%n", orders, f1);
    // Measured 0.923 over 10 orders of seed 1 (0.911 to 0.934), these 3 orders 0.914; without the local split
    // (LocalSplit) 0.909 (0.883 to 0.927) and 0.905; without stored members in the
    // name split (NameSplit) 0.897 (0.865 to 0.920) and 0.893; before the split test paired
    // stored members (6 December 2026) 0.880 and 0.875 (0.871 before the split at the pass's joins; single pass
    // without the refinement sweeps: 0.881, 0.853 to 0.906; these 3 orders 0.870). Words alone: 0.859 (0.833 to 0.882).
    assertThat(f1).isGreaterThanOrEqualTo(0.905);
  }
}
