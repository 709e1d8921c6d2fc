package dev.narrascope.store;

import dev.narrascope.store.postgres.PostgresArticleStore;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.nio.file.Path;

/** Opens a store from a {@code --db} spec: {@code sqlite:PATH}, a plain file path, or a {@code postgresql://} URL. */
public final class Stores {
  /** Default location of the embedded store, relative to the working directory. */
  public static final String DEFAULT_SPEC = "sqlite:narrascope-data/narrascope.db";

  private Stores() {}

  /**
   * @throws IllegalArgumentException for an unknown scheme
   * @throws StoreException when the store cannot be opened
   */
  public static ArticleStore open(String spec) {
    if (spec == null || spec.isBlank()) spec = DEFAULT_SPEC;
    if (spec.startsWith("postgresql://") || spec.startsWith("postgres://") || spec.startsWith("jdbc:postgresql:")) {
      return PostgresArticleStore.open(spec);
    }
    if (spec.startsWith("sqlite:")) return SqliteArticleStore.open(Path.of(spec.substring("sqlite:".length())));
    if (spec.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      throw new IllegalArgumentException("Unknown store URL (use sqlite:PATH or postgresql://…): " + spec);
    }
    return SqliteArticleStore.open(Path.of(spec));
  }
}
