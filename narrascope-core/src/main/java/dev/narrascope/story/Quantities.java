package dev.narrascope.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a text states, each with what it counts: "6.1 magnitude", "12 people", "11th Doctor",
 * "26-year-old" give the values 6.1, 12, 11th, 26 of the kinds "magnit", "people", "doctor", "old" (the
 * kind is the next word that is not a stop word, as a {@link Terms} term). Two events of one topic
 * differ in exactly these (an earthquake's magnitude, a death toll, which Doctor), while tellings of
 * one event repeat them. Stateless; thread-safe.
 */
final class Quantities {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?(?![\\p{L}\\d])");
  /** How many words after a figure may name its kind: the first, or the second after a stop word ("26-year-old"). */
  private static final int KIND_WORDS = 2;

  private final Map<String, Set<String>> byKind;
  private final Set<String> values;

  private Quantities(Map<String, Set<String>> byKind, Set<String> values) {
    this.byKind = byKind;
    this.values = values;
  }

  /** The figures of {@code text} that name a kind. */
  static Quantities of(String text) {
    Map<String, Set<String>> byKind = new HashMap<>();
    Set<String> values = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String kind = kind(text, m.end());
      if (kind == null) continue;
      String value = m.group().replace(",", "");
      byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(value);
      values.add(value);
    }
    return new Quantities(byKind, values);
  }

  /** Both sets of figures together (a story's members). */
  Quantities plus(Quantities other) {
    Map<String, Set<String>> byKind = new HashMap<>();
    byKind.putAll(this.byKind);
    other.byKind.forEach((k, v) -> byKind.merge(k, v, (x, y) -> {
      Set<String> u = new HashSet<>(x);
      u.addAll(y);
      return u;
    }));
    Set<String> values = new HashSet<>(this.values);
    values.addAll(other.values);
    return new Quantities(byKind, values);
  }

  static Quantities none() {
    return new Quantities(Map.of(), Set.of());
  }

  /** Whether the two state a figure of one kind with different values and share no figure at all. */
  boolean conflicts(Quantities other) {
    for (String v : values) if (other.values.contains(v)) return false;
    for (String k : byKind.keySet()) if (other.byKind.containsKey(k)) return true;
    return false;
  }

  /** The kind term of the figure ending at {@code from}: the next word, across spaces and hyphens only, or {@code null}. */
  private static String kind(String text, int from) {
    int i = from;
    for (int w = 0; w < KIND_WORDS; w++) {
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) i++;
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
      if (i == start) return null;
      String term = Terms.term(text.substring(start, i));
      if (term != null) return term;
    }
    return null;
  }
}
