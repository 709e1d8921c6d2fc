package dev.narrascope.entity;

import dev.narrascope.EntityMention;
import dev.narrascope.text.Sentences;
import dev.narrascope.text.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds entity mentions in one text: gazetteer aliases first (longest match), then runs of
 * capitalised words, with titles, nationality adjectives and sentence-initial common words cut off.
 * Collective actors ("Russian troops", "रूसी सेना") come from {@link GroupPhrases}; Hindi, which has
 * no capitals, gets its names from {@link HindiNames}. Surname-only mentions and spelling variants
 * are then resolved to a full name seen in the same text, lone organisation words to the longer
 * name they shorten, and names the gazetteer lacks are written in Latin script ({@link Romanizer}).
 * Stateless apart from the immutable gazetteer; thread-safe.
 */
final class EntityExtractor {
  /**
   * A Russian word with an adjective's ending that no given name has (not "-ий", "-ей", "-ее": Дмитрий, Сергей, об
   * Андрее); "-ой" and "-их" only after an adjective's suffix (not Генрих), and the listed given names are checked
   * apart (Анной, Ириной).
   */
  private static final Pattern CYRILLIC_ADJECTIVE =
      Pattern.compile("\\p{IsCyrillic}+(?:ая|яя|ое|ого|его|ому|ему|ую|юю|ых|ый|ыми|ими|(?:ск|цк|ов|ев|н)ой|(?:ск|цк|н)их)");
  /** What may stand between a title and the name: its abbreviation dot and a space or two. */
  private static final Pattern TITLE_GAP = Pattern.compile("\\.?[ \\u00a0]{1,2}");
  /** A Bulgarian word in its definite form (ending in a definite article). */
  private static final Pattern DEFINITE_CYRILLIC = Pattern.compile("\\p{IsCyrillic}+(та|то|ът|ят)");
  // Compiled once: String.matches/split/replaceAll with a regex compile it on every call (a hot path).
  private static final Pattern OPENS_CAPITALISED = Pattern.compile(".*[:“«„\"‘(—–-]\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final Gazetteer gazetteer;

  EntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A mention under construction: token range, type and canonical name. */
  private static final class Draft {
    final int from;
    final int to;
    String type;
    String canonical;
    final boolean known;

    Draft(int from, int to, String type, String canonical, boolean known) {
      this.from = from;
      this.to = to;
      this.type = type;
      this.canonical = canonical;
      this.known = known;
    }
  }

  /**
   * The mentions in {@code text}; {@code language} (ISO 639-1 or {@code null}) only picks how unknown
   * Cyrillic names are written in Latin script.
   */
  List<EntityMention> find(String text, String language) {
    List<Token> tokens = Token.tokenize(text);
    boolean[] initial = sentenceInitial(text, tokens);
    Set<String> lowerSeen = new HashSet<>();
    Set<String> capitalisedMidSentence = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (Character.isLowerCase(t.text().codePointAt(0))) lowerSeen.add(lower);
      else if (!initial[i] && t.capitalised()) capitalisedMidSentence.add(lower);
    }
    List<Draft> drafts = new ArrayList<>();
    boolean[] taken = new boolean[tokens.size()];
    int i = 0;
    while (i < tokens.size()) {
      Gazetteer.Match m = known(text, tokens, i);
      // "Dr. Sofia Lindqvist", "д-р София Петрова": after a title a place's name is a given name; but not an inflected
      // one ("премьер Эстонии Кая Каллас": Estonia's prime minister).
      if (m != null && "LOCATION".equals(m.entry().type()) && afterPersonTitle(text, tokens, i, Lexicon.TITLES)
          && (!Gazetteer.cyrillic(tokens.get(i).text()) || gazetteer.writtenAsAlias(tokens.subList(i, i + m.length())))) {
        m = null;
      }
      if (m != null) {
        for (int k = i; k < i + m.length(); k++) taken[k] = true;
        drafts.add(new Draft(i, i + m.length(), m.entry().type(), m.entry().canonical(), true));
        i += m.length();
        continue;
      }
      if (!tokens.get(i).capitalised()) {
        i++;
        continue;
      }
      Draft given = givenNameBeforeKnownSurname(text, tokens, i, initial[i] && !capitalisedMidSentence.contains(
          tokens.get(i).text().toLowerCase(Locale.ROOT)));
      if (given != null) {
        drafts.add(given);
        i = given.to;
        continue;
      }
      int end = runEnd(text, tokens, i);
      Draft d = fromRun(text, tokens, i, end, initial, lowerSeen, capitalisedMidSentence);
      // A run that comes down to its last word may be the first word of a name in lower case after it.
      int last = d == null ? i : d.from;
      Draft headed = last == end - 1 && (d == null || d.to == end)
          ? headedName(text, tokens, last, initial, capitalisedMidSentence, "bg".equals(language)) : null;
      if (headed != null) {
        drafts.add(headed);
        i = headed.to;
        continue;
      }
      if (d != null) {
        if (afterPersonTitle(text, tokens, i, Lexicon.PERSON_TITLES) && d.from == i && d.to - d.from >= 2) d.type = "PERSON";
        drafts.addAll(splitInstitutionFromName(text, tokens, d, lowerSeen));
      }
      i = d == null ? end : Math.max(end, d.to);
    }
    for (GroupPhrases.Span g : GroupPhrases.find(text, tokens, taken, language)) {
      // "Russian Army": the group is the actor, not the capitalised "Army" found on its own.
      drafts.removeIf(d -> d.from < g.to() && g.from() < d.to);
      // The gazetteer's name for the same group wins ("Russian army" is an alias of "Russian troops").
      Gazetteer.Entry known = gazetteer.byAlias(g.canonical());
      drafts.add(known != null ? new Draft(g.from(), g.to(), known.type(), known.canonical(), true)
          : new Draft(g.from(), g.to(), g.type(), g.canonical(), true));
    }
    for (HindiNames.Span s : HindiNames.find(text, tokens, taken)) {
      String surface = text.substring(tokens.get(s.from()).start(), tokens.get(s.to() - 1).end());
      drafts.add(new Draft(s.from(), s.to(), s.type(), surface, false));
    }
    drafts.sort((x, y) -> Integer.compare(x.from, y.from));
    if ("ru".equals(language)) {
      placesOpenedByAdjectives(tokens, drafts);
      drafts.replaceAll(d -> placeOfRegionAdjective(tokens, d));
    }
    if ("ru".equals(language) || "bg".equals(language)) latinNamesAreNoPeople(tokens, drafts);
    if ("pt".equals(language)) drafts.removeIf(d -> portfolioAfterRole(tokens, d));
    drafts.replaceAll(d -> withoutPortfolio(text, tokens, d));
    drafts.removeIf(d -> photoCredit(text, tokens, d));
    resolvePersons(tokens, drafts);
    resolveShortForms(tokens, drafts);
    List<EntityMention> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      int start = tokens.get(d.from).start();
      int stop = tokens.get(d.to - 1).end();
      String canonical = d.known ? d.canonical : unknownCanonical(text, tokens, d, language);
      out.add(new EntityMention(text.substring(start, stop), canonical, d.type, start, stop));
    }
    return out;
  }

  /**
   * The canonical name of a name the gazetteer does not know: a Latin one for Cyrillic or Devanagari, comparable across
   * languages; a Russian name is put in the nominative first, so that all its cases meet, and a Bulgarian one loses its
   * article.
   */
  private static String unknownCanonical(String text, List<Token> tokens, Draft d, String language) {
    String name = "PERSON".equals(d.type) ? RussianNames.nominative(d.canonical, language)
        : BulgarianPhrases.indefinite(RussianPhrases.nominative(d.canonical, language), language);
    if ("ru".equals(language) && "LOCATION".equals(d.type) && d.to - d.from == 1 && d.from > 0
        && Gazetteer.contiguous(text, tokens.get(d.from - 1), tokens.get(d.from))) {
      name = RussianPlaces.nominative(name, tokens.get(d.from - 1).text()); // "в Волчанске" → Волчанск
    }
    return Romanizer.romanize(name, language);
  }

  /**
   * The gazetteer's name at token {@code i}, but for a named thing (type OTHER) that opens a longer capitalised name
   * ("Climate Change Committee", "Earth Fund"): that is part of the longer name, unless the next word is a known
   * name of its own ("ПВО России") or a person's given name; and so is a place that opens a paper's or an
   * institution's name ({@link #opensLongerName}).
   */
  private Gazetteer.Match known(String text, List<Token> tokens, int i) {
    Gazetteer.Match m = gazetteer.match(text, tokens, i);
    if (m != null && "LOCATION".equals(m.entry().type()) && opensLongerName(text, tokens, i + m.length())) return null;
    if (m == null || !"OTHER".equals(m.entry().type())) return m;
    int k = i + m.length();
    boolean opensName = k < tokens.size() && tokens.get(k).capitalised()
        && Gazetteer.contiguous(text, tokens.get(k - 1), tokens.get(k)) && gazetteer.match(text, tokens, k) == null
        && RussianNames.givenName(tokens.get(k).text()) == null; // "СВО Ростиславу Журавлёву": a person follows
    return opensName ? null : m;
  }

  /**
   * Whether the capitalised words from token {@code k} on, right after a place, make it an outlet's or an institution's
   * name: "New York Times", "South China Morning Post", "Kyiv Independent" are papers, and "California Air Resources
   * Board" a board, not the place and a "Times" or a "Board".
   */
  private static boolean opensLongerName(String text, List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j < k + 3; j++) {
      Token t = tokens.get(j);
      if (!t.capitalised() || Romanizer.needed(t.text()) || !Gazetteer.contiguous(text, tokens.get(j - 1), t)) return false;
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (Lexicon.PAGE_WORDS.contains(lower) || Lexicon.FUNCTION_WORDS.contains(lower)) return false; // "India News", a menu
      if (Lexicon.ORGANIZATION_WORDS.contains(lower) || Lexicon.PRESS_WORDS.contains(lower)) return true;
    }
    return false;
  }

  /**
   * "Dr. Sofia Lindqvist", "Физикът Георги Колев": a title right before two or more capitalised words
   * makes them a name, even where the first one is also a place in the gazetteer; a personal title
   * ({@link Lexicon#PERSON_TITLES}) makes them a person.
   */
  private static boolean afterPersonTitle(String text, List<Token> tokens, int i, Set<String> titles) {
    if (i == 0 || i + 1 >= tokens.size()) return false;
    Token title = tokens.get(i - 1);
    if (!titles.contains(title.text().toLowerCase(Locale.ROOT))) return false;
    String gap = text.substring(title.end(), tokens.get(i).start());
    return TITLE_GAP.matcher(gap).matches() && tokens.get(i + 1).capitalised()
        && Gazetteer.contiguous(text, tokens.get(i), tokens.get(i + 1));
  }

  /**
   * "Hunter Biden" or "Serguei Lavrov": a given name in front of a known surname. A compatible given name
   * is the known person; another one is somebody else with that surname.
   */
  private Draft givenNameBeforeKnownSurname(String text, List<Token> tokens, int i, boolean onlyAtSentenceStart) {
    if (i + 1 >= tokens.size() || !Gazetteer.contiguous(text, tokens.get(i), tokens.get(i + 1))) return null;
    Token first = tokens.get(i);
    String lower = first.text().toLowerCase(Locale.ROOT);
    if (first.allCaps() || Lexicon.isTitle(lower) || Lexicon.FUNCTION_WORDS.contains(lower)
        || Lexicon.DEMONYMS.contains(lower) || Lexicon.DATES.contains(lower)) {
      return null;
    }
    // "премьер Эстонии Каллас": a known place or body in the genitive before a surname is whose office it is, not a
    // given name (Cyrillic only: in Latin script "Georgia", "Jordan" or "Victoria" are given names too).
    Gazetteer.Match place = Gazetteer.cyrillic(first.text()) ? gazetteer.match(text, tokens, i) : null;
    if (place != null && place.length() == 1 && !"PERSON".equals(place.entry().type())) return null;
    // "Antony J. Blinken": a middle initial may stand between.
    Draft d = withKnownSurname(text, tokens, i, i + 1 + (initialBefore(text, tokens, i + 1) ? 1 : 0));
    // "Защото Зеленски …", "У Путина есть …", "Переговоры Путина …": a Cyrillic word that only opens a sentence, and is
    // neither a given name of the list nor the known person's, is the sentence's first word, not somebody else's name.
    if (d != null && !d.known && onlyAtSentenceStart && Gazetteer.cyrillic(first.text())
        && RussianNames.givenName(first.text()) == null) {
      return null;
    }
    return d;
  }

  /**
   * Tokens {@code from..surname} as a person when token {@code surname} is a known person's one-word surname: that
   * person if the given name (token {@code from}) fits, else somebody else with that surname; null when it is none.
   */
  private Draft withKnownSurname(String text, List<Token> tokens, int from, int surname) {
    Gazetteer.Match m = gazetteer.match(text, tokens, surname);
    if (m == null || m.length() != 1 || !"PERSON".equals(m.entry().type())) return null;
    String known = m.entry().canonical();
    return NameKeys.compatibleGivenNames(tokens.get(from).text(), known.substring(0, Math.max(1, known.indexOf(' '))))
        ? new Draft(from, surname + 1, "PERSON", known, true)
        : new Draft(from, surname + 1, "PERSON", surface(text, tokens, from, surname + 1), false);
  }

  /**
   * Whether token {@code k} is a middle initial inside a name: one capital letter, a full stop, one space, and a
   * capitalised word ("Robert F. Kennedy"); without this the full stop ended the name at "Robert F".
   */
  static boolean initialBefore(String text, List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) return false;
    Token t = tokens.get(k), next = tokens.get(k + 1);
    return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && t.end() + 2 == next.start()
        && text.charAt(t.end()) == '.' && text.charAt(t.end() + 1) == ' ' && next.capitalised() && next.text().length() > 1;
  }

  /** End (exclusive) of the run of capitalised tokens starting at {@code i}; stops before a gazetteer hit. */
  private int runEnd(String text, List<Token> tokens, int i) {
    int end = i + 1;
    while (end < tokens.size() && (Gazetteer.contiguous(text, tokens.get(end - 1), tokens.get(end))
        || end - 1 > i && initialBefore(text, tokens, end - 1))) {
      Token t = tokens.get(end);
      boolean particle = Lexicon.NAME_PARTICLES.contains(t.text()) && end + 1 < tokens.size()
          && tokens.get(end + 1).capitalised() && Gazetteer.contiguous(text, t, tokens.get(end + 1));
      if (!(t.capitalised() || particle) || known(text, tokens, end) != null) break;
      // "API Райън Майерс": a name keeps to one script; the Latin acronym before it is its organisation.
      if (Gazetteer.cyrillic(t.text()) != Gazetteer.cyrillic(tokens.get(end - 1).text())) break;
      end += particle ? 2 : 1;
    }
    return Math.min(end, tokens.size());
  }

  /**
   * "Световната здравна организация": a capitalised Cyrillic word that opens a name whose other words are lower case
   * ({@link HeadedNames#after}), or "Съвета за национална сигурност": an organisation noun with its complement after
   * "за" or "по", in Bulgarian "на" too ({@link HeadedNames#withComplement}); at the start of a sentence only if the
   * word is capitalised mid-sentence elsewhere too.
   */
  private static Draft headedName(String text, List<Token> tokens, int i, boolean[] initial, Set<String> capitalisedMidSentence,
                                  boolean bulgarian) {
    Token first = tokens.get(i);
    String lower = first.text().toLowerCase(Locale.ROOT);
    if (!Gazetteer.cyrillic(first.text()) || first.allCaps() || initial[i] && !capitalisedMidSentence.contains(lower)) {
      return null;
    }
    boolean opensAdjectives = !(Lexicon.isTitle(lower) || Lexicon.FUNCTION_WORDS.contains(lower)
        || Lexicon.ORGANIZATION_WORDS.contains(lower));
    HeadedNames.Span s = opensAdjectives ? HeadedNames.after(text, tokens, i) : null;
    if (s == null) s = HeadedNames.withComplement(text, tokens, i, bulgarian);
    return s == null ? null : new Draft(s.from(), s.to(), s.type(), surface(text, tokens, s.from(), s.to()), false);
  }

  private Draft fromRun(String text, List<Token> tokens, int from, int to, boolean[] initial,
                        Set<String> lowerSeen, Set<String> capitalisedMidSentence) {
    boolean titled = false;
    int a = from;
    int b = to;
    // "Foreign Ministry", "Defence Council": here the title words belong to the organisation's name.
    boolean organisation = Lexicon.ORGANIZATION_WORDS.contains(tokens.get(to - 1).text().toLowerCase(Locale.ROOT));
    // "House Speaker Paul Ryan", "Treasury Secretary Janet Yellen": the words before a title that a name follows
    // name the office, not the person.
    if (!organisation) {
      for (int k = b - 2; k > a; k--) {
        String lower = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (Lexicon.isTitle(lower) || Lexicon.OCCUPATIONS.contains(lower)) {
          a = k;
          break;
        }
      }
    }
    while (a < b) {
      Token t = tokens.get(a);
      String lower = t.text().toLowerCase(Locale.ROOT);
      if ((Lexicon.isTitle(lower) || Lexicon.OCCUPATIONS.contains(lower) && a + 1 < b) && !organisation) {
        titled = true;
      } else if (!(droppable(t, lower, lowerSeen)
          // A capitalised word that starts a sentence is a name only if it is also written so elsewhere,
          // or if more capitalised words follow it ("Volodymyr Zelensky said…").
          || initial[a] && (lowerSeen.contains(lower) || b - a == 1 && !capitalisedMidSentence.contains(lower)))) {
        break;
      }
      a++;
    }
    while (b > a && (droppable(tokens.get(b - 1), tokens.get(b - 1).text().toLowerCase(Locale.ROOT), lowerSeen)
        || Lexicon.isTitle(tokens.get(b - 1).text().toLowerCase(Locale.ROOT))
        || Lexicon.NAME_PARTICLES.contains(tokens.get(b - 1).text()))) {
      b--;
    }
    if (a >= b) return null;
    // "Secretary of State Antony J. Blinken": the run stopped at the known surname after the initial; take it in.
    if (b - a >= 2 && b < tokens.size() && initialBefore(text, tokens, b - 1)) {
      Draft person = withKnownSurname(text, tokens, a, b);
      if (person != null) return person;
    }
    if (b - a == 1 && tokens.get(a).text().codePointCount(0, tokens.get(a).text().length()) < 2) return null;
    // "Губернатор Астраханской области": a capitalised word before a region noun is the region's adjective, and so is
    // the last word of "Гуляйполя Запорожской области" (a village, then its region) and "Запорожской и Херсонской областей".
    if (beforeRegionNoun(tokens, b)) {
      if (b - a == 1) return null;
      b--;
    }
    // "Eastern" of "Eastern Europe", left alone because the place itself is a gazetteer match.
    if (b - a == 1 && Lexicon.DIRECTIONS.contains(tokens.get(a).text().toLowerCase(Locale.ROOT))) return null;
    String type = type(tokens, a, b, titled, lowerSeen);
    // Capitalised common words ("Related Stories", "World") are headings, not names.
    if ("OTHER".equals(type) && tokens.subList(a, b).stream()
        .allMatch(t -> lowerSeen.contains(t.text().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    return new Draft(a, b, type, surface(text, tokens, a, b), false);
  }

  /** Whether token {@code b} is a region noun, or "и" before a capitalised adjective and a region noun. */
  private static boolean beforeRegionNoun(List<Token> tokens, int b) {
    if (b >= tokens.size()) return false;
    if (Lexicon.REGION_NOUNS.contains(tokens.get(b).text().toLowerCase(Locale.ROOT))) return true;
    return b + 2 < tokens.size() && tokens.get(b).text().equals("и") && tokens.get(b + 1).capitalised()
        && Lexicon.REGION_NOUNS.contains(tokens.get(b + 2).text().toLowerCase(Locale.ROOT));
  }

  private static boolean droppable(Token t, String lower, Set<String> lowerSeen) {
    return Lexicon.FUNCTION_WORDS.contains(lower) || Lexicon.DEMONYMS.contains(lower) || Lexicon.DATES.contains(lower)
        || Lexicon.PAGE_WORDS.contains(lower)
        || t.allCaps() && lowerSeen.contains(lower) || t.text().chars().allMatch(Character::isDigit);
  }

  private static String type(List<Token> tokens, int a, int b, boolean titled, Set<String> lowerSeen) {
    int words = 0;
    boolean nameShaped = true;
    for (int k = a; k < b; k++) {
      String w = tokens.get(k).text();
      String lower = w.toLowerCase(Locale.ROOT);
      if (Lexicon.ORGANIZATION_WORDS.contains(lower)) return "ORGANIZATION";
      if (Lexicon.LOCATION_WORDS.contains(lower)) return "LOCATION";
      if (Lexicon.NAME_PARTICLES.contains(w)) continue;
      words++;
      if (tokens.get(k).allCaps() || w.chars().anyMatch(Character::isDigit) || lowerSeen.contains(lower)) {
        nameShaped = false;
      }
    }
    if (titled) return "PERSON";
    if (words == 1 && tokens.get(a).allCaps()) return "ORGANIZATION";
    if (words >= 2 && (Lexicon.THING_WORDS.contains(tokens.get(b - 1).text().toLowerCase(Locale.ROOT))
        || Lexicon.THING_HEADS.contains(tokens.get(a).text().toLowerCase(Locale.ROOT)))) {
      return "OTHER";
    }
    if (words >= 2 && words <= 4 && nameShaped) return "PERSON";
    if (words == 1 && a > 0 && Lexicon.LOCATION_PREPOSITIONS.contains(tokens.get(a - 1).text().toLowerCase(Locale.ROOT))
        && tokens.get(a).start() - tokens.get(a - 1).end() <= 2) {
      return "LOCATION";
    }
    return "OTHER";
  }

  /**
   * "Новая Таволжанка", "Нагорного Карабаха", "Южном Урале": an unknown Russian name of two or more capitalised words
   * that an adjective opens is a place's, never a person's (a given name is never an adjective), so it is no person
   * whose surname could take in a lone "Карабаха".
   */
  private static void placesOpenedByAdjectives(List<Token> tokens, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.known || !"PERSON".equals(d.type) || d.to - d.from < 2) continue;
      String first = tokens.get(d.from).text();
      if (RussianNames.givenName(first) != null) continue;
      if (CYRILLIC_ADJECTIVE.matcher(first).matches() || RussianPhrases.stressedAdjective(first)
          || !RussianPhrases.nominative(d.canonical, "ru").equals(d.canonical)) {
        d.type = "LOCATION";
      }
    }
  }

  /** Starts of the nouns a region's, a district's or a front's adjective goes with ("областями", "направлении"). */
  private static final List<String> REGION_NOUN_STARTS = List.of("област", "район", "округ", "направлени", "кра",
      "губерни", "участк", "фронт");

  /**
   * "Белгородской области", "в Харьковском районе", "на Запорожском направлении": Russian names a region, a district or
   * a front by an adjective made from a town's name, before a noun that says which ("Белгородской и Курской областях"
   * too); the adjective alone was a name of its own in every case ("Belgorodskoi", "Kharkovskom"). Where the gazetteer
   * knows the town, the adjective is that place ("Римского папы" is no Rome: no region noun follows).
   */
  private Draft placeOfRegionAdjective(List<Token> tokens, Draft d) {
    if (d.known || d.to - d.from != 1 || d.to >= tokens.size() || "PERSON".equals(d.type)) return d;
    String next = tokens.get(d.to).text();
    if (!"и".equals(next) && REGION_NOUN_STARTS.stream().noneMatch(next::startsWith)
        && RussianPlaces.placesOfAdjective(next).isEmpty()) {  // "над Ростовской, Астраханской … областями"
      return d;
    }
    for (String place : RussianPlaces.placesOfAdjective(tokens.get(d.from).text())) {
      Gazetteer.Entry e = gazetteer.byAlias(place);
      if (e != null && "LOCATION".equals(e.type())) return new Draft(d.from, d.to, "LOCATION", e.canonical(), true);
    }
    return d;
  }

  /**
   * "World Weather Attribution", "Judging Freedom", "Deep Dive": Russian and Bulgarian news write people's names in
   * Cyrillic, so an unknown name written in Latin script there is a podcast's, a paper's or a firm's, not a person's
   * (the gazetteer's people are matched before this).
   */
  private static void latinNamesAreNoPeople(List<Token> tokens, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.known || !"PERSON".equals(d.type)) continue;
      boolean latin = true;
      for (int k = d.from; k < d.to && latin; k++) latin = !Romanizer.needed(tokens.get(k).text());
      if (latin) d.type = "OTHER";
    }
  }

  /** Lower-case Portuguese offices whose portfolio follows them capitalised ("ministro da Defesa"). */
  private static final Set<String> PT_OFFICES = Set.of("ministro", "ministra", "ministros", "ministras", "vice-ministro",
      "vice-ministra", "secretário", "secretária", "secretários", "chefe", "chefes", "comissário", "comissária");
  /** The Portuguese "of" between an office and its portfolio. */
  private static final Set<String> PT_OF = Set.of("da", "do", "das", "dos", "de");
  /** First words of a Portuguese portfolio ("Negócios Estrangeiros", "Defesa", "chefe de Estado"). */
  private static final Set<String> PT_PORTFOLIOS = Set.of("negócios", "defesa", "ambiente", "finanças", "estado",
      "economia", "energia", "saúde", "interior", "justiça", "educação", "agricultura", "exterior", "relações",
      "administração", "transportes", "trabalho", "cultura", "comércio", "indústria", "assuntos", "ordenamento");

  /**
   * "o ministro dos Negócios Estrangeiros russo", "o chefe de Estado ucraniano", "a ministra do Ambiente": Portuguese
   * capitalises a portfolio after its office, which is part of a person's title, not an actor of its own (it was 90
   * mentions of "Negócios Estrangeiros", "Estado", "Defesa" … on the SemEval documents). Only names the gazetteer does not
   * know: "o primeiro-ministro da Hungria" is Hungary.
   */
  private static boolean portfolioAfterRole(List<Token> tokens, Draft d) {
    if (d.known || d.from < 2 || !PT_PORTFOLIOS.contains(tokens.get(d.from).text().toLowerCase(Locale.ROOT))) return false;
    return PT_OF.contains(tokens.get(d.from - 1).text())
        && PT_OFFICES.contains(tokens.get(d.from - 2).text().toLowerCase(Locale.ROOT));
  }

  /** "Фото: Михаил Сергеев/ТАСС", "Photo: Jane Doe/Reuters": a photographer credited inline, no actor of the article. */
  private static final Pattern CREDIT_BEFORE = Pattern.compile("(?iu)(?:фото|снимка|photo|foto|image)\\s*:\\s*$");

  private static boolean photoCredit(String text, List<Token> tokens, Draft d) {
    if (!"PERSON".equals(d.type)) return false;
    int start = tokens.get(d.from).start();
    int end = tokens.get(d.to - 1).end();
    boolean agencyAfter = end + 1 < text.length() && text.charAt(end) == '/' && Character.isUpperCase(text.charAt(end + 1));
    return agencyAfter || CREDIT_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
  }

  /**
   * "Minister of Agriculture Ann Novak", "Professor Emeritus of Entomology Michael Raupp": after an office and "of", the
   * capitalised words before a person's given name and surname are the portfolio or the field, part of the title. An
   * unknown person's name of three words or more there keeps its last two (and a middle initial before them).
   */
  private static Draft withoutPortfolio(String text, List<Token> tokens, Draft d) {
    if (d.known || "LOCATION".equals(d.type) || d.to - d.from < 3 || d.from < 2
        || !"of".equals(tokens.get(d.from - 1).text()) || !Lexicon.isTitle(tokens.get(d.from - 2).text().toLowerCase(Locale.ROOT))) {
      return d;
    }
    int from = d.to - 2;
    if (tokens.get(from).text().length() <= 2 && from - 1 > d.from) from--; // "John F. Kerry"
    // "Chief of Staff Wieslaw Kukula" may come typed as an organisation; "Director of Regional Development Agency" is one.
    for (int k = from; k < d.to; k++) {
      if (Lexicon.ORGANIZATION_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) return d;
    }
    return new Draft(from, d.to, "PERSON", text.substring(tokens.get(from).start(), tokens.get(d.to - 1).end()), false);
  }

  /**
   * Within one text, a surname alone ("Reznikov") or a spelling variant ("Aleksey Reznikov") takes the
   * canonical name of the full name it agrees with; a known (gazetteer) name wins over an unknown one.
   */
  private static void resolvePersons(List<Token> tokens, List<Draft> drafts) {
    Map<String, List<Draft>> bySurname = new HashMap<>();
    for (Draft d : drafts) {
      if ("PERSON".equals(d.type) && d.to - d.from >= 2) {
        bySurname.computeIfAbsent(tokens.get(Lexicon.surnameIndex(tokens, d.from, d.to)).stem(), k -> new ArrayList<>()).add(d);
      }
    }
    for (List<Draft> group : bySurname.values()) {
      for (Draft d : group) {
        if (d.known) continue;
        for (Draft other : group) {
          if (other != d && (other.known || group.indexOf(other) < group.indexOf(d))
              && NameKeys.compatibleGivenNames(tokens.get(d.from).text(), tokens.get(other.from).text())) {
            d.canonical = other.canonical;
            if (other.known) break;
          }
        }
      }
    }
    // "लिन ने कहा" after "प्रवक्ता लिन जियान": a name whose family name comes first (Chinese) is taken up by its first
    // word; only a word already read as a person (taking an OTHER, "Lockheed", "Florida", to "Lockheed Martin" or
    // "Florida Gov" was tried: as many wrong as right), and only where one person has that first word.
    Map<String, List<Draft>> byFirst = new HashMap<>();
    for (List<Draft> group : bySurname.values()) {
      for (Draft d : group) byFirst.computeIfAbsent(tokens.get(d.from).stem(), k -> new ArrayList<>()).add(d);
    }
    for (Draft d : drafts) {
      if (d.known || d.to - d.from != 1 || "ORGANIZATION".equals(d.type)) continue;
      List<Draft> group = bySurname.get(tokens.get(d.from).stem());
      if (group == null && "PERSON".equals(d.type)) {
        List<Draft> first = byFirst.get(tokens.get(d.from).stem());
        if (first != null && first.stream().map(f -> f.canonical).distinct().count() == 1) group = first;
      }
      if (group == null) continue;
      Draft full = group.stream().filter(g -> g.known).findFirst().orElse(group.get(0));
      d.canonical = full.canonical;
      d.type = "PERSON";
    }
  }

  /**
   * "Говорителят на Комисията Ларс Бренер": Bulgarian capitalises an institution named by its
   * definite form ("Комисията", the Commission), so it runs into the name after it. A run that
   * starts with such a word and goes on with two to four name-shaped words is the institution and a
   * person. (Only the definite Cyrillic form: "Union Pacific" is one name.)
   */
  private static List<Draft> splitInstitutionFromName(String text, List<Token> tokens, Draft d, Set<String> lowerSeen) {
    int given = givenNameInside(tokens, d);
    if (given != -1) {
      // "РАН Геннадий Онищенко", "МВД Александра Горового", "Правительства Республики Лариса Толстыкина": the words
      // before a listed Russian given name and its surname are the person's institution or place, not his name.
      String before = type(tokens, d.from, given, false, lowerSeen);
      return List.of(new Draft(d.from, given, "PERSON".equals(before) ? "OTHER" : before, surface(text, tokens, d.from, given), false),
          new Draft(given, d.to, "PERSON", surface(text, tokens, given, d.to), false));
    }
    String first = tokens.get(d.from).text().toLowerCase(Locale.ROOT);
    boolean definiteInstitution = Lexicon.ORGANIZATION_WORDS.contains(first) && DEFINITE_CYRILLIC.matcher(first).matches();
    if (!definiteInstitution || d.to - d.from < 3 || !"PERSON".equals(type(tokens, d.from + 1, d.to, false, lowerSeen))) {
      return List.of(d);
    }
    Token institution = tokens.get(d.from);
    return List.of(new Draft(d.from, d.from + 1, "ORGANIZATION", institution.text(), false),
        new Draft(d.from + 1, d.to, "PERSON", surface(text, tokens, d.from + 1, d.to), false));
  }

  /**
   * The token of a listed Russian given name inside the name {@code d} (not its first word) with a surname after it and
   * no given name before it, or -1.
   */
  private static int givenNameInside(List<Token> tokens, Draft d) {
    if (RussianNames.givenName(tokens.get(d.from).text()) != null) return -1;
    for (int k = d.from + 1; k < d.to - 1; k++) {
      if (RussianNames.givenName(tokens.get(k).text()) != null) return k;
    }
    return -1;
  }

  /** The text of tokens {@code [from, to)} with each run of whitespace as one space. */
  private static String surface(String text, List<Token> tokens, int from, int to) {
    return SPACES.matcher(text.substring(tokens.get(from).start(), tokens.get(to - 1).end())).replaceAll(" ");
  }

  /**
   * "the Commission", "the Union", "Комисията": an unknown lone organisation word is a short form of
   * the longer organisation name in the same text that contains it ("European Commission",
   * "Европейската комисия"), the nearest one before it if there are several ("Soviet Union" …
   * "European Union" … "the Union").
   */
  private static void resolveShortForms(List<Token> tokens, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.known || d.to - d.from != 1 || "PERSON".equals(d.type)) continue;
      String stem = withoutDefiniteArticle(tokens.get(d.from));
      Draft full = null;
      for (Draft o : drafts) {
        if (o.to - o.from < 2 || !"ORGANIZATION".equals(o.type) || (full != null && o.from > d.from)) continue;
        for (int k = o.from; k < o.to; k++) {
          Token t = tokens.get(k);
          if (withoutDefiniteArticle(t).equals(stem) && Lexicon.ORGANIZATION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
            full = o;
            break;
          }
        }
      }
      if (full != null) {
        d.canonical = full.canonical;
        d.type = full.type;
      }
    }
  }

  /** The token's stem, with a Bulgarian definite article ("Комисията" → "комисия") taken off first. */
  private static String withoutDefiniteArticle(Token t) {
    String w = t.text();
    return w.length() > 5 && DEFINITE_CYRILLIC.matcher(w).matches() ? NameKeys.stem(w.substring(0, w.length() - 2)) : t.stem();
  }

  /** Marks tokens that open a sentence (or a quotation), where capitalisation says nothing. */
  private static boolean[] sentenceInitial(String text, List<Token> tokens) {
    boolean[] initial = new boolean[tokens.size()];
    List<TextSpan> sentences = Sentences.shared(text);
    int s = 0;
    int prevEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (s < sentences.size() && sentences.get(s).end() <= t.start()) s++;
      int sentenceStart = s < sentences.size() ? sentences.get(s).start() : 0;
      int from = Math.max(sentenceStart, prevEnd);
      if (prevEnd < sentenceStart) {
        initial[i] = true;
      } else {
        // After an opening quotation mark or a colon the next word is capitalised anyway.
        String gap = text.substring(from, t.start());
        initial[i] = OPENS_CAPITALISED.matcher(gap).matches();
      }
      prevEnd = t.end();
    }
    return initial;
  }
}
