package dev.narrascope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The query forms: only quoted words reach either database's query syntax. */
final class SearchTermsTest {
  @Test
  void queryWords_becomeQuotedAlternatives_withoutSyntax() {
    var q = SearchTerms.query("Negotiations' OR (\"Kiev\" & !x | y:*");
    assertThat(q).hasSize(5); // negotiations, or, kiev, x, y: the rest is punctuation
    assertThat(SearchTerms.tsquery(q)).doesNotContain("!", ":*", "\"").contains("'negoti'", "'kyiv'");
    assertThat(SearchTerms.fts5(q)).doesNotContain("(\"Kiev", "!", "*").contains("\"kyiv\"", " AND ");
  }

  @Test
  void gazetteerVariant_addsTheCanonicalName_andItsNameKey() {
    List<List<String>> kiev = SearchTerms.query("Kiev").get(0);
    assertThat(kiev).contains(List.of("kiev"), List.of("kyiv"), List.of(SearchTerms.NAME_PREFIX + "kiv"));
  }

  @Test
  void noWords_noQuery() {
    assertThat(SearchTerms.query(" -- !? ")).isEmpty();
  }
}
