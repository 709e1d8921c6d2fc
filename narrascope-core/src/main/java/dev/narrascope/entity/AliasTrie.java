package dev.narrascope.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gazetteer entries by their aliases' token sequences (each token's stem or key), one level per
 * token, so that a match can stop at the first token that no alias continues with. Word tokens hold
 * no spaces, so this finds what a map keyed by the tokens joined with spaces finds. Filled once by
 * {@link Gazetteer}, then only read: thread-safe after that.
 */
final class AliasTrie {
  private final Map<String, AliasTrie> next = new HashMap<>();
  private Gazetteer.Entry entry;

  /** Sets the entry of this token sequence unless one is set already (the first listed wins). */
  void putIfAbsent(List<String> tokens, Gazetteer.Entry e) {
    AliasTrie node = this;
    for (String t : tokens) node = node.next.computeIfAbsent(t, k -> new AliasTrie());
    if (node.entry == null) node.entry = e;
  }

  /** The entry of exactly this token sequence, or {@code null}. */
  Gazetteer.Entry get(List<String> tokens) {
    AliasTrie node = this;
    for (int i = 0; i < tokens.size() && node != null; i++) node = node.next(tokens.get(i));
    return node == null ? null : node.entry;
  }

  /** The node one token further, or {@code null} when no alias continues with {@code token}. */
  AliasTrie next(String token) {
    return next.get(token);
  }

  /** The entry whose alias ends here, or {@code null}. */
  Gazetteer.Entry entry() {
    return entry;
  }
}
