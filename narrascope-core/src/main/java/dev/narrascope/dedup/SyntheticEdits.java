package dev.narrascope.dedup;

import dev.narrascope.Article;
import dev.narrascope.ArticleIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes reposts of an article the way copy sites do, to measure near-duplicate detection: a new or
 * re-cased headline, boilerplate paragraphs inserted at the top or bottom ("Ads Blocker Detected",
 * "Also read:", "Source link"), paragraphs shuffled (sentences, for a one-paragraph text), the last
 * paragraph sometimes dropped, and a few words replaced ({@code wordChangeRate}). Seeded and
 * deterministic; not thread-safe (one instance per thread).
 *
 * <pre>{@code
 * Article copy = new SyntheticEdits(new Random(1), 0.03).edit(original, original.published().plusDays(1), "copycat.example");
 * }</pre>
 */
public final class SyntheticEdits {
  private static final String[] BOILERPLATE = {
      "Subscribe to our newsletter for the latest updates delivered to your inbox every morning.",
      "Ads Blocker Detected. Please support our journalism by disabling your ad blocker.",
      "Also read: the ten most shared stories of the week, chosen by our editors.",
      "Follow us on social media and share this article with your friends. Source link."};
  private static final String[] FILLER_WORDS = {"really", "very", "now", "reportedly", "indeed", "also", "recently"};

  private final Random rnd;
  private final double wordChangeRate;

  /** @throws IllegalArgumentException unless {@code wordChangeRate} is in [0,1) */
  public SyntheticEdits(Random rnd, double wordChangeRate) {
    if (!(wordChangeRate >= 0 && wordChangeRate < 1)) throw new IllegalArgumentException("wordChangeRate must be in [0,1): " + wordChangeRate);
    this.rnd = rnd;
    this.wordChangeRate = wordChangeRate;
  }

  /** A repost of {@code a} published on {@code date} by {@code outlet}; its id follows from its content. */
  public Article edit(Article a, LocalDate date, String outlet) {
    List<String> parts = new ArrayList<>(List.of(a.text().split("\n\n")));
    boolean sentences = parts.size() == 1;
    if (sentences) parts = new ArrayList<>(List.of(a.text().split("(?<=[.!?])\\s+")));
    if (rnd.nextBoolean()) Collections.shuffle(parts, rnd);
    if (rnd.nextDouble() < 0.3 && parts.size() > 3) parts.remove(parts.size() - 1);
    List<String> edited = new ArrayList<>();
    for (String p : parts) {
      String[] words = p.split(" ");
      for (int i = 0; i < words.length; i++) if (rnd.nextDouble() < wordChangeRate) words[i] = FILLER_WORDS[rnd.nextInt(FILLER_WORDS.length)];
      edited.add(String.join(" ", words));
    }
    int boiler = rnd.nextInt(3);
    for (int b = 0; b < boiler; b++) edited.add(rnd.nextBoolean() ? 0 : edited.size(), BOILERPLATE[rnd.nextInt(BOILERPLATE.length)]);
    String title = rnd.nextBoolean() ? a.title() : "Breaking: " + a.title().toLowerCase(Locale.ROOT);
    String text = String.join(sentences ? " " : "\n\n", edited);
    return new Article(ArticleIds.of(title, text + outlet + date), "synthetic-edit", null, title, outlet, date, a.language(),
        a.languageConfidence(), text, null, null);
  }
}
