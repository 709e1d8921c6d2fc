package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BulgarianPhrasesTest {
  @ParameterizedTest
  @CsvSource({
      "Петербургския международен икономически форум, Петербургски международен икономически форум",
      "Харвардският университет, Харвардски университет",
      "Държавния университет, Държавен университет",
      "Северния съвет, Северен съвет",
      "Националната администрация, Национална администрация",
      "Народното събрание, Народно събрание",
      "Въоръжените сили, Въоръжени сили",
      "Министерството на отбраната, Министерство на отбраната",
      "Службата за външно разузнаване, Служба за външно разузнаване",
      "Съвета за сигурност, Съвет за сигурност",
      "Съветът за сигурност, Съвет за сигурност",
      "Центъра, Център",
      "Силите, Сили",
      // Names that end as an article does, and indefinite forms, are left as they are.
      "Барселона, Барселона",
      "Торонто, Торонто",
      "Служба, Служба",
      "Камара на депутатите, Камара на депутатите",
      "Калифорния Стейт, Калифорния Стейт",
  })
  void indefinite_bulgarian(String name, String expected) {
    assertThat(BulgarianPhrases.indefinite(name, "bg")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Государственного совета, ru", "Центъра, pt"})
  void indefinite_otherLanguages_unchanged(String name, String language) {
    assertThat(BulgarianPhrases.indefinite(name, language)).isEqualTo(name);
  }
}
