package dev.narrascope.quote;

import java.util.List;

/** Picks a direct quote's speaker among its candidates, given what the rules picked. */
interface SpeakerChooser {
  /**
   * @param start      offset of the quote's first word
   * @param end        offset after its last word
   * @param words      how many words the quote has
   * @param rule       the rules' speaker, or {@code null}
   * @param candidates the candidates around the quote, possibly empty
   * @return the speaker, or {@code null} for none
   */
  String choose(int start, int end, int words, String rule, List<SpeakerCandidate> candidates);
}
