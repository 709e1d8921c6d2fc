package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.app.analysis.BatchIngest;
import dev.narrascope.app.watch.DocumentSink;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
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
    List<Article> articles = new ArrayList<>();
    for (RawDocument doc : docs) {
      Article a = extractor.extract(doc, findings);
      if (a != null) articles.add(a);
    }
    BatchIngest.Stored stored = batches.ingest(articles, findings, a -> {});
    return new Stored(stored.articles().stream().map(Article::id).toList(), stored.added());
  }
}
