package dev.narrascope.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Closed word lists (lower case) that steer the capitalisation rules: function words that are
 * capitalised only because they start a sentence, titles stripped from names, nationality adjectives,
 * dates, and head words that give an unknown name its type. EN, PT, RU, BG.
 */
final class Lexicon {
  static final Set<String> FUNCTION_WORDS = words(
      "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "in", "on", "at", "for", "with", "as",
      "it", "its", "he", "she", "they", "we", "i", "you", "our", "his", "her", "their", "there", "here", "what",
      "when", "where", "why", "how", "who", "while", "after", "before", "although", "though", "however", "also",
      "today", "yesterday", "tomorrow", "according", "if", "so", "yet", "still", "even", "by", "from", "to", "of",
      "all", "some", "many", "most", "more", "no", "not", "one", "two", "three", "new", "last", "next", "first",
      "meanwhile", "moreover", "furthermore", "earlier", "later", "now", "then", "despite", "since", "because",
      "read", "also", "source", "link", "watch", "share", "updated", "please", "advertisement", "subscribe",
      "mr", "ms", "mrs", "dr", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll", "breaking", "video", "photo",
      "opinion", "analysis", "exclusive", "live", "news",
      // Sentence openers that glued themselves to the name after them in PolNeAR ("Plus Democrats", "Like Corker").
      "plus", "like", "unlike", "given", "during", "under", "against", "without", "whether", "once", "both", "each",
      "every", "such", "instead", "perhaps", "only", "just", "yes", "indeed", "thus", "among", "amid", "until",
      "including", "following", "asked", "again", "already", "nevertheless", "nonetheless", "otherwise", "overall",
      "o", "os", "as", "um", "uma", "em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "para", "por",
      "mas", "e", "ou", "ele", "ela", "eles", "elas", "isso", "este", "esta", "segundo", "ainda", "hoje", "ontem",
      "в", "во", "на", "и", "но", "а", "по", "с", "со", "к", "о", "об", "от", "из", "за", "для", "при", "это",
      "этот", "эта", "он", "она", "они", "мы", "я", "как", "также", "однако", "сегодня", "вчера", "по словам",
      "не", "что", "так", "все", "той", "тя", "те", "ние", "аз", "във", "със", "от", "за", "но", "и", "този",
      "тази", "това", "според", "днес", "вчера", "също", "обаче", "след", "преди", "още",
      // Sentence adverbs and connectives that glued themselves to the name after them in the SemEval documents
      // ("Всъщност Швейцария", "Сейчас Михаил Мишустин", "Além do Brasil").
      "сейчас", "теперь", "тогда", "кроме", "ранее", "позже", "затем", "поэтому", "впрочем", "именно", "после",
      "перед", "несмотря", "уже", "еще", "ещё", "вот", "лишь", "только", "даже", "напомним", "кстати", "конечно",
      "возможно", "вероятно", "итак", "наконец", "если", "когда", "где", "пока", "между", "всъщност", "сега",
      "тогава", "освен", "така", "затова", "вече", "само", "дори", "наистина", "накрая", "ако", "когато",
      "докато", "към", "чрез", "без", "além", "também", "já", "depois", "antes", "agora", "então", "assim",
      "porém", "contudo", "entretanto", "enquanto", "quando", "onde", "porque", "mesmo", "apenas", "após", "desde",
      "sobre", "entre", "sem", "contra", "durante", "pelo", "pela", "ao", "aos", "à", "num", "numa", "neste",
      "nesta", "nesse", "nessa", "conforme", "como", "cada", "todos", "todas");

  /** Words of page furniture that survive cleaning ("Related Stories", "Ads Blocker Image"). */
  static final Set<String> PAGE_WORDS = words(
      "related", "popular", "stories", "articles", "sources", "comments", "comment", "share", "follow", "subscribe",
      "newsletter", "trending", "latest", "recommended", "sponsored", "powered", "cookie", "cookies", "privacy",
      "policy", "terms", "login", "menu", "search", "home", "tags", "category", "categories", "previous", "leave",
      "reply", "ads", "blocker", "image", "help", "pro", "click", "download", "app", "contact", "copyright");

  static final Set<String> TITLES = words(
      "president", "presidente", "vice", "prime", "minister", "ministro", "ministra", "secretary", "secretário",
      "general", "chancellor", "chanceler", "defense", "defence", "foreign", "interior", "finance", "deputy",
      "former", "ex", "acting", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "porta-voz", "mr",
      "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "gen", "col", "lt", "colonel", "lieutenant",
      "major", "sergeant", "commander", "commander-in-chief", "admiral", "marshal", "king", "queen", "prince",
      "princess", "pope", "ambassador", "envoy", "governor", "mayor", "sir", "lord", "lady", "premier", "leader",
      "chairman", "chairwoman", "director", "professor", "prof", "judge", "justice", "speaker", "mp", "state",
      // "Professor Emeritus", "Head Executive Chris Stark": not a name of their own, nor part of the one after them.
      "emeritus", "executive",
      "первый", "президент", "премьер", "премьер-министр", "министр", "глава", "пресс-секретарь", "генсек",
      "генеральный", "секретарь", "посол", "канцлер", "премиер", "министър", "президентът", "говорител",
      "генерален", "секретар", "посланик", "канцлерът", "министърът", "генерал", "полковник", "сенатор",
      "госсекретарь", "spokesman", "official", "officials",
      "губернатор", "губернаторът", "мэр", "кмет", "кметът", "спикер", "председатель", "председателят", "лидер",
      "лидерът", "командующий", "командир", "советник", "съветник", "съветникът", "адвокат", "адвокатът",
      "посланикът", "премиерът", "говорителят", "представитель", "представителя", "представител", "представителят",
      // The Bulgarian professor and short definite forms ("Професор Дирк Ноц"); not "президента", which is also the
      // Russian genitive before a country ("президента России Владимира Путина").
      "професор", "премиера", "министъра", "посланика",
      "governador", "governadora", "deputado", "deputada", "embaixador",
      "embaixadora", "senador", "senadora", "comandante",
      // Occupations that stand before a name like a title ("Политолог Сергей Ломов", "физикът Георги Колев").
      "геолог", "политолог", "эксперт", "аналитик", "экономист", "учёный", "ученый", "профессор", "доктор",
      "депутат", "журналист", "историк", "климатолог", "метеоролог", "физик", "социолог", "политик", "д-р",
      "г-н", "г-жа", "експерт", "анализатор", "икономист", "учен", "депутатът", "журналистът", "историкът",
      "политологът", "физикът", "икономистът", "анализаторът", "експертът", "геологът", "професорът",
      "актриса", "актёр", "актер", "писатель", "писательница", "блогер", "блогерка", "телеведущий", "телеведущая",
      "ведущий", "ведущая", "режиссёр", "режиссер", "певец", "певица", "актрисата", "актьор", "актьорът", "писател",
      "писателят", "блогърът", "водещ", "водещият", "водещата", "режисьор", "певецът", "певицата");

  /**
   * English and Portuguese occupations written before a name like a title ("Economist Daniel Gross", "moderator
   * Gerard Baker"): dropped from the front of a name only when a name follows, since alone they may be one ("The
   * Economist").
   */
  static final Set<String> OCCUPATIONS = words(
      "economist", "analyst", "expert", "historian", "scientist", "researcher", "journalist", "reporter", "columnist",
      "commentator", "strategist", "pollster", "lawyer", "attorney", "activist", "author", "writer", "physicist",
      "geologist", "meteorologist", "climatologist", "sociologist", "politician", "lawmaker", "legislator", "candidate",
      "host", "moderator", "correspondent", "editor", "publisher", "founder", "ceo", "businessman", "businesswoman",
      "economista", "analista", "especialista", "historiador", "historiadora", "jornalista", "advogado", "advogada",
      "cientista", "investigador", "investigadora", "pesquisador", "pesquisadora", "politólogo", "comentador");

  /** Titles that only stand before a person's name, so the words after them are a person ("Dr. Sofia …"). */
  static final Set<String> PERSON_TITLES = words(
      "dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame", "doctor", "dra", "sr", "sra", "д-р",
      "проф", "г-н", "г-жа", "доктор", "профессор", "професор", "господин", "госпожа");

  /**
   * Compass-point adjectives: capitalised in front of a place ("Eastern Europe", "Източна Европа"),
   * they are not a name when the place itself is matched on its own.
   */
  static final Set<String> DIRECTIONS = words(
      "eastern", "western", "northern", "southern", "central", "източна", "западна", "северна", "южна", "централна",
      "източен", "западен", "северен", "южен", "централен", "източно", "западно", "северно", "южно", "централно",
      "восточная", "западная", "северная", "южная", "центральная", "восточный", "западный", "северный", "южный",
      "центральный", "восточной", "западной", "северной", "южной", "центральной");

  static final Set<String> DEMONYMS = words(
      "russian", "ukrainian", "american", "british", "french", "german", "western", "european", "chinese",
      "polish", "finnish", "soviet", "israeli", "palestinian", "iranian", "turkish", "belarusian", "bulgarian",
      "brazilian", "portuguese", "indian", "eastern", "northern", "southern", "baltic", "nordic", "english",
      "italian", "spanish", "japanese", "korean", "hungarian", "romanian", "moldovan", "georgian", "syrian",
      "russo-ukrainian", "anglo-saxon", "north", "south", "east", "central", "western-backed", "pro-russian",
      "pro-ukrainian", "pro-western", "kremlin-backed", "nato-led", "russo");

  /** Generational suffixes after a surname ("Robert F. Kennedy Jr."): the surname is the word before them. */
  static final Set<String> NAME_SUFFIXES = words("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  /** The index of the surname among a person's tokens {@code [from, to)}: the last word but a generational suffix. */
  static int surnameIndex(List<Token> tokens, int from, int to) {
    int last = to - 1;
    return last - 1 > from && NAME_SUFFIXES.contains(tokens.get(last).text().toLowerCase(Locale.ROOT)) ? last - 1 : last;
  }

  static final Set<String> DATES = words(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
      "novembro", "dezembro", "январь", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
      "сентября", "октября", "ноября", "декабря", "януари", "февруари", "март", "април", "май", "юни", "юли",
      "август", "септември", "октомври", "ноември", "декември", "christmas", "easter",
      // Abbreviated months ("Feb. 24"); not "Jan", "Jun" nor "Mar": given names and the Portuguese sea.
      "feb", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  static final Set<String> ORGANIZATION_WORDS = words(
      "ministry", "ministerio", "ministério", "party", "partido", "council", "conselho", "union", "agency",
      "agência", "forces", "army", "navy", "bank", "banco", "committee", "university", "universidade",
      "institute", "instituto", "organization", "organisation", "organização", "parliament", "parlamento",
      "government", "governo", "court", "tribunal", "commission", "comissão", "office", "department", "service",
      "news", "times", "post", "press", "company", "corporation", "corp", "inc", "ltd", "group", "fund",
      "foundation", "association", "network", "guard", "federation", "alliance", "bloc", "coalition", "media",
      "television", "tv", "corps", "marines", "fleet", "radio", "agency", "board", "authority", "staff", "brigade", "battalion", "regiment",
      "министерство", "министерството", "партия", "партията", "совет", "съвет", "агентство", "агенция", "армия",
      "армията", "банк", "банка", "комитет", "университет", "институт", "организация", "парламент", "правительство",
      "правителство", "суд", "съд", "комиссия", "комисия", "служба", "фонд", "группа", "група",
      "centre", "center", "centro", "associação", "associacao", "federação", "confederação", "sindicato", "união",
      "comité", "comite", "observatory", "observatório", "ассоциация", "союз", "асоциация", "съюз", "федерация",
      "центр", "център", "сдружение", "движение", "обсерватория", "комитетът", "съветът", "институтът",
      "комисията", "агенцията", "организацията", "правителството", "службата",
      // Portuguese institutions that were typed as people ("Forças Armadas", "Negócios Estrangeiros", "Câmara Municipal").
      "forças", "força", "exército", "marinha", "câmara", "assembleia", "senado", "congresso", "polícia", "negócios",
      // News outlets, think tanks and institutions that were typed as people ("Daily Mail", "National Interest").
      "daily", "mail", "wire", "telegraph", "herald", "gazette", "journal", "tribune", "express", "observer",
      "examiner", "chronicle", "independent", "insider", "review", "magazine", "research", "forum", "interest", "archives", "academy", "gallery",
      // After a place the gazetteer knows ("Texas Tech", "California Restaurant Assn"): a university, an association.
      "tech", "assn", "reserve", "chiefs", "partnerships",
      // Portuguese institutions whose name opens with their kind ("Departamento de Defesa", "Igreja Católica").
      "departamento", "presidência", "painel", "juventude", "guarda", "igreja", "patriarcado", "tropas", "campus");

  /**
   * Words that end a paper's name after a place ("US Sun") but are no organisation word anywhere else ("Sun" may be a
   * surname); the papers' other words ("Times", "Post", "Independent") are among {@link #ORGANIZATION_WORDS}.
   */
  static final Set<String> PRESS_WORDS = words("sun");

  /**
   * Last words of the name of a law, a plan, an agreement, an event or a slogan ("Inflation Reduction Act", "Net Zero",
   * "Paris Agreement", "New World Order"): such a name of two or more capitalised words is a thing, not a person. Not
   * "Law" nor "Deal", which are surnames too (Jude Law, Nathan Deal).
   */
  static final Set<String> THING_WORDS = words("act", "agreement", "treaty", "accord", "accords", "protocol", "plan",
      "initiative", "program", "programme", "doctrine", "strategy", "index", "award", "prize", "summit", "conference",
      "zero", "order", "guarantee", "war", "crisis", "report", "scheme", "framework", "declaration", "convention");

  /**
   * First words of such names where the language puts the head first ("Convenção de Montreux", "Dia Mundial do
   * Ambiente", "Treaty of Versailles").
   */
  static final Set<String> THING_HEADS = words("convenção", "conferência", "jogos", "dia", "direitos", "acordo",
      "tratado", "protocolo", "plano", "lei", "cimeira", "guerra", "crise", "programa", "estratégia", "corrente", "greve",
      "treaty", "battle", "conference", "convention");

  static final Set<String> LOCATION_WORDS = words(
      "sea", "river", "ocean", "oblast", "region", "province", "island", "islands", "bay", "lake", "mountains",
      "street", "square", "city", "county", "district", "valley", "peninsula", "strait", "gulf", "coast",
      "republic", "kingdom", "state", "states", "область", "области", "регион", "море", "река", "остров",
      // Not "lago", "serra", "vale" nor "castelo": surnames too (André Corrêa do Lago, José Serra).
      "república", "reino", "mar", "rio", "ilha", "região", "província", "bacia", "golfo", "estreito", "península");

  static final Set<String> LOCATION_PREPOSITIONS = words(
      "in", "into", "from", "to", "near", "across", "toward", "towards", "em", "no", "na", "de", "para", "в",
      "во", "из", "на", "под", "във", "от", "към", "до", "при");

  /** Lower-case particles allowed inside a name ("Ursula von der Leyen", "Lula da Silva"). */
  static final Set<String> NAME_PARTICLES = words(
      "von", "van", "der", "den", "de", "da", "do", "dos", "das", "bin", "ibn", "al", "el", "la", "le", "di", "du",
      "фон", "дер", "да", "ди");

  private Lexicon() {}

  // Not Set.of: the lists overlap across languages ("no", "de"), and Set.of rejects duplicates.
  /**
   * Whether {@code lower} is a title: one of {@link #TITLES}, or a compound with one ("сенатор-республиканец",
   * "экс-президент", "vice-presidente").
   */
  static boolean isTitle(String lower) {
    if (TITLES.contains(lower)) return true;
    if (lower.indexOf('-') < 0) return false;
    for (String part : lower.split("-")) if (TITLES.contains(part)) return true;
    return false;
  }

  /**
   * Russian and Bulgarian nouns of a region that an adjective before them names ("Астраханской области",
   * "Краснодарского края"): that capitalised adjective is part of a place's name, never a person.
   */
  static final Set<String> REGION_NOUNS = words("область", "области", "областью", "областей", "областях", "край", "края", "крае", "краю",
      "район", "района", "районе", "округ", "округа", "округе", "республика", "республики", "губерния", "губернии",
      "област", "областта", "окръг");

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }
}
