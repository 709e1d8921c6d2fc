package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.app.analysis.StoryRefresh;
import dev.narrascope.app.watch.DocumentSink;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The watcher's way into the store, and the one place that knows the current storing path: extract,
 * run the pipeline (without reposts and stories), then {@link StoryRefresh#store} and the findings,
 * as {@code narrascope analyze} and {@code POST /api/articles} do. Swap this class when that path
 * changes. Storing is serialised on the store object.
 */
public final class StoringSink implements DocumentSink {
  private final ArticleStore store;
  private final ArticleExtractor extractor;
  private final Pipeline pipeline;

  /** @param pipeline a pipeline without reposts and stories (StoryRefresh finds those over the whole store) */
  public StoringSink(ArticleStore store, ArticleExtractor extractor, Pipeline pipeline) {
    this.store = store;
    this.extractor = extractor;
    this.pipeline = pipeline;
  }

  @Override
  public Stored store(List<RawDocument> docs, Findings findings) {
    Map<String, Article> articles = new LinkedHashMap<>();
    for (RawDocument doc : docs) {
      Article a = extractor.extract(doc, findings);
      if (a != null) articles.putIfAbsent(a.id(), a);
    }
    List<Article> done = pipeline.run(new ArrayList<>(articles.values()), findings);
    int added = 0;
    synchronized (store) {
      if (!done.isEmpty()) {
        StoryRefresh.Stored stored = StoryRefresh.store(store, done, findings);
        done = stored.batch();
        added = stored.added();
      }
      if (findings.count() > 0) store.addFindings(findings.list());
    }
    return new Stored(done.stream().map(Article::id).toList(), added);
  }
}
