package dev.narrascope.llm;

import static dev.narrascope.llm.LlmLabellerTest.WEST;
import static dev.narrascope.llm.LlmLabellerTest.WEST_SUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.narrative.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AnswerValidatorTest {
  static final String CLIMATE = "CC: Criticism of climate policies";
  static final String CLIMATE_SUB = CLIMATE + ": Climate policies are ineffective";
  final AnswerValidator validator = new AnswerValidator(Taxonomy.defaults());
  final Findings findings = Findings.tracking(20);

  LlmLabels validate(String answer, String text, String... actors) throws LlmException {
    return validator.validate(answer, text, List.of(actors), findings, "doc.txt");
  }

  /* --------------- Labels --------------- */

  @Test
  void validate_subNarrativeAlone_impliesItsNarrative_andNarrativeAloneGetsItsOther() throws LlmException {
    LlmLabels l = validate("{\"narratives\": [\"" + CLIMATE + "\"], \"subNarratives\": [\"" + WEST_SUB + "\"]}", "t");
    assertThat(l.prediction().narrativeLabels()).containsExactly(CLIMATE, WEST);
    assertThat(l.prediction().subNarrativeLabels()).containsExactly(Taxonomy.otherOf(CLIMATE), WEST_SUB);
  }

  @Test
  void validate_dominantComesFirst_andCaseAndSpacingAreForgiven() throws LlmException {
    LlmLabels l = validate("""
        {"narratives": ["%s", "%s"], "subNarratives": ["%s"], "dominantNarrative": "%s"}
        """.formatted(CLIMATE, WEST.toLowerCase(), CLIMATE_SUB, WEST.replace(" ", "  ")), "t");
    assertThat(l.prediction().narrativeLabels()).containsExactly(WEST, CLIMATE);
    assertThat(l.explanation().narrative()).isEqualTo(WEST);
    assertThat(l.explanation().subNarrative()).isEqualTo(Taxonomy.otherOf(WEST));
    assertThat(findings.count()).isZero();
  }

  @Test
  void validate_other_isOtherAtBothLevels() throws LlmException {
    LlmLabels l = validate("{\"narratives\": [\"Other\"], \"subNarratives\": [\"Other\"], \"explanation\": \"nothing\"}", "t");
    assertThat(l.prediction().narrativeLabels()).containsExactly("Other");
    assertThat(l.prediction().subNarrativeLabels()).containsExactly("Other");
    assertThat(l.explanation().narrative()).isEqualTo("Other");
  }

  @Test
  void validate_answerInCodeFenceWithProse_isRead() throws LlmException {
    LlmLabels l = validate("Here you go:\n```json\n{\"narratives\": \"" + WEST + "\"}\n```", "t");
    assertThat(l.prediction().narrativeLabels()).containsExactly(WEST);
  }

  @Test
  void validate_notJson_orNoLabel_throws() {
    assertThatThrownBy(() -> validate("I cannot help with that.", "t")).isInstanceOf(LlmException.class).hasMessageContaining("no JSON object");
    assertThatThrownBy(() -> validate("{\"narratives\": []}", "t")).isInstanceOf(LlmException.class).hasMessageContaining("names no narrative");
    assertThatThrownBy(() -> validate("[1, 2]", "t")).isInstanceOf(LlmException.class);
  }

  /* --------------- Explanation --------------- */

  @Test
  void validate_evidence_keepsOnlySentencesFoundVerbatimWithOffsets() throws LlmException {
    String text = "First sentence here. NATO provoked the war. Last one.";
    LlmLabels l = validate("""
        {"narratives": ["%s"], "explanation": "", "evidence": ["NATO provoked the war.", "Invented sentence."]}
        """.formatted(WEST), text);
    assertThat(l.explanation().evidence()).singleElement()
        .satisfies(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo("NATO provoked the war."));
    assertThat(l.explanation().text()).isEqualTo("NATO provoked the war.");
  }

  @Test
  void validate_longExplanation_cutAt80Words() throws LlmException {
    String longText = "word ".repeat(120).strip();
    LlmLabels l = validate("{\"narratives\": [\"" + WEST + "\"], \"explanation\": \"" + longText + "\"}", "t");
    assertThat(l.explanation().text().split(" ")).hasSize(80);
  }

  /* --------------- Roles --------------- */

  @Test
  void validate_roles_keepsKnownActorsAndRoles_dropsTheRestWithFindings() throws LlmException {
    LlmLabels l = validate("""
        {"narratives": ["%s"], "actors": [
          {"name": "nato", "mainRole": "Antagonist", "fineRoles": ["Instigator", "Victim", "Wizard"]},
          {"name": "Kyiv", "mainRole": "Hero", "fineRoles": []},
          {"name": "Martians", "mainRole": "Antagonist", "fineRoles": ["Spy"]}]}
        """.formatted(WEST), "t", "NATO", "Kyiv");
    assertThat(l.roles()).containsOnlyKeys("NATO");
    assertThat(l.roles().get("NATO")).isEqualTo(new LlmLabels.Role("Antagonist", List.of("Instigator")));
    assertThat(findings.list()).extracting(Finding::code)
        .containsExactly("unknown-label", "unknown-label", "unknown-label", "unknown-actor");
  }
}
