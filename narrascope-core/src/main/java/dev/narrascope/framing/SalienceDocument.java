package dev.narrascope.framing;

import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.entity.EntityStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One annotated article as the "is this actor framed?" decision sees it: the features of each
 * candidate actor the entity stage finds in it, and for each entity the annotators framed, which
 * candidates stand for it (a mention overlapping an annotated one, or the same name). Immutable.
 *
 * @param language    lower-case language code
 * @param key         {@code language/documentId}, unique in a corpus
 * @param features    per candidate, most mentioned first
 * @param positive    per candidate: whether it stands for an annotated entity
 * @param goldMatches per annotated entity (distinct entity string): the candidates standing for it, maybe none
 */
record SalienceDocument(String language, String key, List<Map<String, Double>> features, boolean[] positive,
                        List<int[]> goldMatches) {

  int candidates() {
    return features.size();
  }

  /**
   * The annotated articles among the labelled mentions: each document is split into title (first
   * line) and body as a plain-text article is, and the body goes through the entity stage.
   */
  static List<SalienceDocument> of(List<LabelledMention> data) {
    Map<String, List<LabelledMention>> byDoc = new LinkedHashMap<>();
    for (LabelledMention m : data) byDoc.computeIfAbsent(m.language() + "/" + m.mention().documentId(), k -> new ArrayList<>()).add(m);
    EntityStage entities = new EntityStage();
    List<SalienceDocument> out = new ArrayList<>(byDoc.size());
    byDoc.forEach((key, mentions) -> out.add(of(key, mentions, entities)));
    return out;
  }

  private static SalienceDocument of(String key, List<LabelledMention> mentions, EntityStage entities) {
    LabelledMention any = mentions.get(0);
    String raw = any.text();
    int lineEnd = raw.indexOf('\n');
    int bodyStart = lineEnd < 0 ? 0 : lineEnd + 1;
    String title = lineEnd < 0 ? "" : raw.substring(0, lineEnd).strip();
    String body = raw.substring(bodyStart);
    Article article = new Article(key, null, null, title, null, null, any.language(), 1, body, null, null);
    List<EntityMention> found = entities.apply(article, Findings.none()).analysis().entities();
    List<ActorCandidates.Candidate> candidates = ActorCandidates.of(found);
    Map<String, List<RoleMention>> gold = new LinkedHashMap<>();
    for (LabelledMention m : mentions) gold.computeIfAbsent(norm(m.mention().entity()), k -> new ArrayList<>()).add(m.mention());
    boolean[] positive = new boolean[candidates.size()];
    List<int[]> goldMatches = new ArrayList<>(gold.size());
    for (Map.Entry<String, List<RoleMention>> g : gold.entrySet()) {
      List<Integer> matching = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        if (standsFor(candidates.get(i), g.getKey(), g.getValue(), bodyStart)) {
          matching.add(i);
          positive[i] = true;
        }
      }
      goldMatches.add(matching.stream().mapToInt(Integer::intValue).toArray());
    }
    return new SalienceDocument(any.language(), key, SalienceFeatures.extract(any.language(), title, body, candidates),
        positive, goldMatches);
  }

  /** A mention overlapping an annotated one (raw offsets, end inclusive), or the annotated name itself. */
  private static boolean standsFor(ActorCandidates.Candidate c, String entity, List<RoleMention> gold, int bodyStart) {
    if (norm(c.name()).equals(entity)) return true;
    for (EntityMention m : c.mentions()) {
      if (norm(m.text()).equals(entity)) return true;
      for (RoleMention r : gold) {
        if (m.start() + bodyStart <= r.endInclusive() && m.end() + bodyStart > r.start()) return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
