package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class NameSearchTest {
  @Test
  void gazetteerAliases_inAnyCase_giveTheCanonicalName() {
    assertThat(NameSearch.canonicalNames("kiev")).containsExactly("Kyiv");
    assertThat(NameSearch.canonicalNames("Резников")).containsExactly("Oleksii Reznikov");
    assertThat(NameSearch.canonicalNames("ceasefire")).isEmpty();
  }

  @Test
  void keys_meetAcrossScriptsAndCaseEndings() {
    assertThat(NameSearch.key("Резникова")).isEqualTo(NameSearch.key("Reznikov"));
    assertThat(NameSearch.keys("Oleksii Reznikov")).hasSize(2).endsWith(NameSearch.key("Резников"));
  }
}
