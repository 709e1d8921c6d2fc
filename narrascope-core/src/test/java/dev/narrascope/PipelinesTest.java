package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PipelinesTest {
  @Test
  void withoutStories_isDefaultsLessRepostsAndStories() {
    String all = Pipelines.defaults().toString();
    String before = Pipelines.withoutStories().toString();
    assertThat(before).doesNotContain("nearDuplicates").doesNotContain("stories");
    assertThat(all).isEqualTo(before.substring(0, before.length() - 1) + ",nearDuplicates,stories)");
  }
}
