package dev.narrascope.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pure function made of each word (or n-gram) seen, remembered for every caller: the per-word
 * work of the analysis stages (name keys, story terms, Lingua's rules and trigram terms) is repeated
 * for every article, and news repeats its words. Bounded by a number of keys: once full, further keys
 * are computed each time and not kept, so memory stays fixed however much text passes. Thread-safe.
 *
 * @param <V> the remembered value; never {@code null} (use a sentinel for "none")
 */
public final class BoundedMemo<V> {
  private final Map<String, V> values = new ConcurrentHashMap<>();
  private final int maxKeys;

  public BoundedMemo(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /**
   * The value remembered for {@code key}, else {@code compute(key)}, remembered while fewer than the
   * bound are; when two threads compute the same key, both get the value remembered first.
   */
  public V get(String key, Function<String, ? extends V> compute) {
    V known = values.get(key);
    if (known != null) return known;
    V value = compute.apply(key);
    if (values.size() < maxKeys) {
      V first = values.putIfAbsent(key, value);
      if (first != null) return first;
    }
    return value;
  }
}
