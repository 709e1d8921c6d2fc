package dev.narrascope.quote;

import static dev.narrascope.quote.TextScan.hasLetters;
import static dev.narrascope.quote.TextScan.skipSpaces;

import dev.narrascope.EntityMention;
import dev.narrascope.text.Sentences;
import dev.narrascope.text.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the speaker for a quote from a window of text around it: the speech cue ("said",
 * "заяви", "according to") and the candidate nearest to it, where candidates are entity mentions
 * and pronouns/role nouns resolved to the last speaker. People beat organisations and groups, which
 * beat places. Not thread-safe: holds the last speaker while one article is read in order.
 */
final class SpeakerFinder {
  /** Compiled once: String.split/replaceAll with a regex compile it on every call, and this runs per candidate or sentence. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final String text;
  private final List<EntityMention> mentions;
  private final List<TextSpan> quotes;
  private String lastSpeaker;

  /** How far after a role noun its apposed name may start ("the spokesman of the Commission, …"). */
  static final int APPOSITION_CHARS = 40;

  /** Speakers named by capitalised words the entity stage did not know or type, with where each spoke, in text order. */
  private final List<Spoke> unknownSpoke = new ArrayList<>();

  private record Spoke(String speaker, int at) {}

  SpeakerFinder(String text, List<EntityMention> mentions, List<TextSpan> quotes) {
    this.text = text;
    this.mentions = mentions;
    this.quotes = quotes;
  }

  String lastSpeaker() {
    return lastSpeaker;
  }

  /**
   * Records the speaker of the quote or statement that ends at {@code at}; only people are remembered for "he"/"she",
   * and a name the entity stage did not know or could not type ("“…,” Lovins says") from where it spoke.
   */
  void spoke(String speaker, int at) {
    if (speaker == null) return;
    if (mentions.stream().anyMatch(e -> "PERSON".equals(e.type()) && e.canonical().equals(speaker))) {
      lastSpeaker = speaker;
    } else if (mentions.stream().noneMatch(e -> !"OTHER".equals(e.type()) && e.canonical().equals(speaker))) {
      unknownSpoke.add(new Spoke(speaker, at));
    }
  }

  /** {@link #inWindow(int, int, boolean, int)} whose participle clause starts at {@code from}. */
  String inWindow(int from, int to, boolean preferLast) {
    return inWindow(from, to, preferLast, from);
  }

  /**
   * The speaker named around a cue in {@code [from, to)}, or {@code null} when the window has no cue.
   *
   * @param preferLast whether the cue nearest the window's end counts (text before a quote)
   * @param clauseFrom where the sentence starts whose subject a participle cue takes, which may lie before
   *                   {@code from} ("Reznikov expressed “absolute” certainty …, saying he was “…”": the window
   *                   starts after the first quote, the subject before it)
   */
  String inWindow(int from, int to, boolean preferLast, int clauseFrom) {
    if (from >= to) return null;
    Matcher m = SpeechCues.CUE.matcher(text).region(from, to);
    int cueStart = -1;
    int cueEnd = -1;
    boolean sourceFirst = false;
    while (m.find()) {
      if (insideQuote(m.start())) continue;
      cueStart = m.start();
      cueEnd = m.end();
      sourceFirst = m.group("src") != null;
      if (!preferLast) break;
    }
    if (cueStart < 0) return null;
    if (preferLast && !sourceFirst && participle(cueStart, cueEnd)) {
      String subject = subject(Math.min(from, clauseFrom), cueStart);
      if (subject != null) return subject;
    }
    // "Mike Murphy, who ran a pro-Bush super PAC, said the Trump “train …”": a verb after a comma-closed aside takes the
    // name that opens its sentence before that aside, not a name inside it.
    if (preferLast && !sourceFirst && commaBefore(cueStart)) {
      String subject = apposedSubject(Math.min(from, clauseFrom), cueStart);
      if (subject != null) return subject;
    }
    // After the quote when the name opens the window: "“…,” Andrii Yermak, who serves as chief of staff for the Office
    // of the President of Ukraine, said" (but "“…” for the EU, said Geert Wilders" is the inverted order below).
    if (!preferLast && !sourceFirst && commaBefore(cueStart) && !hasLetters(text, from, firstNameAt(from, cueStart))) {
      String subject = apposedSubject(from, cueStart);
      if (subject != null) return subject;
    }
    // "De Blasio said the move was made by Bill Bratton and said, “…”": a verb joined by "and" shares the subject its
    // sentence opens with, not the name nearest to it.
    if (preferLast && !sourceFirst && coordinated(cueStart)) {
      String subject = sentenceSubject(Math.min(from, clauseFrom), cueStart);
      if (subject == null) subject = subject(Math.min(from, clauseFrom), cueStart);
      if (subject != null) return subject;
    }
    if (!preferLast && !sourceFirst && !TOLD.matcher(text.substring(cueStart, cueEnd)).matches()) {
      String inverted = inverted(cueStart, cueEnd, to);
      if (inverted != null) return inverted;
    }
    // "Gregor Albrecht of the Berlin Institute for Energy Markets said": the person before the prepositional phrase is
    // the subject, not the organisation at its end that stands right against the verb.
    if (!sourceFirst) {
      String person = personBeforeAffiliation(from, cueStart);
      if (person != null) return person;
    }
    // "“…,” Hale said": capitalised words right against the verb that the entity stage did not know are its subject.
    if (!sourceFirst) {
      String unknown = unknownNameBefore(from, cueStart);
      if (unknown != null) return unknown;
    }
    // A role noun ("the NATO chief", "a senior official") is a candidate of its own; names inside it are
    // modifiers, and when it refers to nobody named before, the speaker is unknown.
    List<int[]> anaphors = new ArrayList<>();
    Matcher a = SpeechCues.ANAPHOR.matcher(text).region(from, to);
    // A possessive ("the president’s plan") is nobody's speech.
    while (a.find()) if (!insideQuote(a.start()) && !possessive(a.end())) anaphors.add(new int[] {a.start(), a.end()});
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    // "Lee Park told the Daily Post": whoever follows "told" is the one spoken to.
    boolean addressee = !sourceFirst && TOLD.matcher(text.substring(cueStart, cueEnd)).matches();
    // "“…,” Jenna Golden, Twitter’s director, said of Trump’s campaign": a name opening the text after a quote is the
    // subject of the verb that follows, so a name after the verb is what the speech is about.
    boolean subjectFirst = !preferLast && !sourceFirst && opensWithName(from, cueStart);
    // "Sanders called National Nurses United “one of the sponsors …”": before a quote, a name after an English or
    // Portuguese verb is its object (subject-verb-object), unless the verb comes first in its clause ("…,” said Lee
    // Park. “…") or the name is its agent ("asked by host Bill Maher").
    boolean objectAfter = preferLast && !sourceFirst && LATIN.matcher(text.substring(cueStart, cueEnd)).matches()
        && !clauseInitial(from, cueStart) && !text.startsWith("by ", skipSpaces(text, cueEnd));
    // "“…,” says that West Antarctica’s ice shelves …": after "that", a name is the content's, not the speaker (so after
    // a later one: "”, afirmou, sublinhando que a Rússia …").
    int content = sourceFirst ? -1 : contentClause(cueEnd, to);
    for (EntityMention e : mentions) {
      if (e.start() < from || e.end() > to || insideQuote(e.start())) continue;
      if ((addressee || subjectFirst || objectAfter) && e.start() >= cueEnd || content >= 0 && e.start() >= content) continue;
      if (anaphors.stream().anyMatch(r -> e.start() >= r[0] && e.end() <= r[1])) continue;
      // "CWA President Lee Park said": a name right against the verb is its subject whatever its type.
      boolean adjacent = !"LOCATION".equals(e.type()) && (e.end() <= cueStart && text.substring(e.end(), cueStart).isBlank());
      int score = distance(e.start(), e.end(), cueStart, cueEnd, sourceFirst) + (adjacent ? 0 : rank(e.type()));
      if (score < bestScore) {
        bestScore = score;
        best = e.canonical();
      }
    }
    for (int[] r : anaphors) {
      if ((subjectFirst || objectAfter) && r[0] >= cueEnd || content >= 0 && r[0] >= content) continue;
      int score = distance(r[0], r[1], cueStart, cueEnd, sourceFirst);
      if (score < bestScore) {
        bestScore = score;
        String named = apposition(r[1], to, cueStart, cueEnd);
        best = named != null ? named : resolve(r[0], r[1]);
      }
    }
    return best;
  }

  /**
   * " of the Berlin Institute for Energy Markets ": a preposition, then a name's capitalised words (and the small words
   * inside it), the last one capitalised, up to the verb.
   */
  private static final Pattern AFFILIATION = Pattern.compile("\\s+(?:of|at|from|with|на|в|от|при|из|do|da|dos|das|de|em)\\s+"
      + "(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}’'.&-]*|for|of|and|on|the|на|в|и|от|do|da|de|e|em)\\s+){0,7}\\p{Lu}[\\p{L}’'.&-]*\\s*");

  /**
   * The person whose affiliation runs up to the verb at {@code cueStart} ("Gregor Albrecht of the Berlin Institute for
   * Energy Markets said", "Petra Novak of the European Homeowners' Union warned"): the last person named in
   * {@code [from, cueStart)} that only an {@link #AFFILIATION} follows; {@code null} when none. Else the name at the
   * affiliation's end, which stands right against the verb, would be taken for its subject.
   */
  private String personBeforeAffiliation(int from, int cueStart) {
    String person = null;
    for (EntityMention e : mentions) {
      if (e.end() > cueStart) break;
      // The entity stage may take the affiliation's last words for a person too ("Energy Markets"): the text after
      // the speaker, not the type, decides.
      if (e.start() >= from && "PERSON".equals(e.type()) && !insideQuote(e.start())
          && AFFILIATION.matcher(text.substring(e.end(), cueStart)).matches()) {
        person = e.canonical();
      }
    }
    if (person != null) return person;
    // "The Chairman of the U.S. Joint Chiefs of Staff noted": a role noun with its affiliation, whoever it refers to.
    Matcher role = SpeechCues.ANAPHOR.matcher(text).region(from, cueStart);
    while (role.find()) {
      if (!insideQuote(role.start()) && !SpeechCues.PERSON_PRONOUN.matcher(role.group()).matches()
          && !SpeechCues.PLURAL.matcher(role.group()).matches()
          && AFFILIATION.matcher(text.substring(role.end(), cueStart)).matches()) {
        person = resolve(role.start(), role.end());
      }
    }
    return person;
  }

  /**
   * The speaker of a verb standing alone after a quote ("«…», afirmou." / "«…», — добави."): Portuguese, Bulgarian
   * and Russian drop a pronoun subject, so it speaks as "he said" would: the last person named before it, else the
   * last speaker. Null when {@code [from, to)} holds anything but marks and one speech verb.
   */
  String subjectless(int from, int to) {
    if (from >= to) return null;
    Matcher m = SpeechCues.CUE.matcher(text).region(from, to);
    if (!m.find() || m.group("src") != null || hasLetters(text, from, m.start()) || hasLetters(text, m.end(), to)) return null;
    return resolveAnaphor(m.start());
  }

  /**
   * The name right after a speech verb that itself follows a comma or closing quotation mark
   * ("…," said Lee Park, a farmer; "…" that it would work, said Lee Park): English puts the speaker
   * after the verb there, so that name beats people named before the verb. Title words (capitalised)
   * may stand between the verb and the name.
   */
  private String inverted(int cueStart, int cueEnd, int to) {
    int k = cueStart - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
    if (k < 0 || ",\"”’'".indexOf(text.charAt(k)) < 0) return null;
    // "said Army Capt. Lee Park": a person among the names right after the verb beats a title named first.
    String first = null;
    for (EntityMention e : mentions) {
      if (e.start() < cueEnd) continue;
      if (e.end() > to || e.start() - cueEnd > INVERTED_GAP || insideQuote(e.start())) break;
      if ("LOCATION".equals(e.type()) || !TITLE_GAP.matcher(text.substring(cueEnd, e.start())).matches()) break;
      if ("PERSON".equals(e.type())) return e.canonical();
      if (first == null) first = e.canonical();
    }
    return first;
  }

  /**
   * The speaker of a quote introduced by a colon without a speech verb ("Lee Park: “…”"; "Lee Park
   * fired back: “…”"): the last person named in {@code [from, colon)}, else the last organisation or
   * other name; {@code null} when none.
   */
  String beforeColon(int from, int colon) {
    String person = null;
    String other = null;
    for (EntityMention e : mentions) {
      if (e.start() >= colon) break;
      if (e.start() < from || insideQuote(e.start()) || "LOCATION".equals(e.type())) continue;
      if ("PERSON".equals(e.type())) person = e.canonical();
      else other = e.canonical();
    }
    return person != null ? person : other;
  }

  /**
   * The person a sentence opens with, for a quote in it with no speech cue ("Lee Park pondered who might
   * “…”"; "Lee Park fired back, attacking the mayor for “…”"): the first name, pronoun or role noun
   * in {@code [from, to)} when at most {@link #SUBJECT_WORDS} words come before it; {@code null} otherwise.
   */
  String sentenceSubject(int from, int to) {
    EntityMention first = null;
    for (EntityMention e : mentions) {
      if (e.start() >= to) break;
      if (e.start() < from || insideQuote(e.start())) continue;
      first = e;
      break;
    }
    Matcher a = SpeechCues.ANAPHOR.matcher(text).region(from, to);
    if (a.find() && !insideQuote(a.start()) && (first == null || a.start() < first.start())) {
      return opening(from, a.start()) && !text.substring(a.start(), a.end()).contains(" ") ? resolve(a.start(), a.end()) : null;
    }
    return first != null && "PERSON".equals(first.type()) && opening(from, first.start()) ? first.canonical() : null;
  }

  /** Words a sentence may open with before its subject ("But on Tuesday Lee Park …"). */
  static final int SUBJECT_WORDS = 3;

  private boolean opening(int from, int at) {
    String before = text.substring(from, at).strip();
    return !before.contains("\"") && !before.contains("“") && (before.isEmpty() || SPACES.split(before).length <= SUBJECT_WORDS);
  }

  /** "and" (и, e, और) right before a verb, at most an adverb of time between ("and then said", "и добавил"). */
  private static final Pattern COORDINATED = Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{M}])(?:and|и|e|और)(?:\\s+(?:then|also|later|again|потом|также|още|depois|também))?\\s+$");

  private boolean coordinated(int cueStart) {
    return COORDINATED.matcher(text).region(Math.max(0, cueStart - 20), cueStart).useTransparentBounds(true).find();
  }

  /** Whether the cue is a participle after a comma ("…, saying"; "…, telling Reuters"). */
  private boolean participle(int cueStart, int cueEnd) {
    if (!text.regionMatches(true, cueEnd - 3, "ing", 0, 3)) return false;
    int k = cueStart - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
    return k >= 0 && text.charAt(k) == ',';
  }

  /**
   * The subject of a clause that a participle cue continues ("Lee Park, clearly annoyed, answered the
   * mayor, saying …": Lee Park, not the mayor): the first person or organisation named in the window,
   * or the first pronoun/role noun when it comes earlier; {@code null} when neither.
   */
  private String subject(int from, int cueStart) {
    EntityMention first = null;
    for (EntityMention e : mentions) {
      if (e.start() >= cueStart) break;
      if (e.start() < from || insideQuote(e.start()) || "LOCATION".equals(e.type())) continue;
      // "In response to Donald Trump’s proposal …, Clinton’s aide rallied supporters, saying": after a preposition a
      // name is a complement, not the subject.
      if (afterPreposition(from, e.start())) continue;
      // "Trump’s “excesses” are sickening, Hollande said …, noting …": an owner is no subject, unless what it owns
      // speaks for it ("Ryan’s campaign said …, adding").
      if (possessive(e.end()) && !OWN_VOICE.matcher(text).region(e.end(), Math.min(text.length(), e.end() + 40)).lookingAt()) {
        continue;
      }
      first = e;
      break;
    }
    Matcher a = SpeechCues.ANAPHOR.matcher(text).region(from, cueStart);
    while (a.find()) {
      if (insideQuote(a.start())) continue;
      if (first == null || a.start() < first.start()) {
        String named = apposition(a.end(), cueStart, cueStart, cueStart);
        return named != null ? named : resolve(a.start(), a.end());
      }
      break;
    }
    return first == null || !"PERSON".equals(first.type()) && !"ORGANIZATION".equals(first.type()) ? null : first.canonical();
  }

  /** A complementiser ("says that", "заявил, что", "afirmou, sublinhando que"). */
  private static final Pattern CONTENT_CLAUSE = Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{M}])(?:" + SpeechCues.COMPLEMENTISERS + "|कि)(?![\\p{L}\\p{M}])");

  /**
   * Where the first content clause after the verb ending at {@code cueEnd} begins ("says that …", "afirmou, sublinhando que
   * a Rússia …"), -1 when none before {@code to}.
   */
  private int contentClause(int cueEnd, int to) {
    Matcher c = CONTENT_CLAUSE.matcher(text).region(cueEnd, Math.max(cueEnd, to));
    return c.find() ? c.end() : -1;
  }

  private static final java.util.regex.Pattern TOLD = java.util.regex.Pattern.compile("(?i)told|tells|telling");

  /** How far after the verb an inverted speaker's name may start ("said Sen. Lee Park"). */
  private static final int INVERTED_GAP = 30;
  private static final java.util.regex.Pattern TITLE_GAP =
      java.util.regex.Pattern.compile("\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");

  /**
   * The person named right after a role noun ("the spokesman, Lars Brenner"; "o porta-voz da
   * Comissão, Lars Brenner"): the role noun is that person, not whoever was named before it.
   */
  String apposition(int anaphorEnd, int to, int cueStart, int cueEnd) {
    for (EntityMention e : mentions) {
      if (e.start() < anaphorEnd) continue;
      if (e.start() - anaphorEnd > 2 * APPOSITION_CHARS || e.end() > to) return null;
      if (!"PERSON".equals(e.type()) || insideQuote(e.start())) continue;
      String gap = text.substring(anaphorEnd, e.start());
      // "o diretor-geral da Agência Internacional da Energia Atómica (AIEA), Rafael Grossi": a long title ends in a comma.
      // Russian and Bulgarian write the whole title without commas: "постоянният представител на Руската федерация в
      // световната организация Василий Небензя".
      if (e.start() - anaphorEnd > APPOSITION_CHARS && !gap.stripTrailing().endsWith(",") && !unpunctuatedCyrillic(gap)) {
        return null;
      }
      boolean cueBetween = cueStart >= anaphorEnd && cueEnd <= e.start();
      return cueBetween || gap.indexOf('.') >= 0 || gap.indexOf('\n') >= 0 ? null : e.canonical();
    }
    return null;
  }

  private static final Pattern UNPUNCTUATED_CYRILLIC = Pattern.compile("[\\p{IsCyrillic}\\s-]+");

  private static boolean unpunctuatedCyrillic(String gap) {
    return UNPUNCTUATED_CYRILLIC.matcher(gap).matches();
  }

  /**
   * The one the anaphor in {@code [start, end)} stands for: for "they", a group ({@link #group}); for "a …" role
   * noun, who it speaks for ({@link #speaksFor}); for a role noun, the person the article gave that title before it
   * ("the defense minister" → "Ukrainian Defense Minister Oleksii Reznikov", even when someone else was named since,
   * {@link #titled}); else {@link #resolveAnaphor}.
   */
  String resolve(int start, int end) {
    String anaphor = text.substring(start, end);
    if (SpeechCues.PLURAL.matcher(anaphor).matches()) return group(start);
    // After a comma it is an apposition: "Michael Ahrens, a Rubio spokesman," is the name before it.
    if (SpeechCues.INDEFINITE_ROLE.matcher(anaphor).matches() && commaAt(start) < 0) return speaksFor(start, end);
    if (!SpeechCues.PERSON_PRONOUN.matcher(anaphor).matches() && !apposedToName(start)) {
      String titled = titled(SPACES.split(anaphor.strip()), start);
      if (titled != null) return titled;
    }
    return resolveAnaphor(start);
  }

  /** "for", "of", … joining a role noun to whom it serves ("a spokeswoman for the House Armed Services Committee"). */
  private static final Pattern SERVES = Pattern.compile("(?i)\\s+(?:for|of|at|from|with)\\s+(?:the\\s+)?");

  /**
   * Who an unnamed official speaks for: the person or organisation named inside the role ("a White House official",
   * "a Rubio spokesman") or right after "for" / "of" ("a spokesman for Platte River"); {@code null} when none ("a
   * senior official"). Never the last person named: a NATO official's words are not those of the Russian official
   * named in the paragraph before (issue 13).
   */
  private String speaksFor(int start, int end) {
    Matcher m = SERVES.matcher(text).region(end, Math.min(text.length(), end + 12));
    int after = m.lookingAt() ? m.end() : -1;
    for (EntityMention e : mentions) {
      if (e.start() > Math.max(end, after)) break;
      if ("LOCATION".equals(e.type())) continue;
      if (e.start() >= start && e.end() <= end || e.start() == after) return e.canonical();
    }
    return null;
  }

  /** Whether a person's name and a comma come right before {@code start} ("Ben Jealous, the former president of …"). */
  private boolean apposedToName(int start) {
    int comma = commaAt(start);
    if (comma < 0) return false;
    return mentions.stream().anyMatch(e -> "PERSON".equals(e.type()) && e.end() <= comma && text.substring(e.end(), comma).isBlank());
  }

  /** How far before a name its title may start ("Ukrainian Defense Minister Oleksii Reznikov"). */
  private static final int TITLE_CHARS = 40;

  /**
   * The person before {@code position} whose title (the words before the name in its clause) holds the
   * role's head noun and most of its other words ("the defense minister": "Defense Minister Oleksii Reznikov"
   * over a later "Foreign Minister Sergei Lavrov"); the last such on a tie; {@code null} when no title holds the head.
   */
  private String titled(String[] role, int position) {
    String head = role[role.length - 1];
    if (LEADER.matcher(head).matches()) return leader(role, position);
    String person = null;
    int best = 0;
    for (EntityMention e : mentions) {
      if (e.start() >= position) break;
      if (!"PERSON".equals(e.type()) || insideQuote(e.start())) continue;
      String[] title = titleOf(e);
      if (Arrays.stream(title).noneMatch(w -> sameStem(w, head))) continue;
      int shared = 0;
      for (String r : role) for (String w : title) if (sameStem(w, r)) shared++;
      if (shared >= best) {
        best = shared;
        person = e.canonical();
      }
    }
    return person;
  }

  /** The words before a person's name in its clause, at most {@link #TITLE_CHARS} back: the title the article gave them. */
  private String[] titleOf(EntityMention e) {
    String before = text.substring(Math.max(0, e.start() - TITLE_CHARS), e.start());
    int cut = -1;
    int previousCut = -1;
    for (int k = 0; k < before.length(); k++) {
      if (".,;:(\n".indexOf(before.charAt(k)) >= 0) {
        previousCut = cut;
        cut = k;
      }
    }
    // "o embaixador da Rússia em Lisboa, Mikhail Kamynin, negou": an apposed name's title is the phrase before its comma.
    if (before.substring(cut + 1).isBlank() && cut >= 0 && before.charAt(cut) == ',' && commaAfter(e.end())) {
      return SPACES.split(before.substring(previousCut + 1, cut).strip());
    }
    return SPACES.split(before.substring(cut + 1).strip());
  }

  /** Whether a comma comes right after {@code end} (only whitespace between). */
  private boolean commaAfter(int end) {
    int k = skipSpaces(text, end);
    return k < text.length() && text.charAt(k) == ',';
  }

  /**
   * "лидер": a head of state or government, whichever the article named ("российский лидер"). Not English "leader":
   * PolNeAR's "the Republican leader" is a party's, and the English ranker weighs role nouns itself.
   */
  private static final Pattern LEADER = Pattern.compile("(?iu)лидер(?:ът)?|líder");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
  private static final Pattern HEAD_OF_STATE = Pattern.compile(
      "(?iu)president|prime|premier|chancellor|президент(?:ът)?|премьер(?:-министр)?|премиер(?:ът)?|канцлер|presidente|primeiro-ministro");

  /**
   * The last person before {@code position} titled head of state or government of the country the role names
   * ("российский лидер" → "президент России Владимир Путин": the adjective and the country share their first five
   * letters); {@code null} when the role names no country or no such title holds it.
   */
  private String leader(String[] role, int position) {
    if (role.length < 2) {
      // Russian and Bulgarian role nouns match without their adjective: take the word before ("российский лидер").
      Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, position - 30), position));
      if (!before.find()) return null;
      role = new String[] {before.group(1), role[0]};
    }
    String person = null;
    for (EntityMention e : mentions) {
      if (e.start() >= position) break;
      if (!"PERSON".equals(e.type()) || insideQuote(e.start())) continue;
      String[] title = titleOf(e);
      if (Arrays.stream(title).noneMatch(w -> HEAD_OF_STATE.matcher(w).matches())) continue;
      boolean country = false;
      for (int r = 0; r < role.length - 1; r++) {
        String w = role[r].toLowerCase(Locale.ROOT);
        if (w.length() < 5) continue;
        for (String t : title) if (t.length() >= 5 && t.toLowerCase(Locale.ROOT).startsWith(w.substring(0, 5))) country = true;
      }
      if (country) person = e.canonical();
    }
    return person;
  }

  /** Equal words, or one the other's inflection ("министър" / "министърът", not "president" / "presidential"), ignoring case. */
  private static boolean sameStem(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    String shorter = x.length() <= y.length() ? x : y;
    return x.equals(y) || shorter.length() >= 5 && Math.abs(x.length() - y.length()) <= 2 && (x.startsWith(y) || y.startsWith(x));
  }

  /**
   * The organisation or group a plural pronoun at {@code position} stands for: the last one that opens a sentence
   * (its subject) before it in its paragraph or the one before ("EU leaders, who … met on Wednesday. At their
   * meeting, they issued a warning “…”"); {@code null} when none (people are not counted: "they" rarely means
   * one person; a group named inside a clause is seldom what "they" takes up).
   */
  private String group(int position) {
    int paragraph = text.lastIndexOf('\n', Math.max(0, position - 1));
    int k = paragraph;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) k--;
    int from = k <= 0 ? 0 : text.lastIndexOf('\n', k) + 1;
    String group = null;
    for (EntityMention e : mentions) {
      if (e.start() >= position) break;
      if (e.start() < from || insideQuote(e.start())) continue;
      if (!"ORGANIZATION".equals(e.type()) && !"GROUP".equals(e.type())) continue;
      int sentence = Math.max(Math.max(text.lastIndexOf(". ", e.start()), text.lastIndexOf('\n', e.start())), from - 1);
      if (opening(sentence + 1, e.start())) group = e.canonical();
    }
    return group;
  }

  /** The person an anaphor at {@code position} refers to: the last person named before it, else the last speaker. */
  private String resolveAnaphor(int position) {
    String person = null;
    int personEnd = -1;
    for (EntityMention e : mentions) {
      if (e.start() >= position) break;
      if (!"PERSON".equals(e.type()) || insideQuote(e.start())) continue;
      // "According to analyst X, Reznikov's statement …. He said": a person named as a possessor after another person of
      // the same sentence is what that sentence talks about, not the one "he" goes on from.
      if (person != null && possessive(e.end()) && sameSentence(personEnd - 1, e.start())) continue;
      person = e.canonical();
      personEnd = e.end();
    }
    // "“That makes climate change worse,” Lovins says. … He noted that …": a speaker the entity stage did not know, who
    // spoke after the last person named, is the one "he" goes on from.
    for (int k = unknownSpoke.size() - 1; k >= 0; k--) {
      Spoke last = unknownSpoke.get(k);
      if (last.at() > position) continue;
      if (last.at() > personEnd) return last.speaker();
      break;
    }
    return person != null ? person : lastSpeaker;
  }

  /** English "'s", Hindi का / की / के (not के अनुसार, "according to") right after {@code end}. */
  private boolean possessive(int end) {
    return POSSESSIVE.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt();
  }

  /** What an owner speaks through: "’s campaign", "’s spokesman", "’s office". */
  private static final Pattern OWN_VOICE = Pattern.compile("(?i)['’]s\\s+(?:\\p{L}+\\s+)?(?:campaign|spokes(?:man|woman|person)|office"
      + "|team|staff|aides?|lawyers?|attorneys?|representatives?|administration|government|ministry|press|statement|camp)\\b");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b|\\s+(?:का|की|के)(?!\\s+अनुसार)\\s");

  /** Whether offsets {@code a} and {@code b} lie in one sentence, by the project's one sentence splitter. */
  private boolean sameSentence(int a, int b) {
    List<TextSpan> sentences = Sentences.shared(text);
    int k = TextSpan.indexHolding(sentences, a);
    return k >= 0 && k == TextSpan.indexHolding(sentences, b);
  }

  /** Whether {@code offset} is inside a quote (the quote spans are sorted and do not overlap). */
  boolean insideQuote(int offset) {
    return TextSpan.indexHolding(quotes, offset) >= 0;
  }

  private static int distance(int start, int end, int cueStart, int cueEnd, boolean sourceFirst) {
    if (end <= cueStart) return (cueStart - end) + (sourceFirst ? 1000 : 0);
    if (start >= cueEnd) return (start - cueEnd) + (sourceFirst ? 0 : 3);
    return 0;
  }

  private static int rank(String type) {
    return switch (type) {
      case "PERSON" -> 0;
      case "ORGANIZATION", "GROUP" -> 200;
      case "LOCATION" -> 400;
      default -> 600;
    };
  }

  /**
   * The capitalised words (one to three) ending right before {@code cueStart} in {@code [from, cueStart)} when no entity
   * mention or anaphor overlaps them and they are no pronoun, article or bare title ("Hale said", "Priebus said,"), else null.
   */
  private String unknownNameBefore(int from, int cueStart) {
    int k = cueStart;
    while (k > from && text.charAt(k - 1) == ' ') k--;
    if (k == cueStart) return null;
    Matcher m = SpeakerCandidates.CAPITALISED.matcher(text).region(Math.max(from, k - 60), k);
    int start = -1;
    while (m.find()) if (m.end() == k) start = m.start();
    if (start < 0 || insideQuote(start) || start > from && Character.isLetterOrDigit(text.charAt(start - 1))) return null;
    int s = start;
    int e = k;
    if (mentions.stream().anyMatch(x -> x.start() < e && s < x.end())) return null;
    Matcher a = SpeechCues.ANAPHOR.matcher(text).region(Math.max(from, s - 40), Math.min(text.length(), e + 40));
    while (a.find()) if (a.start() < e && s < a.end()) return null;
    // "o chefe de Estado referiu", "the head of State said": after a preposition the words are a complement, not the subject.
    if (afterPreposition(from, s)) return null;
    String name = text.substring(s, e);
    String first = SPACES.split(name)[0];
    // A lone Cyrillic word opening a sentence is a common noun ("Дипломатът каза", "Учените предупреждават"): were it a
    // name, the entity stage would have found it, as it takes such a word for a name when the text writes it so elsewhere.
    if (name.equals(first) && opensSentence(s) && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
      return null;
    }
    return SpeakerCandidates.NOT_SPEAKERS.contains(first) || SpeakerCandidates.TITLES.contains(name) || DATES.contains(first)
        ? null : name;
  }

  /**
   * Whether {@code at} opens its sentence (nothing but marks before it in the sentence), by the project's one sentence
   * splitter, as the entity stage decides which capitalised words open a sentence.
   */
  private boolean opensSentence(int at) {
    List<TextSpan> sentences = Sentences.shared(text);
    int k = TextSpan.indexHolding(sentences, at);
    return k < 0 || !hasLetters(text, sentences.get(k).start(), at);
  }


  /** Day and month names ("on Friday said"), which English capitalises; "May" is left out, being a surname too. */
  private static final Set<String> DATES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October",
      "November", "December");

  private boolean commaBefore(int at) {
    int k = commaAt(at);
    return k > 0 && "\"”’'".indexOf(text.charAt(k - 1)) < 0;
  }

  /** Where the comma right before {@code at} is (only whitespace between), else -1. */
  private int commaAt(int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
    return k >= 0 && text.charAt(k) == ',' ? k : -1;
  }

  /**
   * The person or organisation opening the clause in {@code [from, to)} (at most {@link #SUBJECT_WORDS} words before it)
   * when a comma follows it, a parenthesis between at most ("Richard Durbin (D-Ill.), noting …,"); else null.
   */
  private String apposedSubject(int from, int to) {
    for (int m = 0; m < mentions.size(); m++) {
      EntityMention e = mentions.get(m);
      if (e.start() >= to) return null;
      if (e.start() < from || insideQuote(e.start())) continue;
      // "Глава дипломатии ЕС Жозеп Боррель, которого …, заявил": a name right before another one is its modifier.
      if (m + 1 < mentions.size() && mentions.get(m + 1).start() < to
          && text.substring(e.end(), mentions.get(m + 1).start()).isBlank()) {
        continue;
      }
      if (!"PERSON".equals(e.type()) && !"ORGANIZATION".equals(e.type()) || !opening(from, e.start())
          || PREPOSITION_BEFORE.matcher(text.substring(from, e.start())).find()) {
        return null;
      }
      int k = skipSpaces(text, e.end());
      if (k < to && text.charAt(k) == '(') k = skipSpaces(text, text.indexOf(')', k) + 1);
      return k > 0 && k < to && text.charAt(k) == ',' ? e.canonical() : null;
    }
    return null;
  }

  /** Where the first name outside quotes in {@code [from, to)} starts; {@code to} when there is none. */
  private int firstNameAt(int from, int to) {
    for (EntityMention e : mentions) {
      if (e.start() >= to) break;
      if (e.start() >= from && !insideQuote(e.start())) return e.start();
    }
    return to;
  }

  /** A preposition ending the words before a name ("Of Carson, Levine … said"): the name is no subject. */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:of|for|to|in|on|at|about|with|from|by|against|like|de|do|da|para|com|sobre|о|об|за|с|от|для|по|на|в|към|със)\\s+(?:(?:the|a|an)\\s+)?$");

  /** Whether a preposition ends the words right before {@code at} (no further back than {@code from}). */
  private boolean afterPreposition(int from, int at) {
    return PREPOSITION_BEFORE.matcher(text.substring(Math.max(from, at - 16), at)).find();
  }

  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin} ]+");

  /** Whether the verb at {@code cueStart} opens its clause: nothing but marks before it in the window, or a comma or quotation mark right before it. */
  private boolean clauseInitial(int from, int cueStart) {
    int k = cueStart - 1;
    while (k >= from && Character.isWhitespace(text.charAt(k))) k--;
    return k < from || !hasLetters(text, from, cueStart) || ",\"”’'«»“—–-".indexOf(text.charAt(k)) >= 0;
  }

  /** Whether a person or organisation is named in {@code [from, to)} with at most one word before it. */
  private boolean opensWithName(int from, int to) {
    for (EntityMention e : mentions) {
      if (e.start() >= to) return false;
      if (e.start() < from || insideQuote(e.start())) continue;
      String before = text.substring(from, e.start()).strip();
      return ("PERSON".equals(e.type()) || "ORGANIZATION".equals(e.type())) && e.end() <= to
          && (before.isEmpty() || SPACES.split(before).length <= 1);
    }
    return false;
  }
}
