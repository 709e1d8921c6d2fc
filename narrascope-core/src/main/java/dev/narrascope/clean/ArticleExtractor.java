package dev.narrascope.clean;

import dev.narrascope.Article;
import dev.narrascope.ArticleIds;
import dev.narrascope.DateLimits;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import dev.narrascope.ingest.Ingestor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link RawDocument} into an {@link Article}: title, outlet, date, metadata and clean body
 * text. HTML pages go through main-content extraction (furniture pruned, the best-scoring container
 * kept); scraped text through line-level boilerplate removal. What the container states (title,
 * source, date) wins over what is inferred from the content; nothing is invented. A publication date
 * before 1900 or after tomorrow ({@link DateLimits}), given or found, is recorded as an
 * {@value #IMPLAUSIBLE_DATE} finding and not used: the date is unknown unless the page holds a
 * plausible one. Language is left undetermined for the language stage. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Article a = ArticleExtractor.defaults().extract(RawDocument.html("page.html", html), findings);
 * if (a != null) System.out.println(a.title() + "\n\n" + a.text());
 * }</pre>
 */
public final class ArticleExtractor {
  public static final String STAGE = "clean";

  /** The finding for a publication date that cannot be right; the article is kept, its date unknown. */
  public static final String IMPLAUSIBLE_DATE = "implausible-date";

  private final HtmlExtractor html = new HtmlExtractor();
  private final Clock clock;

  private ArticleExtractor(Clock clock) {
    this.clock = clock;
  }

  public static ArticleExtractor defaults() {
    return new ArticleExtractor(Clock.systemDefaultZone());
  }

  /** A copy whose "today" (the limit of a plausible publication date) comes from {@code clock}. */
  public ArticleExtractor withClock(Clock clock) {
    return new ArticleExtractor(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Every article {@code ingestor} reads from {@code paths} that this extractor can extract, in reading
   * order; inputs that cannot be read or hold no usable text become findings. For whole inputs held in
   * memory at once (evaluation, benchmarks); {@code analyze} streams instead.
   */
  public List<Article> extractAll(Ingestor ingestor, List<Path> paths, Findings findings) {
    List<Article> out = new ArrayList<>();
    ingestor.read(paths, doc -> {
      Article a = extract(doc, findings);
      if (a != null) out.add(a);
    }, findings);
    return out;
  }

  /**
   * @param doc      the ingested document
   * @param findings where problems with {@code doc} are recorded
   * @return the article, or {@code null} (with a finding) when the document holds no usable text
   */
  public Article extract(RawDocument doc, Findings findings) {
    String title;
    String body;
    String url = doc.url();
    String outlet;
    LocalDate published;
    boolean titleInBody = false;
    Map<String, String> metadata = new LinkedHashMap<>();
    if (doc.kind() == RawDocument.Kind.HTML) {
      HtmlExtractor.Result r = html.extract(doc, findings);
      title = r.meta().title();
      body = r.body();
      url = r.meta().url();
      outlet = r.meta().outlet();
      published = r.meta().published();
      metadata.putAll(r.meta().extra());
    } else {
      ScrapedText t = ScrapedText.clean(doc.content());
      title = t.title();
      body = t.body();
      outlet = t.outlet() != null ? t.outlet() : PageMetadata.host(url);
      published = t.published();
      titleInBody = t.titleInBody();
      metadata.putAll(t.extra());
    }
    if (doc.title() != null && !doc.title().isBlank()) {
      // The container's title is authoritative; the text's first line then is either that title or body.
      if (doc.kind() == RawDocument.Kind.TEXT && !titleInBody && !sameText(title, doc.title())) body = join(title, body);
      // A record whose text is its title alone (a one-sentence item: a wire flash, an ECB+ document) has that text;
      // not one whose text was furniture that cleaning removed ("Follow us on social media"): that has none.
      else if (doc.kind() == RawDocument.Kind.TEXT && body.isBlank() && sameText(doc.content(), doc.title())) {
        body = doc.content().strip();
      }
      title = doc.title().strip();
    }
    if (doc.source() != null && !doc.source().isBlank()) {
      String source = doc.source().strip();
      // A feed that gives only the host says the same as a text naming the outlet: keep the name.
      boolean sameOutlet = outlet != null && OutletNames.isHost(source) && OutletNames.namesHost(outlet, source);
      if (!sameOutlet) outlet = source;
    }
    LocalDate given = Dates.given(doc.published());
    metadata.putAll(doc.metadata());
    if (body.isBlank()) {
      // A text of one line is read as a title with nothing under it: say so, since the file does hold text.
      boolean titleOnly = doc.kind() == RawDocument.Kind.TEXT && !title.isBlank() && doc.content().strip().lines().count() == 1;
      findings.add(STAGE, "no-text", doc.origin(), titleOnly
          ? "no article text found: the only line is taken as the title (put the text on the lines after it)"
          : "no article text found");
      return null;
    }
    // 0001-01-01 or 9999-12-31 are placeholders, not dates: kept, they would stretch every timeline.
    LocalDate today = LocalDate.now(clock);
    if (given != null && !plausible(given, today, doc, findings)) given = null;
    if (published != null && !plausible(published, today, doc, findings)) published = null;
    if (given != null) published = given;
    return new Article(ArticleIds.of(title, body), doc.origin(), url, title, outlet, published, null, 0,
        body, metadata, null);
  }

  /** Whether {@code d} can be a publication date; if not, says so in a finding. */
  private static boolean plausible(LocalDate d, LocalDate today, RawDocument doc, Findings findings) {
    if (DateLimits.isPlausiblePublication(d, today)) return true;
    findings.add(STAGE, IMPLAUSIBLE_DATE, doc.origin(), "publication date " + d + " is before " + DateLimits.FIRST_YEAR
        + " or after tomorrow; not used");
    return false;
  }

  private static String join(String first, String rest) {
    if (first.isBlank()) return rest;
    return rest.isBlank() ? first : first + "\n\n" + rest;
  }

  private static boolean sameText(String a, String b) {
    return a.replaceAll("\\W+", "").equalsIgnoreCase(b.replaceAll("\\W+", ""));
  }
}
