package dev.narrascope.llm;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.narrative.Taxonomy;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Labels articles with a model behind an OpenAI-compatible endpoint: builds each prompt from the
 * taxonomy, answers from the cache when it can, asks the endpoint otherwise (at most
 * {@link LlmSettings#concurrency()} requests in flight across all callers), and validates the answer.
 * An article the model fails on gets an {@code llm-fallback} finding and an empty result, so the
 * caller keeps the bundled models' labels. Thread-safe; its worker threads are daemons.
 *
 * <pre>{@code
 * LlmLabeller llm = new LlmLabeller(LlmSettings.of("http://localhost:11434/v1", "qwen2.5"), Taxonomy.defaults(), Definitions.none());
 * List<Optional<LlmLabels>> labels = llm.labelAll(articles, findings);
 * err.println(llm.usage().summary(llm.model()));
 * }</pre>
 */
public final class LlmLabeller {
  private final LlmSettings settings;
  private final Taxonomy taxonomy;
  private final PromptBuilder prompts;
  private final AnswerValidator validator;
  private final ChatClient client;
  private final AnswerCache cache;
  private final ExecutorService workers;
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong fromCache = new AtomicLong();
  private final AtomicLong fellBack = new AtomicLong();
  private final AtomicLong promptTokens = new AtomicLong();
  private final AtomicLong completionTokens = new AtomicLong();
  private final AtomicLong answered = new AtomicLong();
  private final Consumer<LlmUsage> progress;

  /**
   * @param taxonomy    the labels the model may answer with (that of the narrative model in use)
   * @param definitions the labels' definitions for the prompt, or {@link Definitions#none()}
   */
  public LlmLabeller(LlmSettings settings, Taxonomy taxonomy, Definitions definitions) {
    this(settings, taxonomy, definitions, usage -> {});
  }

  /**
   * @param progress told the counts so far (articles: those done) after every {@value #PROGRESS_EVERY}th
   *                 article answered or fallen back (a model may take seconds per article: a long run
   *                 should say it is moving)
   */
  public LlmLabeller(LlmSettings settings, Taxonomy taxonomy, Definitions definitions, Consumer<LlmUsage> progress) {
    this.progress = progress;
    this.settings = settings;
    this.taxonomy = taxonomy;
    this.prompts = new PromptBuilder(taxonomy, definitions);
    this.validator = new AnswerValidator(taxonomy);
    this.client = new ChatClient(settings);
    this.cache = new AnswerCache(settings.cacheDir());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "narrascope-llm");
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true); // idle between batches (a server waiting for uploads): hold no threads
    this.workers = pool;
  }

  public String model() {
    return settings.model();
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Counts so far. */
  public LlmUsage usage() {
    return new LlmUsage(articles.get(), fromCache.get(), fellBack.get(), promptTokens.get(), completionTokens.get());
  }

  /**
   * Labels a batch, {@link LlmSettings#concurrency()} articles at a time.
   *
   * @return per article, in input order, the model's labels, or empty where it failed (recorded in {@code findings})
   */
  public List<Optional<LlmLabels>> labelAll(List<Article> batch, Findings findings) {
    List<Future<Optional<LlmLabels>>> futures = new ArrayList<>();
    articles.addAndGet(batch.size());
    for (Article a : batch) futures.add(workers.submit(() -> ask(a, findings)));
    List<Optional<LlmLabels>> out = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      try {
        out.add(futures.get(i).get());
      } catch (InterruptedException e) {
        // Stopping (the run is being shut down): what is not answered yet keeps the bundled labels, uncounted.
        futures.forEach(f -> f.cancel(true));
        Thread.currentThread().interrupt();
        while (out.size() < batch.size()) out.add(Optional.empty());
        return out;
      } catch (ExecutionException | CancellationException e) {
        out.add(fallBack(batch.get(i), findings, String.valueOf(e.getCause() == null ? e : e.getCause())));
      }
    }
    return out;
  }

  /** Labels one article in the calling thread; empty (with a finding) where the model fails. */
  public Optional<LlmLabels> label(Article article, Findings findings) {
    articles.incrementAndGet();
    return ask(article, findings);
  }

  /** How many articles between two {@code progress} reports. */
  public static final int PROGRESS_EVERY = 10;

  private Optional<LlmLabels> ask(Article article, Findings findings) {
    try {
      return askModel(article, findings);
    } finally {
      long done = answered.incrementAndGet();
      if (done % PROGRESS_EVERY == 0) {
        progress.accept(new LlmUsage(done, fromCache.get(), fellBack.get(), promptTokens.get(), completionTokens.get()));
      }
    }
  }

  private Optional<LlmLabels> askModel(Article article, Findings findings) {
    Prompt prompt = prompts.build(article);
    String key = prompt.cacheKey(settings.model());
    List<String> actors = article.analysis().actors().stream().map(ActorFraming::actor).toList();
    Optional<ChatAnswer> cached = cache.get(key);
    try {
      if (cached.isPresent()) {
        LlmLabels labels = validator.validate(cached.get().content(), article.text(), actors, findings, name(article));
        fromCache.incrementAndGet();
        return Optional.of(labels);
      }
      ChatAnswer answer = client.complete(prompt);
      promptTokens.addAndGet(answer.promptTokens());
      completionTokens.addAndGet(answer.completionTokens());
      LlmLabels labels = validator.validate(answer.content(), article.text(), actors, findings, name(article));
      store(key, answer, findings, article);
      return Optional.of(labels);
    } catch (LlmException e) {
      return fallBack(article, findings, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fallBack(article, findings, "interrupted");
    }
  }

  private void store(String key, ChatAnswer answer, Findings findings, Article article) {
    try {
      cache.put(key, settings.model(), answer);
    } catch (UncheckedIOException e) {
      findings.add(LlmStage.NAME, "cache-failed", name(article), e.getMessage() + ": " + e.getCause());
    }
  }

  private Optional<LlmLabels> fallBack(Article article, Findings findings, String why) {
    fellBack.incrementAndGet();
    findings.add(LlmStage.NAME, "llm-fallback", name(article), "LLM " + settings.model() + " failed (" + why + "); the bundled models' labels are kept");
    return Optional.empty();
  }

  private static String name(Article a) {
    return a.origin() == null ? a.id() : a.origin();
  }
}
