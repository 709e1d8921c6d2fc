package dev.narrascope;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded, thread-safe collector of {@link Finding}s. Counts every finding but keeps at most
 * {@code capacity} of them, so a corpus of a million broken lines cannot exhaust memory.
 */
public final class Findings {
  private final int capacity;
  private final List<Finding> kept = new ArrayList<>();
  private long total;

  private Findings(int capacity) {
    this.capacity = capacity;
  }

  /** Keeps up to {@code capacity} findings. */
  public static Findings tracking(int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
    return new Findings(capacity);
  }

  /** Counts findings but keeps none. */
  public static Findings none() {
    return new Findings(0);
  }

  public synchronized void add(Finding finding) {
    total++;
    if (kept.size() < capacity) kept.add(finding);
  }

  public void add(String stage, String code, String input, String message) {
    add(new Finding(stage, code, input, message));
  }

  public synchronized List<Finding> list() {
    return List.copyOf(kept);
  }

  public synchronized long count() {
    return total;
  }
}
