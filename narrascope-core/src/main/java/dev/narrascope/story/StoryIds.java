package dev.narrascope.story;

import dev.narrascope.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names clusters so that ids survive re-clustering: each id held before (in {@code storyId}) goes
 * to the cluster holding most of its articles (biggest overlaps first, each id and cluster used
 * once, so a split keeps the id on its bigger part); other clusters are named
 * {@code "s-" + founding article id}. Stateless; thread-safe.
 */
final class StoryIds {
  static final String PREFIX = "s-";

  private StoryIds() {}

  static String[] assign(List<Article> batch, List<List<Integer>> clusters) {
    record Overlap(int cluster, String id, int count) {}
    List<Overlap> overlaps = new ArrayList<>();
    for (int c = 0; c < clusters.size(); c++) {
      Map<String, Integer> held = new HashMap<>();
      for (int i : clusters.get(c)) {
        String prev = batch.get(i).analysis().storyId();
        if (prev != null) held.merge(prev, 1, Integer::sum);
      }
      for (var e : held.entrySet()) overlaps.add(new Overlap(c, e.getKey(), e.getValue()));
    }
    overlaps.sort(Comparator.comparingInt(Overlap::count).reversed().thenComparingInt(Overlap::cluster)
        .thenComparing(Overlap::id));
    String[] ids = new String[clusters.size()];
    Set<String> used = new HashSet<>();
    for (Overlap o : overlaps) {
      if (ids[o.cluster()] == null && used.add(o.id())) ids[o.cluster()] = o.id();
    }
    Comparator<Integer> earliest = StoryClusterer.earliestFirst(batch);
    for (int c = 0; c < clusters.size(); c++) {
      if (ids[c] != null) continue;
      String base = PREFIX + batch.get(clusters.get(c).stream().min(earliest).orElseThrow()).id();
      String id = base;
      for (int k = 2; !used.add(id); k++) id = base + "-" + k;
      ids[c] = id;
    }
    return ids;
  }
}
