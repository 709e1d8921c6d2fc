package dev.narrascope.spark;

import java.io.Serializable;

/**
 * How the run's batches are cut for clustering stories on the executors ({@link DistributedStories}):
 * segment {@code k} holds batches {@code [k·batches, (k+1)·batches)} and is clustered on its own,
 * after a lead-in of the previous segment's last {@code leadIn} batches, which it clusters again so
 * that stories running across the cut are continued rather than begun twice.
 *
 * @param batches CLI batches per segment (at least 1)
 * @param leadIn  batches of the previous segment clustered again first (1 to {@code batches})
 */
record StorySegments(int batches, int leadIn) implements Serializable {
  StorySegments {
    if (batches < 1) throw new IllegalArgumentException("segments need at least one batch: " + batches);
    if (leadIn < 1 || leadIn > batches) throw new IllegalArgumentException("lead-in of 1 to " + batches + " batches: " + leadIn);
  }

  /** A quarter of the segment as its lead-in (at least one batch). */
  static StorySegments of(int batches) {
    return new StorySegments(batches, Math.max(1, batches / 4));
  }

  long segment(long batch) {
    return batch / batches;
  }

  /** Whether the batch is also the lead-in of the next segment. */
  boolean leadsIn(long batch) {
    return batch % batches >= batches - leadIn;
  }
}
