package dev.narrascope;

import java.util.List;

/**
 * Why the article is assigned its dominant narrative: at most 80 words built from its own sentences.
 *
 * @param narrative    dominant narrative label, or {@code "Other"}
 * @param subNarrative dominant sub-narrative label, or {@code "Other"}
 * @param text         the explanation (≤ 80 words)
 * @param evidence     the sentences it rests on, with offsets into the clean text
 */
public record Explanation(String narrative, String subNarrative, String text, List<Evidence> evidence) {
  public Explanation {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
