package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
import dev.narrascope.corpus.CorpusState;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope recluster}: throws the story index away and rebuilds it by replaying every stored
 * article, earliest first, through reposts and stories, in one transaction. Adding news never does
 * this (it joins stories through the index); this is the explicit full re-clustering, e.g. after
 * upgrading a store written before the index existed or after a backfill of old articles.
 */
@Command(name = "recluster", mixinStandardHelpOptions = true,
    description = {"Re-cluster every stored article into reposts and stories (rebuilds the story index); reports how many moved.",
        "With --since DATE only the stories active since DATE are dissolved and their articles replayed."})
public final class ReclusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + AnalyzeCommand.DEFAULT_BATCH,
      description = "Articles replayed per step (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only the stories active since DATE (last article on or after it): dissolved and replayed; older stories stay.")
  LocalDate since;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    if (batchSize < 1) throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1: " + batchSize);
    PrintWriter err = spec.commandLine().getErr();
    Pipeline tail = Pipelines.tail();
    long start = System.nanoTime();
    try (ArticleStore st = store.open()) {
      long total = st.count(ArticleQuery.all());
      Progress progress = new Progress(err, !quiet, "replayed");
      BiConsumer<List<Article>, CorpusState> replay = (page, state) -> {
        tail.index(page, state, Findings.none());
        page.forEach(a -> progress.step());
      };
      ArticleStore.Rebuilt r = since == null ? st.rebuildCorpusState(batchSize, replay) : st.reclusterSince(since, batchSize, replay);
      progress.done();
      spec.commandLine().getOut().printf("re-clustered %s in %.1f s: %s changed story%n", Messages.count(r.articles(), "article"),
          (System.nanoTime() - start) / 1e9, Messages.count(r.moved(), "article"));
      spec.commandLine().getOut().flush();
      return since != null || total == r.articles() ? 0 : 1;
    }
  }
}
