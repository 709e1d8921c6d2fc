package dev.narrascope.story;

import dev.narrascope.Article;
import dev.narrascope.ArticleIds;
import dev.narrascope.dedup.SyntheticEdits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of labelled synthetic news for benchmarks and tests: stories with their own
 * names, numbers and topic words over a shared Zipf-distributed vocabulary (so unrelated stories
 * share common words, and some share a popular name), told by different outlets in their own words,
 * plus reposts: copies of an earlier article made by {@link SyntheticEdits} (3% of words changed).
 * Deterministic for a seed; not thread-safe (one
 * instance per thread).
 *
 * <pre>{@code
 * List<SyntheticNews.Item> items = new SyntheticNews(42).generate(10_000);
 * }</pre>
 */
public final class SyntheticNews {
  /**
   * One generated article with its truth.
   *
   * @param story    the story it tells
   * @param original id of the article it copies (the first of its copy group), or {@code null}
   */
  public record Item(Article article, String story, String original) {}

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "to", "va", "sor", "pel", "ni", "dra", "gu", "be",
      "fen", "ta", "ri", "mon", "sa", "ve", "lu", "kor", "di", "nel", "po", "zar", "ho", "tri", "ma", "sen", "el", "an"};
  private static final double REPOST_SHARE = 0.12;

  private final Random rnd;
  private final SyntheticEdits edits;
  private final String[] common;
  private final String[] names;
  private final String[] popular;
  private final double[] zipf;

  public SyntheticNews(long seed) {
    rnd = new Random(seed);
    edits = new SyntheticEdits(rnd, 0.03);
    common = words(3000, 2, 3, false);
    names = words(20000, 2, 4, true);
    popular = words(40, 2, 3, true);
    zipf = new double[common.length];
    double s = 0;
    for (int i = 0; i < common.length; i++) zipf[i] = s += 1.0 / (i + 1);
    for (int i = 0; i < common.length; i++) zipf[i] /= s;
  }

  /** About {@code articles} articles (exactly that many), stories in random order of time. */
  public List<Item> generate(int articles) {
    List<Item> out = new ArrayList<>(articles);
    int story = 0;
    while (out.size() < articles) {
      int size = Math.min(articles - out.size(), 1 + (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 4));
      out.addAll(story("story-" + story++, size));
    }
    return out;
  }

  private List<Item> story(String key, int size) {
    String[] who = new String[3];
    for (int i = 0; i < who.length; i++) who[i] = rnd.nextDouble() < 0.3 ? pick(popular) : pick(names);
    String[] topic = new String[12];
    for (int i = 0; i < topic.length; i++) topic[i] = common[200 + rnd.nextInt(common.length - 200)];
    String[] numbers = {String.valueOf(10 + rnd.nextInt(990)), String.valueOf(1 + rnd.nextInt(99)) + "." + rnd.nextInt(10)};
    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(365));
    List<Item> items = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      LocalDate date = start.plusDays(rnd.nextInt(4));
      String outlet = "outlet" + rnd.nextInt(40) + ".example";
      if (k > 0 && rnd.nextDouble() < REPOST_SHARE) {
        Item source = items.get(rnd.nextInt(items.size()));
        Article copy = edits.edit(source.article(), date.isBefore(source.article().published()) ? source.article().published() : date, outlet);
        items.add(new Item(copy, key, source.original() == null ? source.article().id() : source.original()));
        continue;
      }
      StringBuilder title = new StringBuilder();
      for (int w = 0; w < 7; w++) {
        String word = w % 3 == 0 ? pick(who) : w % 3 == 1 ? pick(topic) : common[sampleCommon()];
        title.append(w == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        StringBuilder para = new StringBuilder();
        for (int s = 0; s < 2 + rnd.nextInt(2); s++) para.append(s == 0 ? "" : " ").append(sentence(who, topic, numbers));
        paragraphs.add(para.toString());
      }
      items.add(new Item(article(title.toString(), String.join("\n\n", paragraphs), outlet, date), key, null));
    }
    return items;
  }

  private String sentence(String[] who, String[] topic, String[] numbers) {
    int len = 12 + rnd.nextInt(7);
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < len; w++) {
      double r = rnd.nextDouble();
      String word = r < 0.25 ? pick(topic) : r < 0.35 ? pick(who) : r < 0.38 ? pick(numbers) : common[sampleCommon()];
      if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      sb.append(w == 0 ? "" : " ").append(word);
    }
    return sb.append('.').toString();
  }

  private Article article(String title, String text, String outlet, LocalDate date) {
    return new Article(ArticleIds.of(title, text + outlet + date), "synthetic", null, title, outlet, date, "en", 1.0, text, null, null);
  }

  private int sampleCommon() {
    int i = java.util.Arrays.binarySearch(zipf, rnd.nextDouble());
    return Math.min(common.length - 1, i >= 0 ? i : -i - 1);
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private String[] words(int n, int minSyl, int maxSyl, boolean capital) {
    String[] out = new String[n];
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      String w;
      do {
        StringBuilder sb = new StringBuilder();
        int syl = minSyl + rnd.nextInt(maxSyl - minSyl + 1);
        for (int s = 0; s < syl; s++) sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        w = sb.toString();
      } while (!seen.add(w));
      out[i] = capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
    }
    return out;
  }
}
