package dev.narrascope.narrative;

import dev.narrascope.LabelScore;
import java.util.List;

/**
 * The narratives and sub-narratives assigned to one text, best first, each with a calibrated
 * confidence. Consistent: every sub-narrative's narrative is listed, every narrative has at least
 * one sub-narrative (its {@code "…: Other"} when no specific one fits), and a text pushing none
 * gets the single label {@code "Other"} at both levels.
 */
public record NarrativePrediction(List<LabelScore> narratives, List<LabelScore> subNarratives) {
  public NarrativePrediction {
    narratives = List.copyOf(narratives);
    subNarratives = List.copyOf(subNarratives);
  }

  public List<String> narrativeLabels() {
    return narratives.stream().map(LabelScore::label).toList();
  }

  public List<String> subNarrativeLabels() {
    return subNarratives.stream().map(LabelScore::label).toList();
  }
}
