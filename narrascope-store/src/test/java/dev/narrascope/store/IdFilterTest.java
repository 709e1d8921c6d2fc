package dev.narrascope.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdFilterTest {
  private static List<String> storyIds(int from, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < from + n; i++) ids.add("s-" + String.format("%016x", i * 0x9E3779B97F4A7C15L));
    return ids;
  }

  @Test
  void holdsEveryIdAdded_andFewOthers() {
    IdFilter f = IdFilter.of(storyIds(0, 1000));
    storyIds(0, 1000).forEach(id -> assertTrue(f.mayHold(id.hashCode()), id));
    long others = storyIds(1000, 10_000).stream().filter(id -> f.mayHold(id.hashCode())).count();
    assertTrue(others < 500, others + " of 10,000 other ids pass a filter of 1,000");
  }

  @Test
  void holdsNothing_whenEmptyOrCleared() {
    IdFilter f = IdFilter.of(storyIds(0, 100));
    f.clear();
    storyIds(0, 100).forEach(id -> assertFalse(f.mayHold(id.hashCode()), id));
    assertFalse(new IdFilter().mayHold("s-1".hashCode()));
  }
}
