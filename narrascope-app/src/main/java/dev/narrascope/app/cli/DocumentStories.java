package dev.narrascope.app.cli;

import dev.narrascope.Findings;
import dev.narrascope.narrative.LabeledDocument;
import dev.narrascope.story.StoriesOfBatch;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The stories of labelled training documents, clustered as {@code analyze} would: for folds that keep a story together. */
final class DocumentStories {
  private DocumentStories() {}

  /** Story id by document id; a progress line on {@code err} unless null. */
  static Map<String, String> of(List<LabeledDocument> docs, PrintWriter err) {
    if (err != null) err.println("clustering " + Messages.count(docs.size(), "document") + " into stories for the folds…");
    Map<String, String> story =
        StoriesOfBatch.storyIds(docs.stream().map(LabeledDocument::asArticle).toList(), Findings.none());
    if (err != null) {
      Map<String, Long> sizes = story.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
      err.println(Messages.count(sizes.size(), "story", "stories") + ", "
          + sizes.values().stream().filter(n -> n > 1).count() + " of more than one document, the largest "
          + Messages.count(sizes.values().stream().mapToLong(Long::longValue).max().orElse(0), "document"));
    }
    return story;
  }
}
