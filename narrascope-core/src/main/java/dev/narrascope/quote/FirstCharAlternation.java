package dev.narrascope.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alternation of words as a regex grouped by first character: {@code s(?:aid|ays|…)|t(?:old|…)|…}
 * instead of {@code said|says|…|told|…}. It matches exactly what the flat alternation matches (two
 * alternatives that start with different characters never match at the same place, and each group keeps
 * its alternatives' order), but the regex engine tries one character per group instead of every
 * alternative at every word: the speech-cue patterns run over every sentence and around every quote.
 */
final class FirstCharAlternation {
  private FirstCharAlternation() {}

  /**
   * @param alternatives regex alternatives, all lower case; one that starts with a regex construct
   *     rather than a plain letter (a look-behind, a group) or whose first letter is quantified stays on
   *     its own
   */
  static String of(List<String> alternatives) {
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    List<String> alone = new ArrayList<>();
    for (String a : alternatives) {
      if (a.isEmpty() || !Character.isLetter(a.charAt(0)) || a.length() > 1 && "?*+{".indexOf(a.charAt(1)) >= 0) alone.add(a);
      else byFirst.computeIfAbsent(a.charAt(0), c -> new ArrayList<>()).add(a.substring(1));
    }
    List<String> parts = new ArrayList<>();
    byFirst.forEach((first, rests) -> parts.add(rests.size() == 1
        ? first + rests.get(0)
        : first + "(?:" + String.join("|", rests) + ")"));
    parts.addAll(alone);
    return String.join("|", parts);
  }
}
