package dev.narrascope.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that mark who is speaking, in EN, RU, BG, PT and HI: speech verbs, "according to"-style phrases
 * (whose speaker follows them), pronouns and role nouns that refer back to the last speaker.
 */
final class SpeechCues {
  /** Speech verbs, lower case (the patterns ignore case); regex alternatives. */
  static final List<String> VERB_LIST = List.of(
      "said", "says", "say", "saying", "stated", "told", "tells", "added", "adds", "claimed",
      "warned", "warns", "asserted", "asserts", "declared", "declares", "emphasi[sz]ed", "emphasi[sz]es", "noted",
      "explained", "explains", "wrote", "writes", "insisted", "insists", "argued", "argues", "tweeted",
      "posted", "replied", "responded", "continued", "stressed", "stresses", "underlined", "recalled", "announced",
      "announces", "admitted", "commented", "concluded", "suggested", "indicated", "acknowledged", "remarked",
      "urged", "vowed", "pledged", "(?<!-)called", "described", "dubbed", "promised", "confirmed", "denied", "asked", "reiterated", "threatened",
      "observed", "pointed out", "went on", "alleged", "accused", "boasted", "conceded", "predicted",
      "adding", "telling", "responding", "answered", "answering", "replying", "noting", "arguing", "insisting", "warning",
      "declaring", "explaining", "writing", "tweeting", "joked", "quipped", "shouted", "yelled", "testified", "cautioned",
      "complained", "lamented", "countered", "retorted", "recounted", "pressed", "assured",
      "reported", "reports", "wondered", "demanded", "shot back", "fired back", "interjected", "opined", "mused", "scoffed",
      "snapped", "ответил[аи]?", "возразил[аи]?", "спросил[аи]?", "отговори", "попита", "respondeu", "perguntou", "rebateu",
      "पूछा",
      "сказал[аи]?", "заявил[аи]?", "заявляет", "заявляют", "отметил[аи]?", "добавил[аи]?", "подчеркнул[аи]?",
      "сообщил[аи]?", "написал[аи]?", "пишет", "говорит", "уточнил[аи]?", "пояснил[аи]?", "признал[аи]?",
      "предупредил[аи]?", "указал[аи]?", "считает", "назвал[аи]?", "нарече", "заяви", "заявиха", "заявява", "каза", "казаха", "казва",
      "добави", "подчерта", "посочи", "отбеляза", "съобщи", "написа", "предупреди", "коментира", "допълни",
      "обяви", "изтъкна", "увери", "disse", "dizem", "diz", "afirmou", "afirma", "declarou", "declara",
      // Forms the SemEval RU, BG and PT training documents use after a quote that the list above lacked
      // (past and present, as news copy uses both: "— резюмирует Подоляка", "пише Гардиън", "refere o relatório").
      "утверждал[аи]?", "утверждает", "пообещал[аи]?", "резюмировал[аи]?", "резюмирует", "прокомментировал[аи]?",
      "рассказал[аи]?", "рассказывает", "отмечает", "отмечают", "подч[её]ркивает", "поясняет", "уточняет", "сообщает",
      "сообщают", "заверил[аи]?", "напомнил[аи]?", "констатировал[аи]?", "добавляет", "призвал[аи]?", "заключил[аи]?",
      "продолжил[аи]?", "объяснил[аи]?", "заметил[аи]?", "говорил[аи]?",
      "полагает", "полагают", "предположил[аи]?", "считают", "объясняет", "иронизирует", "признал[аи]?сь", "признался",
      "указывает", "указывают", "заключает",
      "пише", "предупреждава", "отбелязва", "обясни", "обяснява", "заключи", "заключава", "подчертава", "изтъква",
      "продължи", "твърди", "допълва", "уточни", "сподели", "припомни", "призова", "посочва", "счита", "смята",
      "извика", "изкрещя", "възкликна", "отвърна", "обобщи", "настоя", "призна", "напомни",
      "въздъхна", "споделя", "потвърди", "обобщава", "заявяват",
      "refere", "referiu", "explica", "informou", "concluiu", "questionou", "argumentou", "afirmaram", "disseram",
      "sublinha", "destaca", "salienta", "lembrou", "recordou", "contou", "relatou", "acusou", "criticou", "reconheceu",
      "prometeu", "assegurou", "apontou", "adiantou", "revelou", "considerou", "advertiu", "insistiu", "sustentou",
      "esclareceu", "acrescenta", "continuou", "alerta", "garante", "escreve",
      "acrescentou", "explicou", "ressaltou", "destacou", "alertou", "escreveu", "sublinhou", "garantiu",
      "defendeu", "avisou", "comentou", "frisou", "reiterou", "salientou", "observou", "admitiu", "anunciou", "classificou", "chamou",
      // Their present tense, which Portuguese copy uses as often after a quote ("”, revela Vasily Astrov", "prevê Carlo …").
      "revela", "prevê", "previu", "observa", "reitera", "sustenta", "lembra", "recorda", "relata", "acusa", "critica",
      "reconhece", "promete", "assegura", "adianta", "adverte", "insiste", "esclarece", "frisa",
      "ressalta", "defende", "avisa", "comenta", "admite", "anuncia", "denuncia", "denunciou", "questiona", "argumenta",
      "conclui", "informa", "afirmam", "declaram", "responde", "pergunta",
      // How Portuguese copy names a verdict in quotation marks ("que descreveu como “…”", "ideia que qualificou de “…”").
      "descreveu", "descreve", "qualificou", "qualifica", "rotulou", "rotula",
      // Hindi puts the speaker before the verb or the postposition: "X ने कहा", "X के अनुसार", "X का कहना है".
      "कहा", "बताया", "कहना", "अनुसार", "जोड़ा", "लिखा", "दावा किया", "चेतावनी दी", "स्पष्ट किया",
      // Feature copy quotes its interviewees in the present: "ओनुच कहती हैं, “…”", "वे आगे कहते हैं".
      "कहती हैं", "कहते हैं", "कहता है", "कहती है", "बताती हैं", "बताते हैं");
  private static final String VERBS = FirstCharAlternation.of(VERB_LIST);
  private static final String SOURCE_FIRST = String.join("|",
      "according to", "по словам", "по мнению", "според", "segundo", "de acordo com", "conforme");

  /** Words opening a content clause ("said that …", "заявил, что …", "afirmou que …"); regex alternatives. */
  static final String COMPLEMENTISERS = "that|что|че|que";

  /** A speech verb or an "according to" phrase; group "src" is set for the latter. */
  static final Pattern CUE = cue(VERBS);

  /**
   * A sentence that attributes the one before it through a demonstrative ("Това заяви генералният секретар на ООН
   * Антониу Гутериш.", "Об этом сообщил губернатор …"): Bulgarian and Russian news name the speaker so after a quote.
   */
  static final Pattern DEMONSTRATIVE_ATTRIBUTION = Pattern.compile(
      "(?iu)(?:това|об этом|это)\\s+(?:(?:също|още|и|также|тоже|ещё|еще)\\s+)?(?:" + VERBS + ")(?![\\p{L}\\p{M}])");

  /**
   * Reported speech: a speech verb, up to four words, then a complementiser; or "said" directly
   * followed by a clause ("Austin said the package would…"), as English often drops "that".
   */
  static final Pattern REPORTED = reported(VERBS);
  /** Every match of {@link #REPORTED} holds one of these (its connectives and its verbs without one), folded. */
  static final String[] REPORTED_NEEDS = {"that", "что", "че", "que", "said", "says", "warned", "claimed"};

  /** Pronouns standing for one person named earlier; regex alternatives. */
  private static final String PERSON_PRONOUNS = "he|she|он|она|его|её|ее|той|тя|него|нея|ele|ela|उन्होंने|उनके|उनका|उनकी|उसने";
  /**
   * Hindi "वो", "वे", "वह" (he, she, they, that) stand for the last person named only as the subject of a present-tense
   * speech verb ("वो आगे कहती हैं, “…”"); elsewhere they are as often a plural ("नेटो के सदस्यों ने कहा है कि वो …")
   * or a demonstrative.
   */
  private static final String HINDI_SPEAKING_PRONOUNS = "वो|वे|वह";
  private static final String HINDI_SPEAKING_PRONOUN = "(?:" + HINDI_SPEAKING_PRONOUNS
      + ")(?=\\s+(?:आगे\\s+)?(?:कहती|कहते|कहता|बताती|बताते)(?![\\p{L}\\p{M}]))";
  /** Plural pronouns, which stand for an organisation or group ("EU leaders … they"); regex alternatives. */
  private static final String PLURAL_PRONOUNS = "they|они|eles|elas|те";

  /**
   * Russian and Bulgarian role nouns in the nominative, as they name the speaker after a verb ("— сказал глава
   * государства", "заяви говорителят"); Bulgarian's definite article is part of the word.
   */
  private static final String RU_BG_ROLES = "глава|губернатор|президент|премьер|посол|адвокат|эксперт|политолог|депутат|"
      + "сенатор|генсек|спикер|мэр|лидер|председатель|канцлер|дипломат|командующий|президентът|премиерът|говорителят|"
      + "посланикът|експертът|депутатът|лидерът|председателят|кметът|шефът|ръководителят|канцлерът|"
      // The one the article introduced before ("— отметил эксперт", "— говорил наемник", "отбеляза журналистът").
      + "аналитик|журналист|политик|историк|экономист|генерал|командир|офицер|собеседник|наемник|наёмник|"
      + "военкор|блогер|анализаторът|журналистът|политикът|историкът|икономистът|генералът|командирът|"
      + "събеседникът|офицерът|гостът|дипломатът|представителят|представител|представитель";

  /** English role nouns that name a speaker ("the spokesman", "a senior official"); regex alternatives. */
  private static final String EN_ROLES = "activist|campaigner|scientist|expert|commander|envoy|governor|mayor|senator|"
      + "chairman|head|official|minister|spokesman|spokeswoman|spokesperson|president|chief|secretary|leader|general|"
      + "diplomat|politician|chancellor|premier|ambassador";
  /** Portuguese role nouns after "o" / "a" ("o porta-voz", "a ministra"); regex alternatives. */
  private static final String PT_ROLES = "ministro|ministra|presidente|porta-voz|governador|governadora|autarca|diretor|"
      + "diretora|chefe|comandante|embaixador|embaixadora|deputado|deputada|senador|senadora|secretário|secretária|"
      + "chanceler|líder|diplomata|especialista|analista|responsável";
  /**
   * Who Portuguese copy names by occupation alone ("”, destacou a professora", "alertou o comentador"); in lower case
   * only, as a capitalised one is an office's name ("O Alto Representante", Borrell), and "professor" after "o" only,
   * being English too.
   */
  private static final String PT_OCCUPATIONS = "professora|investigador|investigadora|cientista|economista|historiador|"
      + "historiadora|ativista|activista|manifestante|comentador|comentadora|jornalista|meteorologista|climatologista|"
      + "gestor|gestora|representante|perito|perita|advogado|advogada|politólogo|politóloga|sociólogo|socióloga|médico|"
      + "médica|coronel|secretária-geral|secretário-geral";
  /** Up to three words between an article and its role noun ("the Ukrainian defense minister"). */
  private static final String MODIFIERS = "\\s+(?:[\\p{L}’'-]+\\s+){0,3}";

  /** A pronoun or a role noun phrase standing for a person named earlier; "they" for a group ({@link #PLURAL}). */
  static final Pattern ANAPHOR = Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{M}])(?:" + PLURAL_PRONOUNS + "|" + PERSON_PRONOUNS + "|" + HINDI_SPEAKING_PRONOUN
          // "According to him, the troops are “capable and trained.”": the object pronoun names the source there only.
          + "|(?<=according to )(?:him|her)"
          + "|министр|министърът|मंत्री|" + RU_BG_ROLES
          + "|(?:the|o|a)" + MODIFIERS + "(?:vice-|ex-)?(?:" + EN_ROLES + "|" + PT_ROLES + ")"
          + "|(?:o|a)" + MODIFIERS + "(?-i:" + PT_OCCUPATIONS + ")|(?-i:[oO])" + MODIFIERS + "(?-i:professor)"
          // A headline's bare title: "…, Defense Chief says".
          + "|(?-i:(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3}(?:Chief|Minister|Secretary|Spokesman|Spokeswoman|Official|Commander|President)))"
          + "(?![\\p{L}\\p{M}])");

  /**
   * An English role noun after "a" ("a senior official", "a NATO official", "a spokesman"): it introduces someone the
   * article does not name, so it cannot take up the last person named (Portuguese "a" is "the", hence English nouns only).
   */
  static final Pattern INDEFINITE_ROLE = Pattern.compile("(?iu)a" + MODIFIERS + "(?:" + EN_ROLES + ")");

  /** The first-person pronouns of the author's own attribution, case-sensitive so that "EU" is not "eu"; one group. */
  private static final String FIRST_PERSON = "(?-i:I|[Ww]e|[Яя]|[Мм]ы|[Ee]u|[Nn]ós)";
  /**
   * The author's own attribution right after a quote's closing mark: "“Total bull-bleep,” I replied.", "«…», —
   * ответил я". A columnist quoting himself speaks as the article does, not as the paper or person named before.
   */
  static final Pattern FIRST_PERSON_AFTER = Pattern.compile("(?iu)[\\s,.;:!?—–”“\"»’'-]*(?:(?:" + FIRST_PERSON
      + ")\\s+(?:\\p{L}+ly\\s+)?(?:" + VERBS + ")|(?:" + VERBS + ")\\s+(?:" + FIRST_PERSON + "))(?![\\p{L}\\p{M}])");
  /** The same before a quote's opening mark, ending its clause: "I told him: “…”", "We wrote, “…”". */
  static final Pattern FIRST_PERSON_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + FIRST_PERSON
      + ")\\s+(?:\\p{L}+ly\\s+)?(?:" + VERBS + ")(?:\\s+[\\p{L}’']+){0,3}\\s*[:,]?\\s*$");

  /** The plural pronouns of {@link #ANAPHOR}, which stand for an organisation or group ("EU leaders … they"). */
  static final Pattern PLURAL = Pattern.compile("(?iu)" + PLURAL_PRONOUNS);
  /** The pronouns of {@link #ANAPHOR} that stand for one person (not a role noun, not "they"). */
  static final Pattern PERSON_PRONOUN = Pattern.compile("(?iu)" + PERSON_PRONOUNS + "|" + HINDI_SPEAKING_PRONOUNS);

  /**
   * Verbs that name or judge something in the speaker's own word ("call it a “hoax”", "condemned it as an “invasion”"),
   * beside the speech cues: a one-word quote after one is a partial quote, not a scare quote ({@code QuoteExtractor.isScareQuote}).
   */
  static final Pattern NAMING = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:call|calls|calling|describe|describes|describing|label(?:l?ed|s)?|brand(?:ed|s)?|term(?:ed|s)?|dubs?|dubbing|"
          + "slam(?:s|med)?|condemn(?:s|ed)?|critici[sz](?:e|es|ed)|accus(?:e|es|ing)|compar(?:e|es|ed)|promis(?:e|es)|"
          + "prais(?:e|es|ed|ing)|lament(?:s|ed)?|acusa|critica|criticou|condena|condenou|compara|comparou|repetiu|classifica|classificando|lamentou|"
          + "сравни|сравнил[аи]?|обеща|обещал[аи]?|обвини|обвинил[аи]?|осъди|осудил[аи]?|критикува|раскритиковал[аи]?)(?![\\p{L}])");
  /**
   * A negation or refusal right before a speech verb ("did not say", "didn't say", "declined to say", "не сказал",
   * "não disse"): what follows is what someone did not say.
   */
  private static final Pattern NEGATED = Pattern.compile(
      "(?iu)(?:(?<![\\p{L}])(?:not|never|не|нито|никогда|никога|não|nunca|nem)|n['’]t|(?<![\\p{L}])(?:declined|refused|"
          + "failed|отказа|recusou-se|recusou)\\s+(?:to|да|a))\\s+(?:\\p{L}+\\s+)?$");
  /** "how that fits", "why that was": after a question word "that" is no complementiser but a pronoun. */
  private static final Pattern QUESTION_THAT = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:how|why|what|whether|if|when|where|who)\\s+(?:" + COMPLEMENTISERS + ")\\s*$");
  /**
   * Where reported content stops before the sentence's end: the attribution's own circumstances or a new clause
   * (", in remarks that Moscow says…", ", according to…", ", adding…").
   */
  private static final Pattern CONTENT_END = Pattern.compile("(?iu),\\s+(?:in\\s+(?:remarks|comments|an?\\s+(?:interview|statement|"
      + "speech|post|video|letter|op-ed|address|briefing|tweet))|according\\s+to|adding|citing|по\\s+словам|според|segundo|"
      + "de\\s+acordo\\s+com)(?![\\p{L}])");

  private SpeechCues() {}

  /**
   * Whether the reported-speech match at {@code [verbStart, matchEnd)} in a sentence starting at {@code sentenceStart}
   * reports nothing: a negated or refused verb, or "that" after a question word.
   */
  static boolean notReported(String text, int sentenceStart, int verbStart, int matchEnd) {
    String before = text.substring(Math.max(sentenceStart, verbStart - 40), verbStart);
    return NEGATED.matcher(before).find() || QUESTION_THAT.matcher(text).region(verbStart, matchEnd).find();
  }

  /** Where reported content starting at {@code start} ends, at most {@code sentenceEnd} ({@link #CONTENT_END}). */
  static int contentEnd(String text, int start, int sentenceEnd) {
    Matcher m = CONTENT_END.matcher(text).region(start, sentenceEnd);
    return m.find() ? m.start() : sentenceEnd;
  }

  /** {@link #CUE} with the given alternation of verbs (the test compares it with the flat one). */
  static Pattern cue(String verbs) {
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:(?<src>" + SOURCE_FIRST + ")|" + verbs + ")(?![\\p{L}\\p{M}])");
  }

  /** {@link #REPORTED} with the given alternation of verbs. */
  static Pattern reported(String verbs) {
    return Pattern.compile(
        "(?iu)(?<![\\p{L}])(?:(?:" + verbs + ")(?:\\s+[\\p{L}\\p{N}’'-]+){0,4}?,?\\s+(?:" + COMPLEMENTISERS + ")(?![\\p{L}])"
            + "|(?:said|says|warned|claimed)(?=\\s+(?:the|a|an|it|he|she|they|we|there|this|his|her|its|their)\\s))\\s*");
  }
}
