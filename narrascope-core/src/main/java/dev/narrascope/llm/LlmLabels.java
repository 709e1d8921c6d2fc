package dev.narrascope.llm;

import dev.narrascope.Explanation;
import dev.narrascope.narrative.NarrativePrediction;
import java.util.List;
import java.util.Map;

/**
 * What a model answered for one article, validated against the taxonomy and the role list. LLM
 * labels carry confidence 1: a model's own confidence figures are not calibrated.
 *
 * @param prediction  narratives and sub-narratives, dominant first, consistent as {@link NarrativePrediction} says
 * @param explanation the dominant narrative and sub-narrative with the model's explanation (at most 80 words) and
 *                    the evidence sentences found verbatim in the text
 * @param roles       actor name (as the article's actors spell it) to the role the model gave it
 */
public record LlmLabels(NarrativePrediction prediction, Explanation explanation, Map<String, Role> roles) {
  public LlmLabels {
    roles = Map.copyOf(roles);
  }

  /** A main role (Protagonist, Antagonist, Innocent) and fine roles of that main role. */
  public record Role(String mainRole, List<String> fineRoles) {
    public Role {
      fineRoles = List.copyOf(fineRoles);
    }
  }
}
