package dev.narrascope;

import dev.narrascope.corpus.CorpusState;
import java.util.List;

/**
 * A corpus step that works against the state kept between batches (reposts, stories): it looks the
 * batch up in that state's indexes and records what the batch adds to them, so a batch costs what
 * the batch costs, whatever is stored. The state is an in-memory one for a one-off run, or a store's
 * for a stored corpus ({@code ArticleStore.writeBatch}); the stage cannot tell the difference.
 * Returns the batch in the same order; only this thread touches {@code state} meanwhile.
 */
public interface StatefulStage extends Stage {
  List<Article> apply(List<Article> batch, CorpusState state, Findings findings);
}
