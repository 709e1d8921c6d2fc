package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class RomanizerTest {
  @Test
  void romanize_russianNames_newsSpelling() {
    assertThat(Romanizer.romanize("Иван Петров", "ru")).isEqualTo("Ivan Petrov");
    assertThat(Romanizer.romanize("Сергей Ломов", "ru")).isEqualTo("Sergei Lomov");
    assertThat(Romanizer.romanize("Андрей Савельев", "ru")).isEqualTo("Andrei Savelyev");
    assertThat(Romanizer.romanize("Наталья Громова", "ru")).isEqualTo("Natalya Gromova");
    assertThat(Romanizer.romanize("Зеленский", "ru")).isEqualTo("Zelensky");
    assertThat(Romanizer.romanize("Дмитрий Щукин", "ru")).isEqualTo("Dmitry Shchukin");
  }

  @Test
  void romanize_bulgarianAndUkrainian_readTheirLetters() {
    assertThat(Romanizer.romanize("Петър Ангелов", "bg")).isEqualTo("Petar Angelov");
    assertThat(Romanizer.romanize("Георги Щерев", "bg")).isEqualTo("Georgi Shterev");
    assertThat(Romanizer.romanize("Елена", "bg")).isEqualTo("Elena");
    // Ukrainian letters (і, ї, є) are recognised even without the language code.
    assertThat(Romanizer.romanize("Олексій Гнатенко", null)).isEqualTo("Oleksii Hnatenko");
  }

  @Test
  void romanize_hindiNames_dropUnspokenSchwa() {
    assertThat(Romanizer.romanize("कविता शर्मा", "hi")).isEqualTo("Kavita Sharma");
    assertThat(Romanizer.romanize("राजीव मेहता", "hi")).isEqualTo("Rajiv Mehta");
    assertThat(Romanizer.romanize("अनीता राव", "hi")).isEqualTo("Anita Rao");
    assertThat(Romanizer.romanize("इरीना कोवाल", "hi")).isEqualTo("Irina Koval");
    assertThat(Romanizer.romanize("रेज़निकोव", "hi")).isEqualTo("Reznikov");
    assertThat(Romanizer.romanize("मनमोहन सिंह", "hi")).isEqualTo("Manmohan Singh");
    assertThat(Romanizer.romanize("अंबिका", "hi")).isEqualTo("Ambika");
  }

  @Test
  void romanize_latinText_unchanged() {
    assertThat(Romanizer.needed("Howard Pike")).isFalse();
    assertThat(Romanizer.romanize("Howard Pike", "en")).isEqualTo("Howard Pike");
  }
}
