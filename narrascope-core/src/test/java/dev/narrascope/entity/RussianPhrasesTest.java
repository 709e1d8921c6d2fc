package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RussianPhrasesTest {
  @ParameterizedTest
  @CsvSource({
      // masculine and neuter singular, every oblique case
      "Европейского совета, Европейский совет",
      "Европейскому совету, Европейский совет",
      "Европейским советом, Европейский совет",
      "Европейском совете, Европейский совет",
      "Следственном комитете, Следственный комитет",
      "Северного флота, Северный флот",
      "Нагорного Карабаха, Нагорный Карабах",
      "Колумбийского университета, Колумбийский университет",
      "Азовского государственного педагогического университета, Азовский государственный педагогический университет",
      "Азиатско-Тихоокеанском регионе, Азиатско-Тихоокеанский регион",
      "Черного моря, Черное море",
      "Черном море, Черное море",
      "Британского правительства, Британское правительство",
      "Национального объединения, Национальное объединение",
      "Всемирного банка, Всемирный банк",
      "Мирового банка, Мировой банк",            // stressed on the ending
      // feminine singular
      "Красной армии, Красная армия",
      "Демократической партии, Демократическая партия",
      "Малой Токмачке, Малая Токмачка",
      "Южной Кореей, Южная Корея",                // an adjective-looking noun is the head
      "Оранжевую революцию, Оранжевая революция",
      "Османскую империю, Османская империя",
      "Змиевскую ТЭС, Змиевская ТЭС",            // an acronym head keeps its form
      "Красной площади, Красная площадь",
      "Второй мировой войны, Вторая мировая война",
      "Всемирной организации здравоохранения, Всемирная организация здравоохранения", // the complement stays
      // plural
      "Вооруженных сил, Вооруженные силы",
      "Вооруженных силах, Вооруженные силы",
      "Вооруженными силами, Вооруженные силы",
      "Минских соглашений, Минские соглашения",
      "Соединенных Штатов, Соединенные Штаты",
  })
  void obliquePhrase_isPutInTheNominative(String inflected, String nominative) {
    assertThat(RussianPhrases.nominative(inflected, "ru")).isEqualTo(nominative);
  }

  @ParameterizedTest
  @CsvSource({
      "Европейский совет",        // nominative already
      "Большой театр",            // a masculine nominative in -ой, not a feminine oblique case
      "Совета Федерации",         // a noun first: its case cannot be read
      "Великой Отечественной",    // adjectives without a head
      "Третьей мировой войны",    // the possessive declension is left alone
      "Торецка",                  // one word
      "Полтавой ВКС",             // a noun before an acronym
  })
  void otherNames_areUnchanged(String name) {
    assertThat(RussianPhrases.nominative(name, "ru")).isEqualTo(name);
  }

  @Test
  void bulgarianAndOtherLanguages_areNeverTouched() {
    assertThat(RussianPhrases.nominative("Европейского совета", "bg")).isEqualTo("Европейского совета");
    assertThat(RussianPhrases.nominative("Европейского совета", null)).isEqualTo("Европейского совета");
  }
}
