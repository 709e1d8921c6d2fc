package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recluster} on a store the real pipeline wrote: what it reports, and that every article it moves is in its
 * stories' history, so a story id kept from before still leads to the articles.
 */
final class ReclusterCommandTest {
  private static final String DAM = "The Kakhovka dam on the Dnipro was destroyed on Tuesday, flooding Kherson villages;"
      + " thousands of residents were evacuated by boat.";

  @TempDir Path dir;

  @Test
  void recluster_movesArticles_logsEachMove_andTheOldIdLeadsToTheirStory() throws Exception {
    String db = "sqlite:" + dir.resolve("store.db");
    // The later report arrives first and founds the story; the earlier one joins it in a later run.
    Path later = dir.resolve("later.jsonl"), earlier = dir.resolve("earlier.jsonl");
    Files.writeString(later, "{\"id\":\"dam-b\",\"title\":\"Kherson floods after Kakhovka dam breach\",\"text\":\"" + DAM
        + " Boats kept arriving.\",\"published\":\"2023-06-07\"}\n");
    Files.writeString(earlier, "{\"id\":\"dam-a\",\"title\":\"Kakhovka dam destroyed\",\"text\":\"" + DAM
        + "\",\"published\":\"2023-06-06\"}\n");
    for (Path input : new Path[] {later, earlier}) {
      assertThat(CliRun.run("analyze", "-q", "--format", "none", "--db", db, input.toString()).exit()).isZero();
    }
    Map<String, String> storyByTitle = stories(db);
    String before = storyByTitle.get("Kakhovka dam destroyed");
    assertThat(storyByTitle.get("Kherson floods after Kakhovka dam breach")).isEqualTo(before);

    CliRun recluster = CliRun.run("recluster", "-q", "--db", db);
    assertThat(recluster.exit()).as(recluster.err()).isZero();
    // Replayed earliest first, the earlier report founds the story now: both articles changed story id.
    assertThat(recluster.out()).contains("re-clustered 2 articles", "2 articles changed story");
    String now = stories(db).get("Kakhovka dam destroyed");
    assertThat(now).isNotEqualTo(before);
    assertThat(stories(db)).containsValue(now).doesNotContainValue(before);

    CliRun shown = CliRun.run("story", now, "--db", db);
    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).contains("History (", "2 articles moved in from story " + before + " by a re-clustering")
        .doesNotContain("merged in");
    CliRun old = CliRun.run("story", before, "--db", db);
    assertThat(old.exit()).isZero();
    assertThat(old.err()).contains("story " + before + " went into " + now);
    assertThat(old.out()).startsWith("Story " + now + ": ");

    // A second re-clustering moves nothing and adds nothing to the history.
    assertThat(CliRun.run("recluster", "-q", "--db", db).out()).contains("0 articles changed story");
    assertThat(CliRun.run("story", now, "--db", db).out().lines().filter(l -> l.contains("re-clustering")).count()).isEqualTo(1);
  }

  private static Map<String, String> stories(String db) {
    try (ArticleStore st = Stores.open(db)) {
      return st.find(ArticleQuery.all()).stream().collect(Collectors.toMap(Article::title, a -> a.analysis().storyId()));
    }
  }
}
