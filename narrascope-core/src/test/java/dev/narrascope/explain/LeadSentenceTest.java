package dev.narrascope.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.narrative.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LeadSentenceTest {
  @Test
  void english_usesTheTaxonomyNamesAsTheyAre() {
    assertThat(LeadSentence.of("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Ukraine is a puppet of the West", "en"))
        .contains("The text pushes the narrative \"Discrediting Ukraine\": Ukraine is a puppet of the West.");
    assertThat(LeadSentence.of("WAR: Blame", "WAR: Blame: Other", "EN")).contains("The text pushes the narrative \"Blame\".");
  }

  @Test
  void otherLanguages_nameTheNarrativeInTheirOwnWords() {
    String lead = LeadSentence.of("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Ukraine is a puppet of the West", "ru").orElseThrow();
    assertThat(lead).startsWith("В статье").doesNotContain("Discrediting", "{narrative}", "{sub}");
    assertThat(LeadSentence.of("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Other", "pt").orElseThrow())
        .startsWith("O texto").doesNotContain("{sub}", "Discrediting");
  }

  @Test
  void untranslatedNamesOrLanguages_getNoLead() {
    assertThat(LeadSentence.of("WAR: Blame", "WAR: Blame: West", "bg")).as("a user's own taxonomy").isEmpty();
    assertThat(LeadSentence.of("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Other", "de")).isEmpty();
    assertThat(LeadSentence.of("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Other", "../en")).isEmpty();
    assertThat(LeadSentence.of("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Other", null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bg", "hi", "pt", "ru"})
  void bundledLanguages_translateEveryLabelOfTheBundledTaxonomy(String language) {
    Taxonomy taxonomy = Taxonomy.defaults();
    for (String sub : taxonomy.subNarratives()) {
      String narrative = taxonomy.parentOf(sub);
      assertThat(LeadSentence.of(narrative, sub, language)).as(language + " " + sub).isPresent();
    }
  }
}
