package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CopyrightLineTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "© 2024 The Example Post; The Example Post",
      "© 2024 The Example Post — all rights reserved; The Example Post",
      "Copyright © 2021-2024 Jornal Exemplo. Todos os direitos reservados.; Jornal Exemplo",
      "Copyright 2024 Example Media Ltd; Example Media Ltd",
      "(c) 2024 Пример Днес. Всички права запазени.; Пример Днес",
      "© 2024 Пример Времени. При перепечатке ссылка обязательна.; Пример Времени",
      "© 2024 उदाहरण समाचार | सर्वाधिकार सुरक्षित; उदाहरण समाचार",
      "Example Wire © 2024 | Straight news since 1990; Example Wire",
      "Jornal Exemplo © 2024 – Jornalismo desde 1950; Jornal Exemplo"})
  void holder_footer_readsTheName(String line, String holder) {
    assertThat(CopyrightLine.matches(line)).isTrue();
    assertThat(CopyrightLine.holder(line)).isEqualTo(holder);
  }

  @ParameterizedTest
  @ValueSource(strings = {"© 2024. All rights reserved.", "© Всички права запазени", "Copyright © 2024"})
  void holder_footerWithoutName_null(String line) {
    assertThat(CopyrightLine.matches(line)).isTrue();
    assertThat(CopyrightLine.holder(line)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Copyright law in the EU changed in 2019, the court noted.",
      "The photographer kept the copyright, and the paper paid for one use only.",
      "© 2024 The Example Post. This very long line goes on and on about many things that have nothing to do with any footer at all, really."})
  void matches_prose_false(String line) {
    assertThat(CopyrightLine.matches(line)).isFalse();
  }
}
