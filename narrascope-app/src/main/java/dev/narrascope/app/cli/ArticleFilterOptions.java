package dev.narrascope.app.cli;

import dev.narrascope.store.ArticleQuery;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The article filters of the commands that list stored articles ({@code search}, {@code review}), as one mixin. */
final class ArticleFilterOptions {
  @Option(names = "--narrative", paramLabel = "N", description = "Only articles with this narrative or sub-narrative label.")
  String narrative;

  @Option(names = "--outlet", paramLabel = "O", description = "Only articles from this outlet.")
  String outlet;

  @Option(names = "--actor", paramLabel = "A", description = "Only articles framing this actor (canonical name).")
  String actor;

  @Option(names = "--lang", paramLabel = "L", description = "Only articles in this language.")
  String lang;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE.")
  LocalDate to;

  /** Whether any filter is given. */
  boolean any() {
    return narrative != null || outlet != null || actor != null || lang != null || from != null || to != null;
  }

  /** All articles narrowed by the filters given. */
  ArticleQuery query() {
    return ArticleQuery.all().withNarrative(narrative).withOutlet(outlet).withActor(actor).withLanguage(lang).withDates(from, to);
  }
}
