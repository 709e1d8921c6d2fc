package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.store.PostingRuns.Posted;
import dev.narrascope.store.PostingsCache.Entry;
import dev.narrascope.store.PostingsCache.Written;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostingsCacheTest {
  private static final int JUNE1 = Math.toIntExact(LocalDate.of(2023, 6, 1).toEpochDay());

  /** The entry of a term's newest postings (sequence numbers newest first, story s-N for number N), as read with {@code limit}. */
  private static Entry read(int limit, long... seqs) {
    String[] ids = java.util.Arrays.stream(seqs).mapToObj(s -> "s-" + s).toArray(String[]::new);
    int[] days = new int[seqs.length];
    java.util.Arrays.fill(days, JUNE1);
    return new Entry(seqs.clone(), ids, days, limit, seqs.length < limit);
  }

  private static Written added(String term, long... seqs) {
    TreeMap<Long, Posted> stories = new TreeMap<>();
    for (long s : seqs) stories.put(s, new Posted("s-" + s, null));
    return new Written(LongSet.of(), new TreeMap<>(Map.of(term, stories)), new Long2IntOpenHashMap(), Set.of());
  }

  private static List<Long> seqs(Entry e) {
    return java.util.Arrays.stream(e.seqs()).boxed().toList();
  }

  @Test
  void after_newerPostings_pushOutTheOldest_andBelowTheFloorNothingIsGuessed() {
    Entry full = read(3, 9, 7, 5);
    assertThat(seqs(full.after("t", added("t", 8, 2)))).containsExactly(9L, 8L, 7L);
    assertThat(full.after("t", added("t", 8, 2)).complete()).isFalse();
    assertThat(full.after("t", added("other", 8))).isSameAs(full);
  }

  @Test
  void after_aTermWithFewerPostingsThanTheLimit_takesEveryNewOne_untilItHasTheLimit() {
    Entry all = read(3, 9, 5);
    assertThat(all.complete()).isTrue();
    Entry more = all.after("t", added("t", 2));
    assertThat(seqs(more)).containsExactly(9L, 5L, 2L);
    assertThat(more.answers(3)).isTrue();
    Entry trimmed = more.after("t", added("t", 7));
    assertThat(seqs(trimmed)).containsExactly(9L, 7L, 5L);
    assertThat(trimmed.complete()).isFalse();
  }

  @Test
  void after_anAbsorbedStory_leavesAFullEntryAnsweringFewer_butAnEntryOfEveryPostingAll() {
    Written absorbed7 = new Written(LongSet.of(7), new TreeMap<>(), new Long2IntOpenHashMap(), Set.of());
    Entry full = read(3, 9, 7, 5).after("t", absorbed7);
    assertThat(seqs(full)).containsExactly(9L, 5L);
    assertThat(full.answers(2)).isTrue();
    assertThat(full.answers(3)).isFalse();
    assertThat(read(4, 9, 7, 5).after("t", absorbed7).answers(4)).isTrue();
    assertThat(read(1, 7).after("t", absorbed7)).isNull();
  }

  @Test
  void after_aBigEntry_findsAnAffectedStoryWhereverItIs_andIgnoresStoriesItDoesNotHold() {
    Entry big = read(100, java.util.stream.LongStream.iterate(200, s -> s - 2).limit(100).toArray());
    for (long gone : new long[] {200, 120, 2}) {
      Entry after = big.after("t", new Written(LongSet.of(gone), new TreeMap<>(), new Long2IntOpenHashMap(), Set.of()));
      assertThat(seqs(after)).hasSize(99).doesNotContain(gone);
    }
    Entry redated = big.after("t", new Written(LongSet.of(), new TreeMap<>(), new Long2IntOpenHashMap(Map.of(4L, PostingsCache.UNDATED)), Set.of()));
    assertThat(redated.days()[98]).isEqualTo(PostingsCache.UNDATED);
    assertThat(big.after("t", new Written(LongSet.of(1, 101, 300), new TreeMap<>(), new Long2IntOpenHashMap(), Set.of()))).isSameAs(big);
  }

  @Test
  void after_aRedatedStory_hasItsNewDayOnEveryPosting() {
    Entry e = read(3, 9, 7).after("t", new Written(LongSet.of(), new TreeMap<>(), new Long2IntOpenHashMap(Map.of(7L, PostingsCache.UNDATED)), Set.of()));
    assertThat(e.days()).containsExactly(JUNE1, PostingsCache.UNDATED);
    assertThat(e.ids()).containsExactly("s-9", "s-7");
  }

  /**
   * Random entries and writes against a reference: the term's every posting kept in full, the write applied to
   * it, and the entry expected to hold its newest postings down to the old entry's floor (all of them when it was
   * complete), at most its limit, and never to claim all of them when it does not. Half the writes only add stories newer than any posting, nothing absorbed or
   * re-dated on the entry (the block-copy path of {@code after}).
   */
  @Test
  void after_matchesTheTermsPostingsWrittenInFull_onRandomEntriesAndWrites() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 3_000; round++) {
      int limit = 1 + random.nextInt(8);
      TreeMap<Long, Integer> truth = new TreeMap<>(java.util.Comparator.reverseOrder());
      int stored = random.nextInt(12);
      while (truth.size() < stored) truth.put((long) random.nextInt(40), random.nextInt(5));
      long[] seqs = truth.keySet().stream().limit(limit).mapToLong(Long::longValue).toArray();
      String[] ids = java.util.Arrays.stream(seqs).mapToObj(x -> "s-" + x).toArray(String[]::new);
      int[] days = java.util.Arrays.stream(seqs).mapToInt(x -> truth.get(x)).toArray();
      Entry before = new Entry(seqs, ids, days, limit, truth.size() < limit);
      boolean onTop = random.nextBoolean();
      LongSet absorbed = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
      Long2IntOpenHashMap redated = new Long2IntOpenHashMap();
      TreeMap<Long, Posted> added = new TreeMap<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        long seq = onTop ? 40 + random.nextInt(20) : random.nextInt(60);
        if (!truth.containsKey(seq)) added.put(seq, new Posted("s-" + seq, java.time.LocalDate.ofEpochDay(100 + seq)));
      }
      if (!onTop) {
        for (long seq : truth.keySet()) {
          if (random.nextInt(6) == 0) absorbed.add(seq);
          else if (random.nextInt(6) == 0) redated.put(seq, 50 + random.nextInt(5));
        }
      }
      Entry after = before.after("t", new Written(absorbed, new TreeMap<>(Map.of("t", added)), redated, Set.of()));
      for (long seq : absorbed) truth.remove(seq);
      redated.forEach((seq, day) -> truth.put(seq, day));
      added.forEach((seq, p) -> truth.put(seq, PostingsCache.day(p.first())));
      long floor = before.complete() || seqs.length == 0 ? Long.MIN_VALUE : seqs[seqs.length - 1];
      List<Long> expected = truth.keySet().stream().filter(x -> x >= floor).limit(limit).toList();
      boolean complete = before.complete() && truth.size() <= limit;
      if (expected.isEmpty() && !complete) {
        assertThat(after).as("round %d", round).isNull();
        continue;
      }
      assertThat(seqs(after)).as("round %d", round).isEqualTo(expected);
      assertThat(after.ids()).containsExactly(expected.stream().map(x -> "s-" + x).toArray(String[]::new));
      assertThat(after.days()).containsExactly(expected.stream().mapToInt(truth::get).toArray());
      // An entry may call itself incomplete while holding all of them, at its limit (it answers every ask then).
      if (after.complete() != complete) assertThat(!after.complete() && after.size() == limit).as("round %d", round).isTrue();
    }
  }
}
