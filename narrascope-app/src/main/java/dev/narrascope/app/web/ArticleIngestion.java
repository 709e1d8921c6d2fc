package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.app.analysis.BatchIngest;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's analysis path for documents that arrive over HTTP: extract, then analyse and store the
 * batch with {@link BatchIngest}, as {@code narrascope analyze} does. Thread-safe: analysis runs
 * concurrently; only the short index-and-write step of each batch is serialised (by the store).
 */
final class ArticleIngestion {
  private final ArticleExtractor extractor;
  private final BatchIngest batches;

  ArticleIngestion(ArticleExtractor extractor, Pipeline pipeline, ArticleStore store) {
    this.extractor = extractor;
    this.batches = new BatchIngest(pipeline, store);
  }

  Dtos.IngestResult ingest(List<RawDocument> docs, Findings findings, int received) {
    // Keyed by id: the same article twice in one request is one article, as in the CLI.
    Map<String, Article> articles = new LinkedHashMap<>();
    for (RawDocument doc : docs) {
      Article a = extractor.extract(doc, findings);
      if (a != null) articles.putIfAbsent(a.id(), a);
    }
    BatchIngest.Stored stored = batches.ingest(articles.values(), findings, a -> {});
    List<Article> done = stored.articles();
    return new Dtos.IngestResult(received, done.size(), stored.added(), done.stream().map(Article::id).toList(),
        done.stream().map(a -> a.analysis().storyId()).toList(), findings.list(), findings.count());
  }
}
