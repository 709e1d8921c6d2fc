package dev.narrascope.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Keys;
import dev.narrascope.Pipeline;
import dev.narrascope.Quote;
import dev.narrascope.entity.EntityStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attributions the Russian, Bulgarian and Portuguese news of the SemEval training documents write that the rules
 * missed: speech verbs in the present and past ("— резюмирует", "пише", "refere"), role nouns naming the speaker after
 * the verb ("— сказал глава государства", "каза говорителят на Кремъл"), a long title before the apposed name, and a
 * verb with no subject after the quote ("«…», afirmou.").
 */
final class QuoteNonEnglishCuesTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().given(Keys.LANGUAGE).add(new EntityStage()).add(new QuoteStage()).build();

  private static String speaker(String language, String text, String quoteStart) {
    Article a = new Article("t", null, null, null, null, null, language, 1, text, null, null);
    List<Quote> quotes = PIPELINE.run(List.of(a), Findings.none()).get(0).analysis().quotes();
    return quotes.stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + quoteStart + " in " + quotes)).speaker();
  }

  @Test
  void apply_nameInQuotationMarks_isNoQuote_andTheQuoteBeforeItKeepsItsSpeaker() {
    // The issue's „Новини Днес“ (an outlet) and a plant's name; a spoken word keeps its punctuation and stays a quote.
    String text = "Взривове край АЕЦ „Запорожие“ в Украйна. „Това е поредното решение, взето в Брюксел, без да се мисли за"
        + " хората“, каза икономистът Иван Петров пред „Новини Днес“.";
    Article a = new Article("t", null, null, null, null, null, "bg", 1, text, null, null);
    List<Quote> quotes = PIPELINE.run(List.of(a), Findings.none()).get(0).analysis().quotes();
    assertThat(quotes).extracting(Quote::text).containsExactly("Това е поредното решение, взето в Брюксел, без да се мисли за хората");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ivan Petrov");
    assertThat(speaker("en", "Asked again, John Smith said: “No.” The talks went on.", "No")).isEqualTo("John Smith");
  }

  @Test
  void apply_russianVerbsThatWereMissing_nameTheSpeakerAfterThem() {
    assertThat(speaker("ru", "Министр обороны Андрей Белоусов посетил штаб группировки. «В общем, фронт здесь трещит по"
        + " всем направлениям и пока ничто не предвещает улучшения», — резюмирует военный блогер Юрий Подоляка.", "В общем"))
        .contains("Podolyak");
  }

  @Test
  void apply_russianRoleNounAfterTheVerb_isThePersonGivenThatTitle_notTheAgencyThatReports() {
    assertThat(speaker("ru", "Об этом заявил президент России Владимир Путин на саммите в Астане. «В середине июня нами"
        + " представлен еще один вариант урегулирования конфликта», — сказал глава государства, пишет ТАСС.", "В середине"))
        .isEqualTo("Vladimir Putin");
  }

  @Test
  void apply_bulgarianRoleNounWithItsArticle_isThePersonNamedBefore() {
    assertThat(speaker("bg", "Говорителят на Кремъл Дмитрий Песков коментира срещата в Швейцария. \"Настоящата динамика на"
        + " ситуацията на фронта ясно показва това\", добави говорителят на Кремъл.", "Настоящата динамика"))
        .isEqualTo("Dmitry Peskov");
  }

  /** SemEval RU / BG: "— подчеркнул офицер", "отбеляза журналистът" stand for the person the article introduced. */
  @Test
  void apply_russianAndBulgarianOccupationAfterTheVerb_isThePersonNamedBefore() {
    assertThat(speaker("ru", "Об этом рассказал отставной майор Игорь Лапин.\n\n«Интенсивность обстрелов растёт», —"
        + " подчеркнул офицер.", "Интенсивность")).isEqualTo("Igor Lapin");
    assertThat(speaker("bg", "Водещият Тъкър Карлсън публикува интервюто.\n\n„Всички знаят за преговорите“, отбеляза"
        + " журналистът.", "Всички")).isEqualTo("Tucker Carlson");
  }

  /** SemEval BG / RU: "„…“. Това заяви X" and "«…». Об этом сообщил X" name the speaker in a sentence of their own. */
  @Test
  void apply_demonstrativeAttributionSentence_namesTheSpeaker() {
    assertThat(speaker("bg", "„Островите ще изчезнат до края на века“. Това заяви генералният секретар на ООН Антониу"
        + " Гутериш.", "Островите")).isEqualTo("António Guterres");
    assertThat(speaker("ru", "«Ситуация на фронте остаётся сложной». Об этом сообщил в воскресенье губернатор области"
        + " Вячеслав Гладков.", "Ситуация")).isEqualTo("Vyacheslav Gladkov");
  }

  /** SemEval PT: a verb in the present after the quote ("revela", "reitera", "observa") names the speaker after it. */
  @Test
  void apply_portuguesePresentTenseVerbs_nameTheSpeakerAfterThem() {
    assertThat(speaker("pt", "\"A economia russa está atualmente a crescer fortemente\", revela Vasily Astrov, especialista"
        + " em assuntos russos.", "A economia")).isEqualTo("Vasily Astrov");
    assertThat(speaker("pt", "“É importante que se perceba que vamos ter um novo máximo”, reitera Miguel Miranda.",
        "É importante")).isEqualTo("Miguel Miranda");
  }

  @Test
  void apply_portugueseLongTitleBeforeTheName_apposesTheName() {
    assertThat(speaker("pt", "\"Existem disposições estatutárias que impedem o financiamento de projetos nucleares\", afirmou"
        + " à agência France-Presse o diretor-geral da Agência Internacional da Energia Atómica (AIEA), Rafael Grossi.",
        "Existem disposições")).isEqualTo("Rafael Grossi");
  }

  @Test
  void apply_portugueseVerbWithoutSubjectAfterTheQuote_isThePersonNamedBefore() {
    assertThat(speaker("pt", "O comandante Oleksandr Syrskyi visitou a frente em Avdiivka na terça-feira. \"Durante as"
        + " operações de certos comandantes foram cometidos erros graves\", afirmou.", "Durante as")).isEqualTo("Oleksandr Syrskyi");
  }

  @Test
  void apply_bulgarianThisOpeningTheSentence_isNoSpeaker_theNameAfterTheVerbIs() {
    assertThat(speaker("bg", "Идеологията не бива да измества икономическите закони. Това пише в своя профил във Фейсбук"
        + " икономистът Кузман Илиев.\n\n\"Стане ли напечено, включваме въглищните централи да спасяват системата\","
        + " смята той.", "Стане ли")).isEqualTo("Kuzman Iliev");
  }

  @Test
  void apply_bulgarianGivenNameGeorgi_isAPersonNotGeorgia() {
    assertThat(speaker("bg", "Средствата във фонда за бедствия са изцяло незадоволителни. Това сподели в изявление за"
        + " предаването \"Денят онлайн\" някогашният заместник-министър на финансите Георги Кадиев.\n\n\"Най-лесният"
        + " метод да крадеш е от непочистени дерета\", счита той.", "Най-лесният")).isEqualTo("Georgi Kadiev");
  }

  @Test
  void apply_commonNounOpeningTheSentence_isNoName_butASurnameWrittenMidSentenceIs() {
    assertThat(speaker("bg", "Ситуацията на фронта е сложна. Дипломатът каза: \"Ние няма да приемем такива условия в"
        + " преговорите\".", "Ние няма")).isNull();
    assertThat(speaker("bg", "Срещата с Хейл продължи два часа. Хейл каза: \"Ние няма да приемем такива условия в"
        + " преговорите\".", "Ние няма")).isEqualTo("Kheil");
  }

  @Test
  void apply_verbWithoutSubject_butNobodyNamedBefore_staysUnattributed() {
    assertThat(speaker("pt", "A cidade ficou sem luz durante dois dias. \"Nunca vimos uma tempestade assim em toda a"
        + " nossa vida\", afirmou.", "Nunca vimos")).isNull();
  }
}
