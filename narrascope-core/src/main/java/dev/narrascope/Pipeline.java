package dev.narrascope;

import dev.narrascope.corpus.CorpusState;
import dev.narrascope.corpus.InMemoryCorpusState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The analysis pipeline: per-article, batch and stateful corpus stages, run in the order added.
 * Per-article stages between two batch stages run in parallel over the batch, on one pool shared by
 * every caller (one worker per core), while the caller's thread waits. The stateful stages
 * (reposts, stories) form the pipeline's tail and run against a {@link CorpusState}: a fresh
 * in-memory one for {@link #run(List, Findings)}, a store's for a stored corpus. Callers that store
 * results run the two halves apart: {@link #analyse} (the costly part, concurrently) and then
 * {@link #index} inside the store's batch transaction.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(languageStage).add(narrativeStage).add(storyClusterer).build();
 * List<Article> done = p.run(articles, findings);
 * }</pre>
 * Thread-safe when its stages are (they must be).
 */
public final class Pipeline {
  /**
   * Where per-article stages run: one worker per core, shared by every caller. Concurrent batches (the
   * server's POSTs) queue their articles here and their threads wait; run as parallel streams of their own,
   * each caller's thread split its batch over the common pool too and kept scanning the pool's queues while
   * it waited (`ForkJoinPool.helpComplete`, 16 % of the CPU samples of 8 clients posting on 2 cores).
   */
  private static final ForkJoinPool ANALYSIS = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
    ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    t.setName("narrascope-analysis-" + t.getPoolIndex());
    return t;
  }, null, false);

  private final List<Stage> head;
  private final List<StatefulStage> tail;

  private Pipeline(List<Stage> head, List<StatefulStage> tail) {
    this.head = List.copyOf(head);
    this.tail = List.copyOf(tail);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs every stage on the batch against a fresh in-memory corpus state, without progress callbacks. */
  public List<Article> run(List<Article> batch, Findings findings) {
    return run(batch, new InMemoryCorpusState(), findings, a -> {});
  }

  /**
   * Runs every stage on the batch: {@link #analyse} then {@link #index}.
   *
   * @param onArticleDone called once per article when its last per-article stage is done (for progress)
   * @return the analysed batch, in input order
   */
  public List<Article> run(List<Article> batch, CorpusState state, Findings findings, Consumer<Article> onArticleDone) {
    return index(analyse(batch, findings, onArticleDone), state, findings);
  }

  /** The per-article and batch stages (everything before the stateful tail); the batch in input order. */
  public List<Article> analyse(List<Article> batch, Findings findings, Consumer<Article> onArticleDone) {
    List<Article> current = new ArrayList<>(batch);
    int lastArticleStep = -1;
    for (int i = 0; i < head.size(); i++) if (head.get(i) instanceof ArticleStage) lastArticleStep = i;
    int i = 0;
    while (i < head.size()) {
      if (head.get(i) instanceof CorpusStage corpus) {
        current = new ArrayList<>(corpus.apply(List.copyOf(current), findings));
        i++;
        continue;
      }
      int from = i;
      while (i < head.size() && head.get(i) instanceof ArticleStage) i++;
      List<ArticleStage> run = head.subList(from, i).stream().map(ArticleStage.class::cast).toList();
      boolean last = i - 1 == lastArticleStep;
      List<Article> in = current;
      current = ANALYSIS.submit(() -> in.parallelStream().map(a -> {
        Article out = CoreShare.MACHINE.analysing(() -> applyStages(run, a, findings));
        if (last) onArticleDone.accept(out);
        return out;
      }).collect(Collectors.toCollection(ArrayList::new))).join();
    }
    if (lastArticleStep < 0) current.forEach(onArticleDone);
    return current;
  }

  /**
   * The stateful tail (reposts, stories) over an analysed batch: looks it up in {@code state},
   * records what it adds there, and finally hands the finished articles to
   * {@link CorpusState#putArticles}, so that a store writes them with the index rows in one
   * transaction. Call from one thread per state.
   */
  public List<Article> index(List<Article> analysed, CorpusState state, Findings findings) {
    List<Article> current = List.copyOf(analysed);
    for (StatefulStage stage : tail) current = List.copyOf(stage.apply(current, state, findings));
    state.putArticles(current);
    return current;
  }

  private static Article applyStages(List<ArticleStage> stages, Article article, Findings findings) {
    Article current = article;
    for (ArticleStage stage : stages) {
      try {
        current = stage.apply(current, findings);
      } catch (RuntimeException e) {
        // A stage bug on one article must not lose the batch: record it and keep the last good state.
        findings.add(stage.name(), "stage-failed", article.origin() == null ? article.id() : article.origin(),
            stage.name() + " failed: " + e);
      }
    }
    return current;
  }

  @Override
  public String toString() {
    List<Stage> all = new ArrayList<>(head);
    all.addAll(tail);
    return all.stream().map(Stage::name).collect(Collectors.joining(",", "Pipeline(", ")"));
  }

  /**
   * Collects stages in order and checks the chain: every stage's {@link Stage#requires()} must be
   * produced by an earlier stage (or be known from extraction, {@link Keys#EXTRACTED}), and stateful
   * stages come last.
   */
  public static final class Builder {
    private final List<Stage> head = new ArrayList<>();
    private final List<StatefulStage> tail = new ArrayList<>();
    private final Set<Key<?>> known = new LinkedHashSet<>(Keys.EXTRACTED);
    private String misordered;

    /** Declares what the input articles already carry (e.g. a language set by the caller), beyond {@link Keys#EXTRACTED}. */
    public Builder given(Key<?>... keys) {
      known.addAll(List.of(keys));
      return this;
    }

    /**
     * Adds a per-article ({@link ArticleStage}), batch ({@link CorpusStage}) or stateful
     * ({@link StatefulStage}) stage.
     */
    public Builder add(Stage stage) {
      Objects.requireNonNull(stage, "stage may not be null");
      if (!(stage instanceof ArticleStage || stage instanceof CorpusStage || stage instanceof StatefulStage)) {
        throw new IllegalArgumentException("stage '" + stage.name() + "' is neither a per-article, batch nor stateful stage");
      }
      for (Key<?> key : stage.requires()) {
        if (!known.contains(key) && misordered == null) {
          misordered = "stage '" + stage.name() + "' requires '" + key + "', which no stage before it produces"
              + " (known here: " + known.stream().map(Key::name).collect(Collectors.joining(", ")) + ")";
        }
      }
      if (stage instanceof StatefulStage s) tail.add(s);
      else if (!tail.isEmpty() && misordered == null) {
        misordered = "stage '" + stage.name() + "' comes after the stateful stage '" + tail.get(tail.size() - 1).name()
            + "'; stateful stages (reposts, stories) must come last";
      } else head.add(stage);
      known.addAll(stage.produces());
      return this;
    }

    /** @throws IllegalStateException naming the first stage whose requirement is missing, or a misplaced stage */
    public Pipeline build() {
      if (misordered != null) throw new IllegalStateException("Misordered pipeline: " + misordered);
      return new Pipeline(head, tail);
    }
  }
}
