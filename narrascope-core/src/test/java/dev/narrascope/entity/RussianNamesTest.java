package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RussianNamesTest {
  @ParameterizedTest
  @CsvSource({
      // a woman: given name and surname in every oblique case
      "Натальи Громовой, Наталья Громова",     // genitive: по словам экономиста Натальи Громовой
      "Наталье Громовой, Наталья Громова",     // dative
      "Наталью Громову, Наталья Громова",      // accusative
      "Натальей Громовой, Наталья Громова",    // instrumental
      "Наталья Громова, Наталья Громова",      // nominative stays
      "Марии Захаровой, Мария Захарова",
      "Ольгой Скабеевой, Ольга Скабеева",
      "Анны Поповой, Анна Попова",
      "Эльвиры Набиуллиной, Эльвира Набиуллина",
      "Ксении Собчак, Ксения Собчак",          // a woman's consonant surname never declines
      "Екатерины Шульман, Екатерина Шульман",
      "Марии Лукьянской, Мария Лукьянская",
      // a man
      "Сергея Лаврова, Сергей Лавров",         // genitive
      "Сергею Лаврову, Сергей Лавров",         // dative
      "Сергеем Лавровым, Сергей Лавров",       // instrumental
      "Сергее Лаврове, Сергей Лавров",         // prepositional
      "Дмитрия Пескова, Дмитрий Песков",
      "Дмитрию Медведеву, Дмитрий Медведев",
      "Ивана Петрова, Иван Петров",
      "Игорем Коноваловым, Игорь Коновалов",
      "Павла Дурова, Павел Дуров",
      "Петра Толстого, Петр Толстый",
      "Александра Навального, Александр Навальный", // a woman's name is a man's genitive before a man's "-ого"
      "Валентина Зеленского, Валентин Зеленский",
      "Евгения Литовского, Евгений Литовский",          // a man's -ого is read as -ый, the commoner ending (Толстой is the exception)
      "Владимира Зеленского, Владимир Зеленский",
      "Николаю Патрушеву, Николай Патрушев",
      "Ильи Яшина, Илья Яшин",
      "Никиты Михалкова, Никита Михалков",
      "Алексея Навального, Алексей Навальный",
      "Максима Горького, Максим Горький",
      "Виктора Ковальчука, Виктор Ковальчук",
      "Сергея Шойгу, Сергей Шойгу",            // indeclinable
      "Юрия Бондаренко, Юрий Бондаренко",
      "Владимира Гажемона, Владимир Гажемон",  // a man's consonant-final surname in the case of his given name
      "Виктором Орбаном, Виктор Орбан",
      "Вагаршака Арутюняна, Вагаршак Арутюнян",
      "Йенса Столтенберга, Йенс Столтенберг",  // unlisted given name, same ending on both: a man's genitive
      "Пола Джонсона, Пол Джонсон",
      "Никола Пашиняна, Никол Пашинян",
      "Сергею Шойгу, Сергей Шойг",             // known limit: the dative looks like a consonant stem + у (the gazetteer knows Shoigu)
      "Владимир Глинка, Владимир Глинка",      // a nominative given name: the surname is nominative too
      // a patronymic
      "Владимира Владимировича Путина, Владимир Владимирович Путин",
      "Валентины Ивановны Матвиенко, Валентина Ивановна Матвиенко",
      // a surname alone: only endings of one case and one gender change
      "Громовой, Громова",
      "Лавровым, Лавров",
      "Зеленского, Зеленский",
      "Зеленской, Зеленская",
      "Петрова, Петрова",                      // a man's genitive or a woman's nominative: left
  })
  void nominative_russianNames(String form, String expected) {
    assertThat(RussianNames.nominative(form, "ru")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "Ивана Петрова, bg",   // Bulgarian has no cases: Ivana Petrova is a woman's name
      "Мария Захарова, bg",
      "Натальи Громовой, bg",
      "Ivan Petrov, ru",
  })
  void nominative_otherLanguagesAndScripts_unchanged(String name, String language) {
    assertThat(RussianNames.nominative(name, language)).isEqualTo(name);
  }
}
