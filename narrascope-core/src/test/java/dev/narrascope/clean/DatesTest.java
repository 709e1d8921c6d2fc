package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-12", "2024-03-12T08:30:00+02:00", "12 March 2024", "12th of March, 2024",
      "March 12, 2024", "Tuesday, March 12, 2024", "Mar. 12 2024", "12.03.2024", "12/03/2024", "Published 12 Mar 2024 10:00",
      "12 марта 2024", "12 март 2024 г.", "12 de março de 2024", "terça-feira, 12 de março de 2024",
      "12 मार्च 2024", "प्रकाशित: 12 मार्च 2024"})
  void parse_commonFormats_findTheDate(String text) {
    assertThat(Dates.parse(text)).isEqualTo(MARCH_12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "no date here", "2024-13-45", "31.02.2024", "call 0800 12 03 1234", "March 2024", "12 apples 2024"})
  void parse_noValidDate_null(String text) {
    assertThat(Dates.parse(text)).isNull();
  }

  @Test
  void parse_hindiMonthSpellings_allRead() {
    assertThat(Dates.parse("9 फ़रवरी 2023")).isEqualTo(LocalDate.of(2023, 2, 9));
    assertThat(Dates.parse("9 फरवरी 2023")).isEqualTo(LocalDate.of(2023, 2, 9));
    assertThat(Dates.parse("1 सितम्बर 2023")).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(Dates.parse("1 सितंबर 2023")).isEqualTo(LocalDate.of(2023, 9, 1));
  }

  @Test
  void parse_severalDates_takesTheFirst() {
    assertThat(Dates.parse("Updated 14 March 2024, first published 2024-03-12")).isEqualTo(LocalDate.of(2024, 3, 14));
  }

  @Test
  void fromUrl_pathDates_found() {
    assertThat(Dates.fromUrl("https://x.example/2024/03/12/story")).isEqualTo(MARCH_12);
    assertThat(Dates.fromUrl("https://x.example/news/20240312-story.html")).isEqualTo(MARCH_12);
    assertThat(Dates.fromUrl("https://x.example/news/story-14848164.php")).isNull();
    assertThat(Dates.fromUrl(null)).isNull();
  }
}
