package dev.narrascope;

import java.util.List;

/**
 * How one actor is framed in one article.
 *
 * @param actor          canonical actor name
 * @param mainRole       Protagonist, Antagonist or Innocent
 * @param mainConfidence confidence of {@code mainRole} in [0,1]
 * @param fineRoles      fine roles of the main role (e.g. Guardian, Victim), best first
 * @param mentions       the mentions the framing rests on
 */
public record ActorFraming(String actor, String mainRole, double mainConfidence, List<String> fineRoles,
                           List<EntityMention> mentions) {
  public ActorFraming {
    fineRoles = fineRoles == null ? List.of() : List.copyOf(fineRoles);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
