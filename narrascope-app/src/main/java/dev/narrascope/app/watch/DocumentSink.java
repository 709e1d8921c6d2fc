package dev.narrascope.app.watch;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.util.List;

/**
 * Where the watcher hands the documents one cycle found: analysis and storage live behind this, so
 * the watcher does not depend on how the product stores articles. Implementations also record the
 * cycle's findings with the articles. Called from one thread at a time per watcher.
 */
public interface DocumentSink {
  /**
   * What a call stored.
   *
   * @param ids   the ids of the articles stored (new or already known), in input order
   * @param added how many of those ids were new to the store
   */
  record Stored(List<String> ids, int added) {
    public static final Stored NONE = new Stored(List.of(), 0);

    public Stored {
      ids = List.copyOf(ids);
    }
  }

  /**
   * Analyses and stores {@code docs}; problems with single documents go to {@code findings}.
   *
   * @throws RuntimeException when the store itself fails (the watcher then keeps the documents for the next cycle)
   */
  Stored store(List<RawDocument> docs, Findings findings);
}
