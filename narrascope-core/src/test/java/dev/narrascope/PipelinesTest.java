package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.dedup.MinHashNearDuplicates;
import dev.narrascope.entity.EntityStage;
import dev.narrascope.language.LanguageStage;
import dev.narrascope.quote.QuoteStage;
import dev.narrascope.story.StoryClusterer;
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
}
