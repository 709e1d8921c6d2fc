package dev.narrascope.app.cli;

import dev.narrascope.Article;
import dev.narrascope.Story;
import dev.narrascope.app.report.ComparisonFormat;
import dev.narrascope.app.report.ComparisonWriter;
import dev.narrascope.compare.OutletComparator;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrascope compare STORY_ID}: how each outlet tells one stored story, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare how the outlets of one story tell it: articles, narratives, framing of shared actors, "
        + "quotes and distinctive words.")
public final class CompareCommand implements Callable<Integer> {
  /** At most this many articles of one story are compared. */
  static final int MAX_ARTICLES = 1000;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STORY_ID", description = "Id of a stored story (see the analysis report).")
  String storyId;

  @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ComparisonFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    try (ArticleStore st = store.open()) {
      Story story = st.story(storyId)
          .orElseThrow(() -> new IllegalArgumentException("unknown story id: " + storyId + " (not in " + store.spec + ")"));
      List<Article> articles = st.find(ArticleQuery.all().withStory(storyId).page(0, MAX_ARTICLES));
      ComparisonWriter.write(format, story, OutletComparator.compare(articles), spec.commandLine().getOut());
    }
    return 0;
  }
}
