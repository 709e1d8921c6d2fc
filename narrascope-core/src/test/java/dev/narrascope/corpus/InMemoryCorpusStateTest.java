package dev.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class InMemoryCorpusStateTest {
  @Test
  void articlesInBands_perKeyTheSmallestIdsWhateverTheOrderAdded() {
    InMemoryCorpusState state = new InMemoryCorpusState();
    for (String id : new String[] {"d", "b", "e", "a", "c"}) state.addBands(id, new long[] {7});
    state.addBands("z", new long[] {9});
    assertThat(state.articlesInBands(new long[] {7, 9}, 2)).containsExactlyInAnyOrder("a", "b", "z");
  }

  @Test
  void idOrder_byCodePointAsBinaryCollationsOnUtf8() {
    // U+1F600 (a surrogate pair in Java) sorts after U+FF5E by code point, though its first UTF-16 unit is smaller.
    assertThat(CorpusState.ID_ORDER.compare("\uD83D\uDE00", "\uFF5E")).isPositive();
    assertThat(CorpusState.ID_ORDER.compare("ab", "abc")).isNegative();
    assertThat(CorpusState.ID_ORDER.compare("abc", "abc")).isZero();
  }
}
