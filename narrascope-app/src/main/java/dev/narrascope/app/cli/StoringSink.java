package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.app.analysis.BatchIngest;
import dev.narrascope.app.watch.DocumentSink;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.List;

/**
 * The watcher's way into the store: extract, then {@link BatchIngest} (skip known articles, analyse,
 * store the batch with its reposts, stories and findings in one transaction), as
 * {@code narrascope analyze} and {@code POST /api/articles} do. Thread-safe: the store serialises the
 * batch writes of the watcher, the server and any other writer.
 */
public final class StoringSink implements DocumentSink {
  private final ArticleExtractor extractor;
  private final BatchIngest batches;

  public StoringSink(ArticleStore store, ArticleExtractor extractor, Pipeline pipeline) {
    this.extractor = extractor;
    this.batches = new BatchIngest(pipeline, store);
  }

  @Override
  public Stored store(List<RawDocument> docs, Findings findings) {
    BatchIngest.Stored stored = batches.ingestDocuments(extractor, docs, findings);
    return new Stored(stored.articles().stream().map(Article::id).toList(), stored.added());
  }
}
