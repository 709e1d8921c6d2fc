package dev.narrascope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class TextSimilarityTest {
  @Test
  void rougeL_handWorked() {
    // cand: the cat sat on mat (5), ref: the cat is on the mat (6); LCS "the cat on mat" = 4
    // P = 4/5, R = 4/6, F = 2PR/(P+R) = 0.727272…
    double p = 4.0 / 5, r = 4.0 / 6;
    assertThat(TextSimilarity.rougeL("The cat sat on mat.", "the cat is on the mat"))
        .isCloseTo(2 * p * r / (p + r), within(1e-9));
  }

  @Test
  void rougeL_identicalAndDisjoint() {
    assertThat(TextSimilarity.rougeL("Война в Украине", "война в украине")).isEqualTo(1.0);
    assertThat(TextSimilarity.rougeL("alpha beta", "gamma delta")).isZero();
  }

  @Test
  void chrF_handWorked() {
    // cand "ab", ref "abc": order 1: match 2, P 2/2, R 2/3; order 2: match 1, P 1/1, R 1/2;
    // orders 3..6: the candidate is too short, skipped. P = 1, R = (2/3 + 1/2)/2 = 7/12.
    // chrF(beta 2) = 5·P·R / (4P + R)
    double p = 1, r = 7.0 / 12;
    assertThat(TextSimilarity.chrF("a b", "abc")).isCloseTo(5 * p * r / (4 * p + r), within(1e-9));
  }

  @Test
  void chrF_identical_isOne() {
    assertThat(TextSimilarity.chrF("Climate fears are amplified.", "Climate fears are amplified.")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void overlaps_countsSharedContentWordsOnly() {
    String gold = "The article blames western sanctions for the crisis";
    assertThat(TextSimilarity.overlaps("Western sanctions caused it", gold, 2)).isTrue();
    // "the" and "for" are too short to count as content words
    assertThat(TextSimilarity.overlaps("the crisis for the", gold, 2)).isFalse();
  }

  @Test
  void tokens_keepDevanagariMarks() {
    assertThat(TextSimilarity.tokens("यूक्रेन युद्ध!")).containsExactly("यूक्रेन", "युद्ध");
  }
}
