package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewestPostingsTest {
  private static void run(NewestPostings kept, long... seqs) {
    for (long s : seqs) kept.read(s, "s-" + s, (int) s);
    kept.endRun();
  }

  @Test
  void runs_mergeNewestFirst_eachStoryOnce_atMostTheLimit() {
    NewestPostings kept = new NewestPostings(4);
    assertThat(kept.floor()).isEqualTo(Long.MIN_VALUE);
    run(kept, 9, 5, 2);
    assertThat(kept.floor()).isEqualTo(Long.MIN_VALUE);
    run(kept, 12, 5, 3);
    PostingsCache.Entry e = kept.entry();
    assertThat(e.seqs()).containsExactly(12, 9, 5, 3);
    assertThat(e.ids()).containsExactly("s-12", "s-9", "s-5", "s-3");
    assertThat(e.days()).containsExactly(12, 9, 5, 3);
    assertThat(e.complete()).isFalse();
    assertThat(kept.floor()).isEqualTo(3);
  }

  @Test
  void aStoryInTwoRuns_keepsTheFirstRunsRow() {
    NewestPostings kept = new NewestPostings(5);
    kept.read(7, "first", 1);
    kept.endRun();
    kept.read(7, "second", 2);
    kept.endRun();
    PostingsCache.Entry e = kept.entry();
    assertThat(e.ids()).containsExactly("first");
    assertThat(e.days()).containsExactly(1);
    assertThat(e.complete()).isTrue();
  }

  @Test
  void noRows_isAnEmptyCompleteEntry() {
    NewestPostings kept = new NewestPostings(3);
    kept.endRun();
    assertThat(kept.entry().size()).isZero();
    assertThat(kept.entry().complete()).isTrue();
  }
}
