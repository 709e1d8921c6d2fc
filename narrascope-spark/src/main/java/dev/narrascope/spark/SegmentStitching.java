package dev.narrascope.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the stories of consecutive segments ({@link StorySegments}) into the run's stories: a story of
 * segment {@code k} that holds lead-in articles (articles of segment {@code k-1} clustered again
 * first) continues the story that most of those articles are in for good — their own segment's, as
 * that one was continued in turn — and takes its id; ties go to the story of the earliest such article.
 * Every other story keeps its own id. A lead-in article itself stays where its own segment put it, and
 * no two earlier stories are ever joined here, so a story only grows forward.
 */
final class SegmentStitching {
  private SegmentStitching() {}

  /**
   * Where segment {@code segment} put article {@code article}: as one of its own ({@code leadIn}
   * false) or as a lead-in article of the previous segment.
   */
  record Placement(long segment, boolean leadIn, long index, String article, String story) {}

  /**
   * @param placements every lead-in placement, and the own placement of every article that leads
   *                   into the next segment (others are not needed), in any order
   * @return the id each continued story takes, by {@link #key} of its segment and its own id
   */
  static Map<String, String> continued(List<Placement> placements) {
    TreeMap<Long, List<Placement>> leadIns = new TreeMap<>();
    Map<String, Placement> own = new HashMap<>();
    for (Placement p : placements) {
      if (p.leadIn()) leadIns.computeIfAbsent(p.segment(), k -> new ArrayList<>()).add(p);
      else own.put(p.article(), p);
    }
    Map<String, String> continued = new HashMap<>();
    for (Map.Entry<Long, List<Placement>> segment : leadIns.entrySet()) {
      List<Placement> leadIn = new ArrayList<>(segment.getValue());
      leadIn.sort((x, y) -> Long.compare(x.index(), y.index()));
      // Per story of this segment, the votes of its lead-in articles, first voter's target first.
      Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
      for (Placement p : leadIn) {
        Placement before = own.get(p.article());
        if (before == null) continue;
        String target = continued.getOrDefault(key(before.segment(), before.story()), before.story());
        votes.computeIfAbsent(p.story(), s -> new LinkedHashMap<>()).merge(target, 1, Integer::sum);
      }
      votes.forEach((story, targets) -> {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> t : targets.entrySet()) {
          if (t.getValue() > most) {
            best = t.getKey();
            most = t.getValue();
          }
        }
        continued.put(key(segment.getKey(), story), best);
      });
    }
    return continued;
  }

  /** The key of a segment's own story id in {@link #continued}'s answer. */
  static String key(long segment, String story) {
    return segment + "\t" + story;
  }
}
