package dev.narrascope.app.watch;

import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import dev.narrascope.LabelScore;
import dev.narrascope.Pipeline;
import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.story.StoryClusterer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deterministic stand-in for the trained stages in watcher tests: English, and the narrative
 * {@value #NARRATIVE} for articles that mention drones.
 */
final class TopicStage implements ArticleStage {
  static final String NARRATIVE = "URW: Drones over the border";

  static Pipeline pipeline() {
    return Pipeline.builder().given(Keys.ENTITIES).add(new TopicStage())
        .add(new MinHashNearDuplicates()).add(new StoryClusterer()).build();
  }

  @Override
  public String name() {
    return "topic";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.LANGUAGE, Keys.NARRATIVES);
  }

  @Override
  public Article apply(Article a, Findings findings) {
    Article out = a.withLanguage("en", 0.99);
    if (a.text().toLowerCase(Locale.ROOT).contains("drones")) {
      out = out.withAnalysis(out.analysis().withNarratives(List.of(new LabelScore(NARRATIVE, 0.9)), List.of()));
    }
    return out;
  }
}
