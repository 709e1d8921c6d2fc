package dev.narrascope;

import java.util.Set;

/**
 * What every pipeline step declares: its name and the {@link Key}s it reads and writes, so that a
 * misordered chain is refused when the pipeline is built rather than producing empty results.
 */
public interface Stage {
  /** The stage's name: lowerCamel, used in logs, findings and the pipeline spec. */
  String name();

  /** What must be known before this stage runs. */
  Set<Key<?>> requires();

  /** What is known after it. */
  Set<Key<?>> produces();
}
