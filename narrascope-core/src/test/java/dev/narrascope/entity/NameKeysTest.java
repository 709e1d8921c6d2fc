package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class NameKeysTest {
  @Test
  void stem_zelenskySpellingsAcrossScripts_equal() {
    String latin = NameKeys.stem("Zelensky");
    assertThat(NameKeys.stem("Zelenskyy")).isEqualTo(latin);
    assertThat(NameKeys.stem("Zelenskiy")).isEqualTo(latin);
    assertThat(NameKeys.stem("Зеленский")).isEqualTo(latin);
    assertThat(NameKeys.stem("Зеленски")).isEqualTo(latin);
    assertThat(NameKeys.stem("Зеленского")).isEqualTo(latin);
  }

  @Test
  void stem_russianCaseEndings_removed() {
    assertThat(NameKeys.stem("Путина")).isEqualTo(NameKeys.stem("Putin"));
    assertThat(NameKeys.stem("Лаврова")).isEqualTo(NameKeys.stem("Lavrov"));
  }

  @Test
  void keys_areEachWordsKeyAndStem_alsoWhenAskedAgain() {
    for (String w : new String[] {"Zelenskyy", "Зеленского", "Западът", "NATO", "al-Assad", "Комисията", "São"}) {
      for (int again = 0; again < 2; again++) {
        assertThat(NameKeys.keys(w)).isEqualTo(new NameKeys.Keys(NameKeys.key(w), NameKeys.stem(w)));
      }
    }
  }

  @Test
  void compatibleGivenNames_variantsAndInitials() {
    assertThat(NameKeys.compatibleGivenNames("Aleksey", "Oleksii")).isTrue();
    assertThat(NameKeys.compatibleGivenNames("Sergey", "Sergei")).isTrue();
    assertThat(NameKeys.compatibleGivenNames("O", "Oleksii")).isTrue();
    assertThat(NameKeys.compatibleGivenNames("Joe", "Hunter")).isFalse();
  }

  @Test
  void transliterate_bulgarianHardSign_isVowelInsideWord() {
    assertThat(NameKeys.transliterate("Българя")).isEqualTo("balgarya");
  }

  @Test
  void consonants_romanisedAndLatinSpellings_equal() {
    assertThat(NameKeys.consonants("Govard")).isEqualTo(NameKeys.consonants("Howard"));
    assertThat(NameKeys.consonants("Paik")).isEqualTo(NameKeys.consonants("Pike"));
    assertThat(NameKeys.consonants("Marketi")).isEqualTo(NameKeys.consonants("Marchetti"));
    assertThat(NameKeys.consonants("Heslar")).isEqualTo(NameKeys.consonants("Hessler"));
    assertThat(NameKeys.consonants("Petrov")).isNotEqualTo(NameKeys.consonants("Pavlov"));
  }
}
