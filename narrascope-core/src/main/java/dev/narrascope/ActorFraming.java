package dev.narrascope;

import java.util.List;

/**
 * How one actor is framed in one article, or that the article does not frame it: the framing stage
 * lists the article's most salient actors, and gives a role only to those the article is likely to
 * frame at all (see {@code dev.narrascope.framing.FramingStage}).
 *
 * @param actor            canonical actor name
 * @param mainRole         Protagonist, Antagonist or Innocent; {@code null} when the article does not frame the actor
 * @param mainConfidence   confidence of {@code mainRole} in [0,1]; 0 when not framed
 * @param fineRoles        fine roles of the main role (e.g. Guardian, Victim), best first; empty when not framed
 * @param mentions         the mentions the framing rests on
 * @param framedConfidence probability in [0,1] that the article frames the actor at all
 */
public record ActorFraming(String actor, String mainRole, double mainConfidence, List<String> fineRoles,
                           List<EntityMention> mentions, double framedConfidence) {
  public ActorFraming {
    fineRoles = fineRoles == null ? List.of() : List.copyOf(fineRoles);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** An actor the article mentions without framing it. */
  public static ActorFraming notFramed(String actor, List<EntityMention> mentions, double framedConfidence) {
    return new ActorFraming(actor, null, 0, List.of(), mentions, framedConfidence);
  }

  /** Whether the article frames the actor (it then has a main role). */
  public boolean framed() {
    return mainRole != null;
  }
}
