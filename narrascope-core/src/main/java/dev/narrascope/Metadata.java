package dev.narrascope;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** An article's or a document's further fields, read-only. */
final class Metadata {
  private Metadata() {}

  /**
   * An unmodifiable copy in key order: {@code Map.copyOf} iterates in an order that changes from one
   * JVM to the next, which made the same input give differently ordered JSON on every run.
   */
  static Map<String, String> copyOf(Map<String, String> metadata) {
    return metadata == null || metadata.isEmpty() ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
  }
}
