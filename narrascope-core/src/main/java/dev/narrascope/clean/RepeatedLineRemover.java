package dev.narrascope.clean;

import dev.narrascope.Article;
import dev.narrascope.CorpusStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes outlet boilerplate that no single page reveals: paragraphs (or lines) that recur in most
 * articles of the same outlet ("Follow us on Telegram…", a standard disclaimer). A paragraph goes
 * when it appears, after normalising case, whitespace and digits, in at least {@code minShare} of
 * the outlet's distinct articles and in at least {@code minArticles} of them. Articles without an
 * outlet are grouped by URL host, else left alone. Exact copies count once, and an article that
 * would lose more than half its text is kept whole (it is a repost, which dedup must still see).
 * Ids are unchanged. Immutable and thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(RepeatedLineRemover.defaults()).build();
 * }</pre>
 */
public final class RepeatedLineRemover implements CorpusStage {
  public static final String NAME = "repeatedLines";

  private static final Pattern NUMBER = Pattern.compile("\\d+([,.\\u00a0 ]\\d+)*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final double minShare;
  private final int minArticles;

  private RepeatedLineRemover(double minShare, int minArticles) {
    if (!(minShare > 0 && minShare <= 1)) throw new IllegalArgumentException("minShare must be in (0,1]: " + minShare);
    if (minArticles < 2) throw new IllegalArgumentException("minArticles must be >= 2: " + minArticles);
    this.minShare = minShare;
    this.minArticles = minArticles;
  }

  /** At least 60% of an outlet's articles, and at least 3 of them. */
  public static RepeatedLineRemover defaults() {
    return new RepeatedLineRemover(0.6, 3);
  }

  /**
   * @param minShare    share of an outlet's distinct articles a paragraph must appear in, in (0,1]
   * @param minArticles least number of articles it must appear in, at least 2
   * @throws IllegalArgumentException when either is out of range
   */
  public static RepeatedLineRemover of(double minShare, int minArticles) {
    return new RepeatedLineRemover(minShare, minArticles);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.CLEAN_TEXT);
  }

  @Override
  public List<Article> apply(List<Article> batch, Findings findings) {
    Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      String key = outletKey(batch.get(i));
      if (key != null) byOutlet.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<Article> out = new ArrayList<>(batch);
    for (List<Integer> group : byOutlet.values()) {
      if (group.size() < minArticles) continue;
      Set<String> repeated = repeatedParagraphs(group.stream().map(batch::get).toList());
      if (repeated.isEmpty()) continue;
      for (int i : group) out.set(i, strip(batch.get(i), repeated));
    }
    return out;
  }

  private Set<String> repeatedParagraphs(List<Article> articles) {
    Set<String> seenTexts = new HashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    int distinct = 0;
    for (Article a : articles) {
      if (!seenTexts.add(normalise(a.text()))) continue;
      distinct++;
      Set<String> inThis = new HashSet<>();
      for (String p : paragraphs(a.text())) inThis.add(normalise(p));
      inThis.forEach(p -> counts.merge(p, 1, Integer::sum));
    }
    int needed = Math.max(minArticles, (int) Math.ceil(minShare * distinct));
    Set<String> repeated = new HashSet<>();
    counts.forEach((p, n) -> { if (n >= needed && !p.isEmpty()) repeated.add(p); });
    return repeated;
  }

  private static Article strip(Article a, Set<String> repeated) {
    List<String> blocks = new ArrayList<>();
    int removedChars = 0;
    for (String block : a.text().split("\\n\\s*\\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\\n")) {
        if (line.isBlank()) continue;
        if (repeated.contains(normalise(line))) removedChars += line.length();
        else lines.add(line.strip());
      }
      if (!lines.isEmpty()) blocks.add(String.join("\n", lines));
    }
    if (removedChars == 0 || removedChars > a.text().length() / 2) return a;
    return a.withText(String.join("\n\n", blocks));
  }

  /** Paragraphs are blank-line separated; single lines inside them count on their own, as scrapers often drop blank lines. */
  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      for (String line : block.split("\\n")) if (!line.isBlank()) out.add(line.strip());
    }
    return out;
  }

  private static String outletKey(Article a) {
    if (a.outlet() != null && !a.outlet().isBlank()) return a.outlet().strip().toLowerCase(Locale.ROOT);
    String host = PageMetadata.host(a.url());
    return host == null ? null : host;
  }

  static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .transform(t -> NUMBER.matcher(t).replaceAll("0")).transform(t -> SPACES.matcher(t).replaceAll(" ")).strip();
  }
}
