package dev.narrascope;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One cleaned article and everything the pipeline has learnt about it. Immutable: stages return a
 * copy through the {@code with…} methods.
 *
 * <p>Offsets in every analysis result ({@link Evidence}, {@link Quote}, {@link EntityMention})
 * count UTF-16 chars of {@link #text()}.
 *
 * @param id                 stable id derived from normalised content (see {@link ArticleIds})
 * @param origin             where the article was read from (path, archive entry, JSONL line)
 * @param url                article URL, or {@code null}
 * @param title              title, or empty
 * @param outlet             outlet name or domain, or {@code null} when it cannot be inferred (never invented)
 * @param published          publication date, or {@code null} when unknown
 * @param language           ISO 639-1 code, or {@code "und"} when undetermined
 * @param languageConfidence confidence of {@code language} in [0,1]
 * @param text               the clean body text: paragraphs separated by blank lines
 * @param metadata           extra fields kept from the input (author, categories, unknown JSON fields)
 * @param analysis           narratives, actors, quotes, story…; {@link Analysis#EMPTY} before those stages
 */
public record Article(String id, String origin, String url, String title, String outlet, LocalDate published,
                      String language, double languageConfidence, String text, Map<String, String> metadata,
                      Analysis analysis) {
  public static final String UNDETERMINED_LANGUAGE = "und";

  /**
   * Earliest published first, undated last, ties by id: the order in which the product calls an
   * article first (a repost group's original, a story's founder, a story's first article).
   */
  public static final Comparator<Article> EARLIEST_FIRST = Comparator
      .comparing(Article::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
      .thenComparing(Article::id);

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    language = language == null ? UNDETERMINED_LANGUAGE : language;
    metadata = Metadata.copyOf(metadata);
    analysis = analysis == null ? Analysis.EMPTY : analysis;
  }

  public Article withLanguage(String language, double confidence) {
    return new Article(id, origin, url, title, outlet, published, language, confidence, text, metadata, analysis);
  }

  /** Returns a copy with new clean text; the id is kept, since it names the input, not the cleaning result. */
  public Article withText(String text) {
    return new Article(id, origin, url, title, outlet, published, language, languageConfidence, text, metadata, analysis);
  }

  public Article withOutlet(String outlet) {
    return new Article(id, origin, url, title, outlet, published, language, languageConfidence, text, metadata, analysis);
  }

  public Article withAnalysis(Analysis analysis) {
    return new Article(id, origin, url, title, outlet, published, language, languageConfidence, text, metadata, analysis);
  }
}
