package dev.narrascope.framing;

import dev.narrascope.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors an article could frame: its entity mentions of the actor types, grouped by canonical
 * name, most mentioned first (ties: first mentioned first). The framing stage and the training of the
 * "is this actor framed?" decision both take their candidates from here, so they see the same ones.
 * Stateless; thread-safe.
 */
final class ActorCandidates {
  /** Entity types worth framing. */
  static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP");

  private ActorCandidates() {}

  /**
   * One candidate actor.
   *
   * @param name     canonical name (the surface form where the mention has none)
   * @param mentions its mentions in text order, never empty
   */
  record Candidate(String name, List<EntityMention> mentions) {
    Candidate {
      mentions = List.copyOf(mentions);
    }

    String type() {
      return mentions.get(0).type();
    }
  }

  /** The candidates among the mentions, most mentioned first. */
  static List<Candidate> of(List<EntityMention> entities) {
    Map<String, List<EntityMention>> byActor = new LinkedHashMap<>();
    entities.stream()
        .filter(e -> e.type() != null && ACTOR_TYPES.contains(e.type()) && e.text() != null && !e.text().isBlank())
        .sorted(Comparator.comparingInt(EntityMention::start))
        .forEach(e -> byActor.computeIfAbsent(e.canonical() == null || e.canonical().isBlank() ? e.text() : e.canonical(),
            k -> new ArrayList<>()).add(e));
    return byActor.entrySet().stream()
        .map(e -> new Candidate(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt((Candidate c) -> -c.mentions().size())
            .thenComparingInt(c -> c.mentions().get(0).start()))
        .toList();
  }
}
