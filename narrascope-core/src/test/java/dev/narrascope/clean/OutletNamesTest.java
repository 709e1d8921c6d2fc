package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletNamesTest {
  private final OutletNames names = new OutletNames();

  private static Article article(String id, String outlet) {
    return new Article(id, id + ".txt", null, "t" + id, outlet, null, null, 0, "Text of " + id + ".", null, null);
  }

  @ParameterizedTest
  @CsvSource({
      "Morning Ledger, morningledger.example",
      "Morning Ledger, www.morning-ledger.co.uk",
      "The Morning Ledger, morningledger.example",
      "Diário do Porto, diariodoporto.example",
      "Утренний Вестник, utrenniy-vestnik.example",
      "Сутрешен Вестник, sutreshen-vestnik.example",
      "प्रभात समाचार टुडे, prabhatsamachar.example",
      "नवभारत, navbharat.example"})
  void namesHost_labelSpellsTheName_true(String name, String host) {
    assertThat(OutletNames.namesHost(name, host)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "Morning Ledger, morning.example",
      "Morning Ledger, eveningledger.example",
      "Ledger, morningledger.example",
      "Утренний Вестник, vestnik.example"})
  void namesHost_otherLabel_false(String name, String host) {
    assertThat(OutletNames.namesHost(name, host)).isFalse();
  }

  @Test
  void apply_hostOnlyOutlet_takesTheNameAnotherArticleStates() {
    List<Article> out = names.apply(List.of(article("a", "morningledger.example"), article("b", "Morning Ledger"),
        article("c", "other.example"), article("d", null)), Findings.none());

    assertThat(out).extracting(Article::outlet).containsExactly("Morning Ledger", "Morning Ledger", "other.example", null);
    assertThat(out).extracting(Article::id).containsExactly("a", "b", "c", "d");
  }

  @Test
  void apply_twoNamesFitTheHost_leftAlone() {
    List<Article> out = names.apply(List.of(article("a", "morningledger.example"), article("b", "Morning Ledger"),
        article("c", "Morning Ledger Today")), Findings.none());

    assertThat(out.get(0).outlet()).isEqualTo("morningledger.example");
  }
}
