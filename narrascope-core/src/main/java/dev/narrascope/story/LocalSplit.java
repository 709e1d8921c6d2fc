package dev.narrascope.story;

import dev.narrascope.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two events in one story, found by clustering the story's members among themselves, from scratch and with all of
 * them present (document frequencies counted over them alone, with the background): the single pass and the sweeps
 * then see every telling of both events at once, as one batch does, where the story took them in one by one while
 * its corpus was young and every word looked rare. Two events fall into two parts; one event's tellings stay one
 * (ECB+ dev, docs/stories.md). Word statistics only: the sentence-embedding split had its say at each join, and
 * stored members' embeddings would have to be computed again.
 */
final class LocalSplit {
  /** Members each of the two parts must have: a split leaves two stories of at least five tellings each. */
  static final int MIN_PART = 5;
  /**
   * Share of the members the two largest parts must hold together: a story that falls apart into several pieces is
   * one event told in several ways. On ECB+ dev in batches of 50 (stories of 10–50 members clustered alone after the
   * fact) 0.8 and 0.9 parted the same stories, 0.7 also one-event ones (docs/stories.md).
   */
  static final double MIN_COVER = 0.8;

  private LocalSplit() {}

  /**
   * The ids of the members that leave to found a story of their own, or an empty set: the members are clustered alone
   * at {@code threshold}; when the two largest parts each hold {@link #MIN_PART} members and together
   * {@link #MIN_COVER} of them, the one of the two without {@code firstId} (the story's first member, which keeps the
   * story and its id) leaves; where neither holds it, the smaller.
   */
  static Set<String> leaving(List<Article> members, String firstId, double threshold) {
    if (members.size() < 2 * MIN_PART) return Set.of();
    Map<String, List<String>> parts = new LinkedHashMap<>();
    for (Article a : StoryClusterer.ofMembers(threshold).cluster(members).articles()) {
      parts.computeIfAbsent(a.analysis().storyId(), k -> new ArrayList<>()).add(a.id());
    }
    List<List<String>> largest = new ArrayList<>(parts.values());
    largest.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
    if (largest.size() < 2 || largest.get(1).size() < MIN_PART) return Set.of();
    List<String> a = largest.get(0), b = largest.get(1);
    if (a.size() + b.size() < MIN_COVER * members.size()) return Set.of();
    return new HashSet<>(b.contains(firstId) ? a : b);
  }
}
