package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandKeyFilterTest {
  @Test
  void holdsEveryAddedKey_andFewOthers_atCapacity() {
    int capacity = 100_000;
    BandKeyFilter filter = new BandKeyFilter(capacity);
    SplittableRandom random = new SplittableRandom(7);
    long[] added = random.longs(capacity).toArray();
    for (long k : added) filter.add(k);
    for (long k : added) assertThat(filter.mightContain(k)).isTrue();
    long falsePositives = random.longs(capacity).filter(filter::mightContain).count();
    assertThat(falsePositives).isLessThan(capacity * 3 / 200);
    assertThat(filter.capacity()).isEqualTo(capacity);
  }

  @Test
  void smallAndSequentialKeys_areHeldToo() {
    BandKeyFilter filter = new BandKeyFilter(1);
    assertThat(filter.mightContain(0)).isFalse();
    filter.add(0);
    filter.add(-1);
    assertThat(filter.mightContain(0)).isTrue();
    assertThat(filter.mightContain(-1)).isTrue();
  }
}
