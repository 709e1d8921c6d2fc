package dev.narrascope.story;

import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Two events of one kind told apart by who they are about: a story whose reports fall into two groups that
 * each name a different person in their first sentences, and hardly ever both ("Klitschko stops Rahman" and
 * "Klitschko stops Thompson", four years apart; two players of one team arrested for drunk driving).
 * Words and sentence embeddings see the same kind of event twice ("heavyweight", "retains his titles"),
 * and once a story holds both events it is the best story for each of their reports one by one.
 */
final class NameSplit {
  /**
   * Reports each event's group must have: a split leaves two stories of at least five tellings each, never a
   * stray report or two (ECB+ dev: 4 parts the same two stories, 6 only one of them; docs/stories.md).
   */
  static final int MIN_SIDE = 5;
  /** Share of the story the two groups (and the few naming both) must cover: the two people are what it is about. */
  static final double MIN_COVER = 0.6;
  /** Reports that may name both people: one telling may recall the earlier event. */
  static final int MAX_BOTH = 1;
  /** Characters of text whose people count: the first sentences, as the sentence embedding reads them. */
  static final int LEAD = ArticleEmbedder.EMBEDDED_CHARS;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameSplit() {}

  /** The canonical names of the people an article names in its first {@link #LEAD} characters. */
  static List<String> people(Article a) {
    Set<String> out = new TreeSet<>();
    for (EntityMention e : a.analysis().entities()) {
      if (e.start() < LEAD && "PERSON".equals(e.type()) && e.canonical() != null && !e.canonical().isBlank()) {
        out.add(e.canonical());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The members (positions in {@code names}) that leave to found the second event's story, or an empty list:
   * the best pair of people each named by at least {@link #MIN_SIDE} members without the other, by at most
   * {@link #MAX_BOTH} members together, the two groups covering {@link #MIN_COVER} of the story, and no word in
   * common (two spellings of one name are one person). The group of the person named by fewer leaves.
   */
  static List<Integer> leaving(List<? extends Collection<String>> names) {
    int n = names.size();
    if (n < 2 * MIN_SIDE) return List.of();
    Map<String, Integer> count = new HashMap<>();
    for (Collection<String> s : names) for (String p : s) count.merge(p, 1, Integer::sum);
    List<String> frequent = new ArrayList<>();
    count.forEach((p, c) -> { if (c >= MIN_SIDE) frequent.add(p); });
    frequent.sort(null);
    String bestA = null, bestB = null;
    int best = 0;
    for (int x = 0; x < frequent.size(); x++) {
      for (int y = x + 1; y < frequent.size(); y++) {
        String a = frequent.get(x), b = frequent.get(y);
        int onlyA = 0, onlyB = 0, both = 0;
        for (Collection<String> s : names) {
          boolean hasA = s.contains(a), hasB = s.contains(b);
          if (hasA && hasB) both++;
          else if (hasA) onlyA++;
          else if (hasB) onlyB++;
        }
        int score = Math.min(onlyA, onlyB);
        if (score < MIN_SIDE || both > MAX_BOTH || onlyA + onlyB + both < MIN_COVER * n || shareWord(a, b)) continue;
        if (score > best) {
          best = score;
          boolean aLeaves = onlyA < onlyB;
          bestA = aLeaves ? b : a;
          bestB = aLeaves ? a : b;
        }
      }
    }
    if (bestB == null) return List.of();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) if (names.get(i).contains(bestB) && !names.get(i).contains(bestA)) out.add(i);
    return out;
  }

  private static boolean shareWord(String a, String b) {
    Set<String> words = words(a);
    for (String w : words(b)) if (words.contains(w)) return true;
    return false;
  }

  /** The name's words of two or more letters or digits, in lower case. */
  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String w : NON_WORD.split(name.toLowerCase(Locale.ROOT))) if (w.length() > 1) out.add(w);
    return out;
  }
}
