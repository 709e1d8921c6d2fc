package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.corpus.TermVector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoryStateCacheTest {
  private static StoryEntry story(String id) {
    StoryEntry s = new StoryEntry(id, 1);
    s.add(article(id + "-a"), new TermVector(new String[] {"dam", id}, new double[] {0.6, 0.8}), null, null);
    return s;
  }

  private static Article article(String id) {
    return new Article(id, id, null, "Title " + id, null, LocalDate.parse("2024-01-02"), "en", 1, "Text.", null, null);
  }

  @Test
  void get_handsOutCopies_soABatchChangingOneLeavesTheKeptStateAsStored() {
    StoryStateCache cache = new StoryStateCache(1 << 20);
    cache.put(story("s-1"));
    StoryEntry got = cache.get("s-1");
    got.add(article("s-1-b"), null, null, null);
    assertThat(got.size()).isEqualTo(2);
    assertThat(cache.get("s-1").size()).isEqualTo(1);
    assertThat(cache.get("s-2")).isNull();
  }

  @Test
  void put_beyondTheBytes_dropsTheLeastRecentlyUsed_andAStateTooBigForAllIsNotKept() {
    long one = story("s-1").heapBytes();
    StoryStateCache cache = new StoryStateCache(2 * one + one / 2);
    cache.put(story("s-1"));
    cache.put(story("s-2"));
    cache.get("s-1");
    cache.put(story("s-3"));
    assertThat(cache.get("s-2")).isNull();
    assertThat(cache.get("s-1")).isNotNull();
    assertThat(cache.get("s-3")).isNotNull();

    StoryStateCache tiny = new StoryStateCache(one / 2);
    tiny.put(story("s-1"));
    assertThat(tiny.size()).isZero();
  }
}
