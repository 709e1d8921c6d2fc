package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.app.analysis.StoryRefresh;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's analysis path for documents that arrive over HTTP: extract, run the pipeline (without
 * reposts and stories), then find reposts and stories over the batch and the stored corpus and store
 * everything with {@link StoryRefresh}, as {@code narrascope analyze} does. Thread-safe: analysis runs
 * concurrently, storing is serialised because each refresh replaces the store's stories.
 */
final class ArticleIngestion {
  private final ArticleExtractor extractor;
  private final Pipeline pipeline;
  private final ArticleStore store;

  ArticleIngestion(ArticleExtractor extractor, Pipeline pipeline, ArticleStore store) {
    this.extractor = extractor;
    this.pipeline = pipeline;
    this.store = store;
  }

  Dtos.IngestResult ingest(List<RawDocument> docs, Findings findings, int received) {
    // Keyed by id: the same article twice in one request is one article, as in the CLI.
    Map<String, Article> articles = new LinkedHashMap<>();
    for (RawDocument doc : docs) {
      Article a = extractor.extract(doc, findings);
      if (a != null) articles.putIfAbsent(a.id(), a);
    }
    List<Article> done = pipeline.run(new ArrayList<>(articles.values()), findings);
    int added = 0;
    if (!done.isEmpty()) {
      synchronized (this) {
        StoryRefresh.Stored stored = StoryRefresh.store(store, done, findings);
        done = stored.batch();
        added = stored.added();
      }
    }
    if (findings.count() > 0) store.addFindings(findings.list());
    return new Dtos.IngestResult(received, done.size(), added, done.stream().map(Article::id).toList(),
        findings.list(), findings.count());
  }
}
