package dev.narrascope.app.cli;

import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import picocli.CommandLine.Option;

/** The shared {@code --db} option. */
public final class StoreOption {
  @Option(names = "--db", paramLabel = "DB", defaultValue = Stores.DEFAULT_SPEC,
      description = "Store: sqlite:PATH (default: ${DEFAULT-VALUE}) or a postgresql:// URL.")
  String spec;

  /** Said when a store's stories predate the story index (an upgraded store). */
  static final String UNINDEXED = "warning: this store's stories predate the story index, so new articles cannot join them:"
      + " run 'narrascope recluster' once";

  public ArticleStore open() {
    return Stores.open(spec);
  }
}
