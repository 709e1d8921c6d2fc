package dev.narrascope;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The analysis pipeline: per-article and corpus stages, run in the order added. Per-article stages
 * between two corpus stages run in parallel over the batch.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(languageStage).add(narrativeStage).addCorpus(storyClusterer).build();
 * List<Article> done = p.run(articles, findings, a -> {});
 * }</pre>
 * Thread-safe when its stages are (they must be).
 */
public final class Pipeline {
  private final List<Object> steps;

  private Pipeline(List<Object> steps) {
    this.steps = List.copyOf(steps);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every stage on the batch.
   *
   * @param onArticleDone called once per article when its last per-article stage is done (for progress)
   * @return the analysed batch, in input order
   */
  public List<Article> run(List<Article> batch, Findings findings, Consumer<Article> onArticleDone) {
    List<Article> current = new ArrayList<>(batch);
    int lastArticleStep = -1;
    for (int i = 0; i < steps.size(); i++) if (steps.get(i) instanceof ArticleStage) lastArticleStep = i;
    int i = 0;
    while (i < steps.size()) {
      if (steps.get(i) instanceof CorpusStage corpus) {
        current = new ArrayList<>(corpus.apply(List.copyOf(current), findings));
        i++;
        continue;
      }
      int from = i;
      while (i < steps.size() && steps.get(i) instanceof ArticleStage) i++;
      List<ArticleStage> run = steps.subList(from, i).stream().map(ArticleStage.class::cast).toList();
      boolean last = i - 1 == lastArticleStep;
      current = current.parallelStream().map(a -> {
        Article out = applyStages(run, a, findings);
        if (last) onArticleDone.accept(out);
        return out;
      }).collect(Collectors.toCollection(ArrayList::new));
    }
    if (lastArticleStep < 0) current.forEach(onArticleDone);
    return current;
  }

  /** Runs every stage on the batch, without progress callbacks. */
  public List<Article> run(List<Article> batch, Findings findings) {
    return run(batch, findings, a -> {});
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
    return steps.stream().map(s -> s instanceof ArticleStage a ? a.name() : ((CorpusStage) s).name())
        .collect(Collectors.joining(",", "Pipeline(", ")"));
  }

  /** Collects stages in order. */
  public static final class Builder {
    private final List<Object> steps = new ArrayList<>();

    public Builder add(ArticleStage stage) {
      steps.add(Objects.requireNonNull(stage, "stage may not be null"));
      return this;
    }

    public Builder addCorpus(CorpusStage stage) {
      steps.add(Objects.requireNonNull(stage, "stage may not be null"));
      return this;
    }

    public Pipeline build() {
      return new Pipeline(steps);
    }
  }
}
