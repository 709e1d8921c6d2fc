package dev.narrascope.app.analysis;

import dev.narrascope.Article;
import dev.narrascope.CoreShare;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.RawDocument;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

  /** Most articles written in one transaction for concurrent callers: {@code analyze}'s default batch. */
  static final int MAX_GROUP_ARTICLES = 1_000;

  private final Pipeline pipeline;
  private final ArticleStore store;
  /** Batches waiting to be written, oldest first; its monitor also guards {@link #writing}. */
  private final ArrayDeque<PendingWrite> queue = new ArrayDeque<>();
  private boolean writing;

  public BatchIngest(Pipeline pipeline, ArticleStore store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  /** Extracts the documents (what cannot be becomes a finding) and stores the articles as one batch. */
  public Stored ingestDocuments(ArticleExtractor extractor, List<RawDocument> docs, Findings findings) {
    List<Article> articles = new ArrayList<>();
    for (RawDocument doc : docs) {
      Article a = CoreShare.MACHINE.analysing(() -> extractor.extract(doc, findings));
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
   * One caller must store its batches in the order they were analysed, one at a time.
   *
   * <p>Concurrent callers (the server's POSTs) are written together: while one write runs, the batches
   * that arrive queue up, and the next caller to find the store free writes all of them (up to
   * {@value #MAX_GROUP_ARTICLES} articles) in one transaction and hands each caller its own articles.
   * The write is the part of adding news the store serialises, and its cost per article falls with the
   * batch (index pages, candidate stories and the commit are shared), so this raises what any number of
   * cores can ingest; the articles of a group are clustered as one batch, in arrival order. A lone caller
   * always writes alone, so {@code analyze} is unchanged. If a group's write fails, nothing of it was
   * committed and each of its batches is written alone, so one caller's failure stays its own.
   */
  public Stored store(Analysed batch) {
    PendingWrite mine = new PendingWrite(batch);
    boolean interrupted = false;
    synchronized (queue) {
      queue.add(mine);
    }
    try {
      while (true) {
        List<PendingWrite> group;
        synchronized (queue) {
          while (writing && !mine.done()) {
            try {
              queue.wait();
            } catch (InterruptedException e) {
              interrupted = true; // the batch is queued and will be written: the caller waits for it
            }
          }
          if (mine.done()) return mine.result();
          writing = true;
          group = takeGroup();
        }
        try {
          CoreShare.MACHINE.writing(() -> writeGroup(group));
        } finally {
          synchronized (queue) {
            writing = false;
            queue.notifyAll();
          }
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  /** Batches waiting for a write (for tests). */
  int queued() {
    synchronized (queue) {
      return queue.size();
    }
  }

  /** The queue's head and what follows it, up to {@value #MAX_GROUP_ARTICLES} articles. Holds the queue's lock. */
  private List<PendingWrite> takeGroup() {
    List<PendingWrite> group = new ArrayList<>();
    int articles = 0;
    while (!queue.isEmpty()) {
      int next = queue.peek().batch.analysed.size();
      if (!group.isEmpty() && articles + next > MAX_GROUP_ARTICLES) break;
      group.add(queue.poll());
      articles += next;
    }
    return group;
  }

  private void writeGroup(List<PendingWrite> group) {
    if (group.size() == 1) {
      group.get(0).complete(() -> write(group.get(0).batch));
      return;
    }
    Together together = new Together(group);
    try {
      together.write();
    } catch (RuntimeException | Error e) {
      for (PendingWrite p : group) p.complete(() -> write(p.batch));
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      int k = i;
      group.get(i).complete(() -> together.result(k));
    }
  }

  /** One batch, one transaction. */
  private Stored write(Analysed batch) {
    List<Article> indexed = new ArrayList<>();
    int added = 0;
    if (!batch.analysed.isEmpty() || batch.findings.count() > 0) {
      added = store.writeBatch(state -> indexed.addAll(pipeline.index(batch.analysed, state, batch.findings)),
          batch.findings.list());
    }
    return stored(batch, indexed, added, batch.known.size());
  }

  /** The caller's articles in its input order: those the write indexed, then those the store already held. */
  private Stored stored(Analysed batch, List<Article> indexed, int added, int known) {
    Map<String, Article> out = new LinkedHashMap<>();
    batch.byId.keySet().forEach(id -> out.put(id, null));
    for (Article a : indexed) if (out.containsKey(a.id())) out.put(a.id(), a);
    for (String id : batch.known) store.get(id).ifPresent(a -> out.put(id, a));
    out.values().removeIf(a -> a == null);
    return new Stored(List.copyOf(out.values()), added, known);
  }

  /**
   * Several callers' batches in one transaction, in queue order. An article in two of them (posted twice
   * at once) was analysed by both but is stored once, by the first; the second gets it as stored and
   * counts it as known.
   */
  private final class Together {
    private final List<PendingWrite> group;
    private final int[] contributed;
    private final List<Article> indexed = new ArrayList<>();
    /** The tail's own findings (it has none today) concern the whole group: each caller gets them. */
    private final Findings tail = Findings.tracking(1_000);

    Together(List<PendingWrite> group) {
      this.group = group;
      this.contributed = new int[group.size()];
    }

    void write() {
      List<Article> all = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < group.size(); i++) {
        Analysed b = group.get(i).batch;
        for (Article a : b.analysed) {
          if (seen.add(a.id())) {
            all.add(a);
            contributed[i]++;
          }
        }
        findings.addAll(b.findings.list());
      }
      if (!all.isEmpty() || !findings.isEmpty()) {
        store.writeBatch(state -> indexed.addAll(pipeline.index(all, state, tail)), findings);
      }
    }

    Stored result(int i) {
      Analysed b = group.get(i).batch;
      tail.list().forEach(b.findings::add);
      return stored(b, indexed, contributed[i], b.known.size() + b.analysed.size() - contributed[i]);
    }
  }

  /** A batch waiting to be written, and what became of it. */
  private static final class PendingWrite {
    final Analysed batch;
    private Stored result;
    private Throwable failure;

    PendingWrite(Analysed batch) {
      this.batch = batch;
    }

    /** Runs the write and keeps its outcome, whatever it is; the writer wakes the waiting callers afterwards. */
    void complete(Supplier<Stored> write) {
      Stored r = null;
      Throwable f = null;
      try {
        r = write.get();
      } catch (RuntimeException | Error e) {
        f = e;
      }
      synchronized (this) {
        result = r;
        failure = f;
      }
    }

    synchronized boolean done() {
      return result != null || failure != null;
    }

    synchronized Stored result() {
      if (failure instanceof Error e) throw e;
      if (failure != null) throw (RuntimeException) failure;
      return result;
    }
  }
}
