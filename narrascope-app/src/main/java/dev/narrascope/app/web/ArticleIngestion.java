package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.app.analysis.BatchIngest;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.List;

/**
 * The CLI's analysis path for documents that arrive over HTTP: extract, then analyse and store the
 * batch with {@link BatchIngest}, as {@code narrascope analyze} does. Thread-safe: analysis runs
 * concurrently; the index-and-write step is serialised by the store, and the requests that arrive
 * while one is being written are written together (one {@link BatchIngest} for the server).
 */
final class ArticleIngestion {
  private final ArticleExtractor extractor;
  private final BatchIngest batches;

  ArticleIngestion(ArticleExtractor extractor, Pipeline pipeline, ArticleStore store) {
    this.extractor = extractor;
    this.batches = new BatchIngest(pipeline, store);
  }

  Dtos.IngestResult ingest(List<RawDocument> docs, Findings findings, int received) {
    // The same article twice in one request is one article: BatchIngest keys the batch by id.
    BatchIngest.Stored stored = batches.ingestDocuments(extractor, docs, findings);
    List<Article> done = stored.articles();
    return new Dtos.IngestResult(received, done.size(), stored.added(), done.stream().map(Article::id).toList(),
        done.stream().map(a -> a.analysis().storyId()).toList(), findings.list(), findings.count());
  }
}
