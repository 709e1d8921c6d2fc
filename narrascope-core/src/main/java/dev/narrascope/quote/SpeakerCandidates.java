package dev.narrascope.quote;

import static dev.narrascope.quote.TextScan.hasLetters;
import static dev.narrascope.quote.TextScan.skipSpaces;

import dev.narrascope.EntityMention;
import dev.narrascope.text.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker candidates of a direct quote and their features, for {@link SpeakerRanker}: every name,
 * pronoun and role noun (resolved to the person it stands for) outside quotes from the start of the
 * paragraph before the quote's to the end of the quote's own paragraph, plus the previous quote's
 * speaker. Features say where the candidate stands (side, sentences and paragraphs away, words between),
 * what stands next to it (a speech verb right after it or before it, "told"/"according to"/a preposition
 * before it), its type, how often the article names it, and whether the rules or the previous quote
 * picked it. Not thread-safe: one instance reads one article.
 */
final class SpeakerCandidates {
  /** Compiled once: String.split/replaceAll with a regex compile it on every call, and this runs per candidate or sentence. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "by", "on", "in", "about",
      "against", "to", "and", "than", "like");
  private static final Pattern TOLD = Pattern.compile("(?i)told|tells|telling|tell");

  /** A paragraph after the quote this short may name its speaker ("- Sanders."). */
  static final int SHORT_PARAGRAPH_WORDS = 4;
  /** A capitalised word against a speech verb is a candidate even when the entity stage missed it ("Hale said"). */
  static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");
  static final Set<String> NOT_SPEAKERS = Set.of("He", "She", "They", "It", "We", "I", "You", "The", "This", "That",
      "But", "And", "Asked", "When", "As", "Then", "Also", "Later", "Officials", "Some", "Many", "Others",
      // Someone the article does not name ("Another wrote that Gates “…”").
      "Another", "Someone", "Somebody", "One", "Everyone", "Nobody", "None",
      // Sentence openers of the other languages before an inverted verb ("Как заявил Небензя", "Както каза", "Como disse").
      "Как", "Так", "Также", "Тогда", "Както", "Така", "Също", "Como", "Assim", "Então", "Depois",
      // "Това заяви Орбан" ("this was said by Orbán"): Bulgarian opens with the demonstrative and names the speaker after.
      "Това", "Тази", "Този", "Тези", "Там", "Тук", "Затова", "Тогава", "Ето", "Это", "Здесь", "Поэтому",
      "Segundo", "Isto", "Isso", "Aqui");
  /** Titles that stop the capitalised words before a period ("said Sen. Lee Park"): no name by themselves. */
  static final Set<String> TITLES = Set.of("Sen", "Rep", "Gov", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt",
      "Prof", "Adm", "Capt", "Maj", "Rev", "Supt", "Atty", "President", "Senator", "Secretary", "Governor", "Mayor");

  private final String text;
  private final List<EntityMention> mentions;
  private final List<TextSpan> sentences;
  private final SpeakerFinder finder;
  private final Map<String, Integer> counts = new HashMap<>();
  private final Set<String> spoken = new java.util.HashSet<>();
  private final List<int[]> occupied = new ArrayList<>();
  private final String topPerson;

  SpeakerCandidates(String text, List<EntityMention> mentions, List<TextSpan> sentences, SpeakerFinder finder) {
    this.text = text;
    this.mentions = mentions;
    this.sentences = sentences;
    this.finder = finder;
    String top = null;
    for (EntityMention e : mentions) {
      int n = counts.merge(e.canonical(), 1, Integer::sum);
      if ("PERSON".equals(e.type()) && (top == null || n > counts.get(top))) top = e.canonical();
    }
    topPerson = top;
  }

  /**
   * The candidates of the quote whose marks sit at {@code open} and {@code close}.
   *
   * @param rule     the rules' speaker, or null
   * @param previous the previous direct quote's speaker, or null
   */
  List<SpeakerCandidate> around(int open, int close, String rule, String previous) {
    int paragraph = paragraphStart(open);
    int from = paragraph > 0 ? paragraphStart(Math.max(0, lastLetter(paragraph))) : 0;
    int to = text.indexOf('\n', close);
    if (to < 0) to = text.length();
    // "- Sanders." as a paragraph of its own after the quote (fact-check layout).
    int nextStart = skipSpaces(text, to);
    int nextEnd = text.indexOf('\n', nextStart);
    if (nextEnd < 0) nextEnd = text.length();
    boolean shortNext = nextStart < text.length() && words(text.substring(nextStart, nextEnd)) <= SHORT_PARAGRAPH_WORDS;
    if (shortNext) to = nextEnd;
    int openSentence = sentenceIndex(open);
    int closeSentence = sentenceIndex(close);
    boolean startsParagraph = !hasLetters(text, paragraph, open);
    List<Spot> spots = new ArrayList<>();
    Matcher a = SpeechCues.ANAPHOR.matcher(text).region(from, to);
    List<int[]> anaphors = new ArrayList<>();
    occupied.clear();
    while (a.find()) {
      if (finder.insideQuote(a.start()) || a.start() >= open && a.end() <= close) continue;
      anaphors.add(new int[] {a.start(), a.end()});
      occupied.add(new int[] {a.start(), a.end()});
      boolean pronoun = !text.substring(a.start(), a.end()).contains(" ");
      String named = pronoun ? null : finder.apposition(a.end(), to, -1, -1);
      String name = named != null ? named : finder.resolve(a.start(), a.end());
      String type = !pronoun ? named != null ? "ROLE_NAMED" : "ROLE"
          : SpeechCues.PLURAL.matcher(text.substring(a.start(), a.end())).matches() ? "PLURAL" : "PRONOUN";
      if (name != null) spots.add(new Spot(name, type, a.start(), a.end()));
    }
    for (EntityMention e : mentions) {
      if (e.end() <= from || e.start() >= to || finder.insideQuote(e.start()) || e.start() >= open && e.end() <= close) continue;
      boolean inRole = anaphors.stream().anyMatch(r -> e.start() >= r[0] && e.end() <= r[1]);
      spots.add(new Spot(e.canonical(), inRole ? "IN_ROLE" : e.type(), e.start(), e.end()));
    }
    Matcher cue = SpeechCues.CUE.matcher(text).region(from, to);
    while (cue.find()) {
      if (finder.insideQuote(cue.start()) || cue.group("src") != null) continue;
      addCapitalised(spots, previousCapitalised(cue.start()), open, close);
      addCapitalised(spots, nextCapitalised(cue.end()), open, close);
    }
    int nearestBefore = -1;
    int nearestAfter = -1;
    int nearestPersonBefore = -1;
    for (int i = 0; i < spots.size(); i++) {
      Spot s = spots.get(i);
      if (s.end <= open) {
        if (nearestBefore < 0 || s.end > spots.get(nearestBefore).end) nearestBefore = i;
        if (person(s) && (nearestPersonBefore < 0 || s.end > spots.get(nearestPersonBefore).end)) nearestPersonBefore = i;
      } else if (s.start >= close && (nearestAfter < 0 || s.start < spots.get(nearestAfter).start)) {
        nearestAfter = i;
      }
    }
    Set<String> cueNamed = new java.util.HashSet<>();
    for (Spot s : spots) if (cueAt(s.end) != null || cueEndingAt(s.start) != null) cueNamed.add(s.name);
    List<String> quote = quoteFeatures(open, close, paragraph, startsParagraph, openSentence, closeSentence, rule);
    List<SpeakerCandidate> out = new ArrayList<>();
    boolean previousSeen = false;
    for (int i = 0; i < spots.size(); i++) {
      Spot s = spots.get(i);
      List<String> f = new ArrayList<>(quote);
      boolean before = s.end <= open;
      String side = before ? "before" : "after";
      int away = before ? openSentence - sentenceIndex(s.start) : sentenceIndex(s.start) - closeSentence;
      String where = side + ".s" + Math.min(Math.max(away, 0), 2) + (s.start < paragraph ? ".prevPara" : "");
      f.add("t." + s.type);
      f.add(where);
      f.add("t." + s.type + "|" + where);
      String gap = before ? text.substring(s.end, open) : text.substring(Math.min(close + 1, s.start), s.start);
      f.add(side + ".gapWords" + bucket(words(gap)));
      if (gap.indexOf('\n') >= 0) f.add("gapParagraph");
      if (hasQuote(before ? s.end : close + 1, before ? open : s.start)) f.add(side + ".gapQuote");
      if (cueIn(before ? s.end : close + 1, before ? open : s.start)) f.add(side + ".gapCue");
      String next = nextWord(s.end);
      String prev = previousWord(s.start);
      String nextCue = cueAt(s.end);
      if (nextCue != null) {
        f.add("nextCue");
        f.add("nextCue|" + where);
        if (TOLD.matcher(nextCue).matches()) f.add("nextCue.told");
        f.add("nextCue|t." + s.type);
      } else if (cueWithin(s.end, 6) != null) {
        f.add("cueSoonAfter|" + side);
      }
      String prevCue = cueEndingAt(s.start);
      if (prevCue != null) {
        f.add("prevCue|" + side);
        if (TOLD.matcher(prevCue).matches()) f.add("prevCue.told");
        if (prevCue.toLowerCase(Locale.ROOT).startsWith("according")) f.add("accordingTo");
      } else if (prev != null && PREPOSITIONS.contains(prev.toLowerCase(Locale.ROOT))) {
        f.add("prevPrep");
      }
      if (next != null && (next.equals("'s") || next.equals("’s"))) f.add("possessive|" + where);
      if (s.end < text.length() && text.charAt(s.end) == ',') f.add("nextComma");
      if (s.end < text.length() && text.charAt(s.end) == ':') f.add("nextColon");
      if (i == nearestBefore) f.add("nearestBefore");
      if (i == nearestAfter) f.add("nearestAfter");
      if (i == nearestPersonBefore) f.add("nearestPersonBefore");
      boolean subject = subject(s.start) && firstInSentence(spots, s);
      if (subject) f.add("sentenceSubject|" + side);
      if (subject && before && away == 0 && cueIn(s.end, open)) f.add("subjectCueQuote");
      if (shortNext && s.start >= nextStart) f.add("shortParagraphAfter");
      if (cueNamed.contains(s.name)) f.add("nameAgainstCue");
      if (s.name.equals(rule)) f.add("rule");
      if (s.name.equals(previous)) {
        previousSeen = true;
        f.add("previous");
        if (startsParagraph) f.add("previous.startsParagraph");
      }
      if (s.name.equals(topPerson)) f.add("topPerson");
      f.add("freq" + bucket(counts.getOrDefault(s.name, 0)));
      if (spoken.contains(s.name)) f.add("spokeBefore");
      f.addAll(surface(s.name));
      out.add(new SpeakerCandidate(s.name, f));
    }
    if (previous != null && !previousSeen) {
      List<String> f = new ArrayList<>(quote);
      f.addAll(List.of("t.PREVIOUS", "previous"));
      if (startsParagraph) f.add("previous.startsParagraph");
      if (previous.equals(rule)) f.add("rule");
      if (previous.equals(topPerson)) f.add("topPerson");
      out.add(new SpeakerCandidate(previous, f));
    }
    return out;
  }

  private record Spot(String name, String type, int start, int end) {}

  private static final Pattern ADJECTIVE = Pattern.compile(".*(?:ic|an|ish|ese|i)");

  /** What a name looks like: how many words, all capitals, a one-word adjective ("Democratic", "Islamic"). */
  private static List<String> surface(String name) {
    String[] w = SPACES.split(name);
    List<String> f = new ArrayList<>();
    f.add("words" + Math.min(w.length, 3));
    if (name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT))) f.add("allCaps");
    if (w.length == 1 && ADJECTIVE.matcher(name).matches()) f.add("adjectiveLike");
    if (w.length == 1 && name.length() <= 3) f.add("short");
    return f;
  }

  /** Records a direct quote's speaker: names that spoke before are likelier to speak again. */
  void spoke(String speaker) {
    if (speaker != null) spoken.add(speaker);
  }

  /**
   * What the quote's surroundings look like, the same for all its candidates: alone they do not rank, but
   * paired with a candidate's own features they say which position matters ("after.s0" counts when the
   * quote's sentence has a cue after it, "previous" when it opens a paragraph with no cue).
   */
  private List<String> quoteFeatures(int open, int close, int paragraph, boolean startsParagraph, int openSentence,
                                     int closeSentence, String rule) {
    List<String> q = new ArrayList<>();
    if (startsParagraph) q.add("q.startsParagraph");
    int sentenceStart = openSentence >= 0 ? sentences.get(openSentence).start() : 0;
    int sentenceEnd = closeSentence >= 0 ? sentences.get(closeSentence).end() : text.length();
    if (cueIn(Math.max(sentenceStart, paragraph), open)) q.add("q.cueBefore");
    if (cueIn(Math.min(close + 1, sentenceEnd), sentenceEnd)) q.add("q.cueAfter");
    int mark = open - 1;
    while (mark > 0 && Character.isWhitespace(text.charAt(mark))) mark--;
    if (mark >= 0 && text.charAt(mark) == ':') q.add("q.colon");
    if (mark >= 0 && text.charAt(mark) == ',') q.add("q.comma");
    if (!hasLetters(text, Math.max(sentenceStart, paragraph), open) && !hasLetters(text, close + 1, sentenceEnd)) q.add("q.wholeSentence");
    if (rule == null) q.add("q.noRule");
    return q;
  }

  private void addCapitalised(List<Spot> spots, int[] span, int open, int close) {
    if (span == null || finder.insideQuote(span[0]) || span[0] >= open && span[1] <= close) return;
    if (spots.stream().anyMatch(s -> s.start < span[1] && span[0] < s.end)) return;
    // An unresolved role noun ("…, Defense Chief says") is no name either.
    if (occupied.stream().anyMatch(r -> r[0] < span[1] && span[0] < r[1])) return;
    String name = text.substring(span[0], span[1]);
    if (NOT_SPEAKERS.contains(SPACES.split(name)[0]) || TITLES.contains(name)) return;
    spots.add(new Spot(name, "CAPITALISED", span[0], span[1]));
  }

  /** The capitalised words ending right before {@code at} (white space between), or null. */
  private int[] previousCapitalised(int at) {
    int k = at;
    while (k > 0 && text.charAt(k - 1) == ' ') k--;
    Matcher m = CAPITALISED.matcher(text).region(Math.max(0, k - 60), k);
    int[] last = null;
    while (m.find()) if (m.end() == k) last = new int[] {m.start(), m.end()};
    return last;
  }

  /** The capitalised words starting right after {@code at} (white space between), or null. */
  private int[] nextCapitalised(int at) {
    int k = at;
    while (k < text.length() && text.charAt(k) == ' ') k++;
    Matcher m = CAPITALISED.matcher(text).region(k, Math.min(text.length(), k + 60));
    return m.lookingAt() ? new int[] {m.start(), m.end()} : null;
  }

  private static boolean person(Spot s) {
    return s.type.equals("PERSON") || s.type.equals("PRONOUN") || s.type.equals("ROLE_NAMED");
  }

  private static String bucket(int n) {
    return n <= 2 ? String.valueOf(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
  }

  /**
   * A sentence opening with a subordinate clause ("After Trump argued that …, Rubio said only that his “…”"): the
   * name right after the conjunction is that clause's subject, not the sentence's.
   */
  private static final Pattern SUBORDINATE_OPENING = Pattern.compile(
      "(?i)(?:after|when|while|although|though|because|before|since|once|until|unless|whereas|if)\\b");

  /** Whether no other candidate opens earlier in {@code s}'s sentence ("Perez hammered Trump, …": Trump is no subject). */
  private boolean firstInSentence(List<Spot> spots, Spot s) {
    int sentence = sentenceIndex(s.start);
    for (Spot o : spots) if (o.start < s.start && sentenceIndex(o.start) == sentence) return false;
    return true;
  }

  private boolean subject(int start) {
    int s = sentenceIndex(start);
    if (s < 0) return false;
    String head = text.substring(sentences.get(s).start(), start).strip();
    if (SUBORDINATE_OPENING.matcher(head).lookingAt()) return false;
    return head.isEmpty() || SPACES.split(head).length <= SpeakerFinder.SUBJECT_WORDS && head.indexOf('"') < 0 && head.indexOf('“') < 0
        && head.indexOf(',') < 0;
  }

  /** The speech cue starting at the first word after {@code at} (a comma and a title may stand between: "Trump, 70, said"), or null. */
  private String cueAt(int at) {
    int k = skipSpaces(text, at);
    Matcher m = SpeechCues.CUE.matcher(text).region(k, Math.min(text.length(), k + 30));
    return m.lookingAt() ? m.group() : null;
  }

  /** A speech cue starting within {@code maxWords} words after {@code at} in the same sentence, or null. */
  private String cueWithin(int at, int maxWords) {
    int s = sentenceIndex(at);
    int end = s >= 0 ? Math.min(sentences.get(s).end(), text.length()) : text.length();
    Matcher w = WORD.matcher(text).region(at, end);
    int n = 0;
    while (w.find() && n++ < maxWords) {
      Matcher m = SpeechCues.CUE.matcher(text).region(w.start(), end);
      if (m.lookingAt() && !finder.insideQuote(w.start())) return m.group();
    }
    return null;
  }

  /** The speech cue ending right before {@code at} ("said Lee Park", "according to Lee Park"), or null. */
  private String cueEndingAt(int at) {
    int k = at;
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
    int from = Math.max(0, k - 20);
    Matcher m = SpeechCues.CUE.matcher(text).region(from, k);
    String last = null;
    while (m.find()) if (m.end() == k) last = m.group();
    return last;
  }

  private boolean cueIn(int from, int to) {
    if (from >= to) return false;
    Matcher m = SpeechCues.CUE.matcher(text).region(from, to);
    while (m.find()) if (!finder.insideQuote(m.start())) return true;
    return false;
  }

  private boolean hasQuote(int from, int to) {
    for (int k = from; k < to; k++) if (finder.insideQuote(k)) return true;
    return false;
  }

  private String nextWord(int at) {
    if (at < text.length() && (text.startsWith("'s", at) || text.startsWith("’s", at))) return text.substring(at, at + 2);
    Matcher m = WORD.matcher(text).region(at, Math.min(text.length(), at + 40));
    return m.find() ? m.group() : null;
  }

  private String previousWord(int at) {
    Matcher m = WORD.matcher(text).region(Math.max(0, at - 40), at);
    String last = null;
    while (m.find()) last = m.group();
    return last;
  }

  private int sentenceIndex(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  private int paragraphStart(int offset) {
    return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  }

  private int lastLetter(int before) {
    int k = before - 1;
    while (k > 0 && !Character.isLetterOrDigit(text.charAt(k))) k--;
    return k;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : SPACES.split(s.strip()).length;
  }
}
