package dev.narrascope.app.analysis;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one write path of {@code analyze}, {@code serve} and {@code watch}: a batch of extracted
 * articles minus those the store already holds (skipped before any analysis, so a re-run after a
 * crash only does the missing work) goes through the pipeline's per-article stages, concurrently
 * with other batches, then through its stateful tail (reposts, stories) inside the store's batch
 * transaction, which writes the articles, the index rows and the findings together. The cost is
 * the batch's, whatever the store holds. Thread-safe.
 */
public final class BatchIngest {
  /**
   * The batch as stored: its new articles with their reposts and stories, and the articles it
   * repeated as the store holds them, in input order.
   *
   * @param added how many were new to the store
   * @param known how many the store already held (not analysed again)
   */
  public record Stored(List<Article> articles, int added, int known) {}

  private final Pipeline pipeline;
  private final ArticleStore store;

  public BatchIngest(Pipeline pipeline, ArticleStore store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  /** Extracts the documents (what cannot be becomes a finding) and stores the articles as one batch. */
  public Stored ingestDocuments(ArticleExtractor extractor, List<RawDocument> docs, Findings findings) {
    List<Article> articles = new ArrayList<>();
    for (RawDocument doc : docs) {
      Article a = extractor.extract(doc, findings);
      if (a != null) articles.add(a);
    }
    return ingest(articles, findings, a -> {});
  }

  /**
   * Analyses and stores one batch; {@code findings} (this batch's) are stored with it.
   *
   * @param onAnalysed called per new article when its per-article stages are done (progress)
   */
  public Stored ingest(Collection<Article> extracted, Findings findings, Consumer<Article> onAnalysed) {
    return store(analyse(extracted, findings, onAnalysed, Set.of()));
  }

  /**
   * A batch through its per-article stages, not yet stored: what {@link #store} writes. Holding one
   * lets a caller analyse the next batch while this one's tail runs (see {@code analyze}).
   */
  public static final class Analysed {
    private final Map<String, Article> byId;
    private final Set<String> known;
    private final List<Article> analysed;
    private final Findings findings;

    private Analysed(Map<String, Article> byId, Set<String> known, List<Article> analysed, Findings findings) {
      this.byId = byId;
      this.known = known;
      this.analysed = analysed;
      this.findings = findings;
    }

    /** The batch's article ids, in input order. */
    public Set<String> ids() {
      return byId.keySet();
    }
  }

  /**
   * The first half of {@link #ingest}: drops what the store holds and analyses the rest; reads the
   * store only to skip. {@code unstored} are ids of an earlier batch that is analysed but whose
   * store may not have committed yet: they count as held, as they would once it has, so the result
   * is the same as storing the batches one after the other.
   */
  public Analysed analyse(Collection<Article> extracted, Findings findings, Consumer<Article> onAnalysed,
                          Set<String> unstored) {
    // Keyed by id: the same article twice in one batch is one article.
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : extracted) byId.putIfAbsent(a.id(), a);
    Set<String> known = new HashSet<>(byId.isEmpty() ? Set.of() : store.knownIds(byId.keySet()));
    for (String id : byId.keySet()) if (unstored.contains(id)) known.add(id);
    List<Article> fresh = byId.values().stream().filter(a -> !known.contains(a.id())).toList();
    return new Analysed(byId, known, pipeline.analyse(fresh, findings, onAnalysed), findings);
  }

  /**
   * The second half of {@link #ingest}: the stateful tail inside the store's batch transaction.
   * Batches must be stored in the order they were analysed, one at a time.
   */
  public Stored store(Analysed batch) {
    List<Article> indexed = new ArrayList<>();
    int added = 0;
    if (!batch.analysed.isEmpty() || batch.findings.count() > 0) {
      added = store.writeBatch(state -> indexed.addAll(pipeline.index(batch.analysed, state, batch.findings)),
          batch.findings.list());
    }
    Map<String, Article> out = new LinkedHashMap<>();
    batch.byId.keySet().forEach(id -> out.put(id, null));
    indexed.forEach(a -> out.put(a.id(), a));
    for (String id : batch.known) store.get(id).ifPresent(a -> out.put(id, a));
    out.values().removeIf(a -> a == null);
    return new Stored(List.copyOf(out.values()), added, batch.known.size());
  }
}
