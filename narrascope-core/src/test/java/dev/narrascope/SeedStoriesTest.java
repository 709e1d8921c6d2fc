package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five real scraped seed articles, all about Ukraine and NATO, through the path {@code analyze}
 * takes on an empty store ({@code Pipelines.defaults()}, reposts and stories included): 000 and 001 tell one event (Reznikov's "carrying out NATO's
 * mission" / "shedding blood" remarks) in different words, so one story but no repost; 002, 003
 * and 004 are other events on the same topic. Skips without {@code ../shared/seeds}.
 */
final class SeedStoriesTest {
  @Test
  void stories_seeds_sameEventTogetherOtherEventsApart() {
    Path seeds = SharedData.require("seeds");
    Findings findings = Findings.tracking(100);
    ArticleExtractor extractor = ArticleExtractor.defaults();
    List<Article> batch = new ArrayList<>();
    Ingestor.defaults().read(List.of(seeds), doc -> {
      Article a = extractor.extract(doc, findings);
      if (a != null) batch.add(a);
    }, findings);
    Map<String, Article> bySeed = new HashMap<>();
    for (Article a : Pipelines.defaults().run(batch, findings)) bySeed.put(seedNumber(a), a);
    assertThat(bySeed).containsOnlyKeys("000", "001", "002", "003", "004");

    assertThat(bySeed.get("001").analysis().storyId()).as("001 with 000").isEqualTo(bySeed.get("000").analysis().storyId());
    assertThat(bySeed.get("000").analysis().repostOf()).isNull();
    assertThat(bySeed.get("001").analysis().repostOf()).isNull();
    assertThat(List.of("000", "002", "003", "004").stream().map(k -> bySeed.get(k).analysis().storyId()).distinct())
        .as("000, 002, 003 and 004 in four stories").hasSize(4);
  }

  private static String seedNumber(Article a) {
    String origin = a.origin();
    String file = origin.substring(origin.lastIndexOf('/') + 1);
    return file.length() >= 3 ? file.substring(0, 3) : file;
  }
}
