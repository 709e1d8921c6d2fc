package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.language.LanguageStage;
import dev.narrascope.quote.QuoteStage;
import dev.narrascope.story.StoryClusterer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class PipelinesTest {
  @Test
  void defaults_endWithTheStatefulTail() {
    assertThat(Pipelines.defaults().toString()).endsWith(",actors,story-terms,nearDuplicates,stories)")
        .startsWith("Pipeline(outletNames,repeatedLines,language,embedding,entities,quotes,narratives,framing,explanation,");
  }

  @Test
  void build_stageBeforeWhatItRequires_isRefusedNamingTheMissingKey() {
    Pipeline.Builder b = Pipeline.builder().add(new QuoteStage()).add(LanguageStage.defaults()).add(new EntityStage());
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'quotes' requires 'entities'");
  }

  @Test
  void build_storiesWithoutReposts_isRefused() {
    Pipeline.Builder b = Pipeline.builder().add(LanguageStage.defaults()).add(new EntityStage()).add(new StoryClusterer());
    assertThatThrownBy(b::build).hasMessageContaining("'stories' requires 'repostOf'");
  }

  @Test
  void build_perArticleStageAfterTheStatefulTail_isRefused() {
    Pipeline.Builder b = Pipeline.builder().add(new MinHashNearDuplicates()).add(LanguageStage.defaults());
    assertThatThrownBy(b::build).hasMessageContaining("'language' comes after the stateful stage 'nearDuplicates'");
  }

  @Test
  void given_declaresWhatTheInputAlreadyCarries() {
    Pipeline p = Pipeline.builder().given(Keys.LANGUAGE).add(new EntityStage()).add(new QuoteStage()).build();
    assertThat(p.toString()).isEqualTo("Pipeline(entities,quotes)");
  }

  @Test
  void analyse_concurrentCallers_runTheirArticlesOnOneSharedPoolOfOneWorkerPerCore() throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ArticleStage upper = new ArticleStage() {
      @Override
      public String name() {
        return "upper";
      }

      @Override
      public Set<Key<?>> requires() {
        return Set.of(Keys.TEXT);
      }

      @Override
      public Set<Key<?>> produces() {
        return Set.of();
      }

      @Override
      public Article apply(Article a, Findings findings) {
        threads.add(Thread.currentThread().getName());
        return a.withText(a.text().toUpperCase(java.util.Locale.ROOT));
      }
    };
    Pipeline p = Pipeline.builder().add(upper).build();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Article>>> runs = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        List<Article> batch = IntStream.range(0, 50).mapToObj(i -> article(i)).toList();
        runs.add(callers.submit(() -> p.analyse(batch, Findings.none(), a -> {})));
      }
      for (Future<List<Article>> run : runs) {
        // Every caller gets its own batch back, analysed and in input order.
        assertThat(run.get()).extracting(Article::text)
            .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "ARTICLE NUMBER " + i).toList());
      }
    } finally {
      callers.shutdownNow();
    }
    // The callers' own threads wait: the stages ran on the analysis pool only, one worker per core at most.
    assertThat(threads).allMatch(t -> t.startsWith("narrascope-analysis-"))
        .hasSizeLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
  }

  private static Article article(int i) {
    return new Article("a" + i, "test", null, "", null, null, "en", 1, "article number " + i, Map.of(), Analysis.EMPTY);
  }
}
