package dev.narrascope;

import java.util.Objects;

/**
 * A typed name for one thing the pipeline knows about an article or a batch (its language, its
 * entities, its story…). Stages declare the keys they require and produce, so that
 * {@link Pipeline.Builder#build()} can refuse a chain in which a stage would read something no
 * earlier stage wrote. The type says what the key stands for, e.g. {@code Key<List<Quote>>}.
 *
 * @param name lowerCamel name used in messages
 * @param type the Java type of the value the key names
 */
public record Key<T>(String name, Class<?> type) {
  public Key {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name;
  }
}
