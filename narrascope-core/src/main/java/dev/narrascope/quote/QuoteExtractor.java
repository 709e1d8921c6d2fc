package dev.narrascope.quote;

import static dev.narrascope.quote.TextScan.hasLetters;
import static dev.narrascope.quote.TextScan.skipSpaces;

import dev.narrascope.EntityMention;
import dev.narrascope.Quote;
import dev.narrascope.entity.KnownThings;
import dev.narrascope.text.CaseFold;
import dev.narrascope.text.Sentences;
import dev.narrascope.text.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct and reported quotes of one text and their speakers, reading in text order so
 * that "he said" can refer back to the last speaker. A direct quote's speaker is looked for in its
 * sentence before it (Stoltenberg said: "…"; Koval called it "…"), then after it ("…," Reznikov
 * said), then in a preceding sentence that
 * ends with a colon, then it continues the speaker of an adjacent quote. Stateless; thread-safe.
 */
final class QuoteExtractor {
  /** Compiled once: String.split/replaceAll with a regex compile it on every call, and this runs per candidate or sentence. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int MIN_UNATTRIBUTED_WORDS = 3;
  /** The most words quotation marks may hold and still be a name ({@link #isName}). */
  private static final int MAX_NAME_WORDS = 3;
  private static final int ATTRIBUTION_WORDS = 6;

  /** Reported speech not yet attributed: the clause after "that" and where its speech verb ends. */
  private record Reported(String text, int start, int end, int cueEnd) {}

  private final SpeakerChooser chooser;

  /** Rules only. */
  QuoteExtractor() {
    this(null);
  }

  /** Rules, then {@code chooser} picks each direct quote's speaker among its candidates (rules only when null). */
  QuoteExtractor(SpeakerChooser chooser) {
    this.chooser = chooser;
  }

  List<Quote> find(String text, List<EntityMention> mentions) {
    // Known things ("GDP", "El Niño", "World War II") and regions ("Asia") are no one who speaks.
    List<EntityMention> sorted = mentions.stream().filter(m -> !KnownThings.neverSpeaks(m))
        .sorted(Comparator.comparingInt(EntityMention::start)).toList();
    List<TextSpan> spans = QuoteMarks.find(text);
    List<TextSpan> sentences = Sentences.shared(text);
    SpeakerFinder speakers = new SpeakerFinder(text, sorted, spans);
    List<Quote> out = new ArrayList<>();
    List<Reported> reported = reported(text, sentences, spans);
    SpeakerCandidates candidates = chooser == null ? null : new SpeakerCandidates(text, sorted, sentences, speakers);
    String previous = null;
    int r = 0;
    for (int q = 0; q < spans.size(); q++) {
      TextSpan span = spans.get(q);
      while (r < reported.size() && reported.get(r).start() < span.start()) attribute(reported.get(r++), sentences, speakers, out);
      boolean author = authorSpeaks(text, span, sentences);
      String speaker = author ? null : directSpeaker(text, spans, q, sentences, speakers, out);
      if (chooser != null && !author) {
        speaker = chooser.choose(span.start(), span.end(), words(text.substring(span.start(), span.end())), speaker,
            candidates.around(markBefore(text, span.start()), markAfter(text, span.end()), speaker, previous));
        previous = speaker != null ? speaker : previous;
        candidates.spoke(speaker);
      }
      speakers.spoke(speaker, span.end());
      String quoted = text.substring(span.start(), span.end());
      if (speaker != null || words(quoted) >= MIN_UNATTRIBUTED_WORDS) {
        out.add(new Quote(quoted, speaker, span.start(), span.end(), true));
      }
    }
    while (r < reported.size()) attribute(reported.get(r++), sentences, speakers, out);
    // A name in quotation marks is attributed as a quote would be (a later quote may continue its speaker, as in
    // "“…,” Trump told NBC’s “Today” on Monday. “…”"), but it is not reported as something said.
    out.removeIf(q -> q.direct() && (isName(text, q.start(), q.end()) || isScareQuote(text, q.start(), q.end())));
    out.sort(Comparator.comparingInt(Quote::start));
    return out;
  }

  /**
   * Whether the quote's attribution is the author's own ("“Total bull-bleep,” I replied."; "I told him: “…”"): it then
   * has no speaker to name, whoever the rules or the ranker would find around it.
   */
  private static boolean authorSpeaks(String text, TextSpan span, List<TextSpan> sentences) {
    int open = markBefore(text, span.start());
    int close = markAfter(text, span.end());
    if (close < text.length() && SpeechCues.FIRST_PERSON_AFTER.matcher(text)
        .region(Math.min(close + 1, text.length()), Math.min(text.length(), close + 40)).lookingAt()) {
      return true;
    }
    TextSpan before = containing(sentences, open);
    int from = before == null ? Math.max(0, open - 80) : Math.min(before.start(), open);
    return SpeechCues.FIRST_PERSON_BEFORE.matcher(text).region(from, open).find();
  }

  private static void attribute(Reported candidate, List<TextSpan> sentences, SpeakerFinder speakers, List<Quote> out) {
    TextSpan sentence = containing(sentences, candidate.start() - 1);
    String speaker = speakers.inWindow(sentence == null ? 0 : sentence.start(), candidate.cueEnd(), true);
    if (speaker != null) {
      speakers.spoke(speaker, candidate.end());
      out.add(new Quote(candidate.text(), speaker, candidate.start(), candidate.end(), false));
    }
  }

  private static String directSpeaker(String text, List<TextSpan> spans, int q, List<TextSpan> sentences,
                                      SpeakerFinder speakers, List<Quote> out) {
    TextSpan span = spans.get(q);
    int open = markBefore(text, span.start());
    int close = markAfter(text, span.end());
    int nextOpen = q + 1 < spans.size() ? markBefore(text, spans.get(q + 1).start()) : text.length();
    int prevClose = q > 0 ? markAfter(text, spans.get(q - 1).end()) + 1 : 0;

    TextSpan after = containing(sentences, Math.max(close, span.end() - 1));
    int afterEnd = Math.min(after == null ? text.length() : after.end(), nextOpen);
    TextSpan before = containing(sentences, open);
    int beforeStart = Math.max(before == null ? 0 : before.start(), prevClose);
    // "Reznikov claimed that Kiev had become “…”, a phrase commentators said…": a quote that ends a
    // clause with its own speech verb belongs to that clause's speaker, not to one named after it.
    String speaker = speakers.inWindow(beforeStart, open, true, before == null ? 0 : before.start());
    if (speaker == null) speaker = speakers.inWindow(Math.min(close + 1, afterEnd), afterEnd, false);
    if (speaker != null) return speaker;
    int colon = markBefore(text, open);
    if (colon > beforeStart && text.charAt(colon) == ':') {
      speaker = speakers.beforeColon(beforeStart, colon);
      if (speaker != null) return speaker;
    }

    // The next sentence attributes this one: "…spilt.” Reznikov stated." (a short sentence of its own, or one opening
    // with a demonstrative: "…“. Това заяви генералният секретар на ООН Антониу Гутериш."); through a demonstrative
    // also when the quote sits inside its sentence ("Западните страни „удариха още едно дъно“ в Съвета …. Това заяви …
    // Небензя.").
    TextSpan next = after == null ? null : following(sentences, after);
    if (next != null && nextOpen >= next.end()) {
      boolean demonstrative =
          SpeechCues.DEMONSTRATIVE_ATTRIBUTION.matcher(text).region(next.start(), next.end()).lookingAt();
      boolean attributes = hasLetters(text, close + 1, afterEnd) ? demonstrative
          : next.start() - afterEnd <= 3 && text.substring(afterEnd, next.start()).indexOf('\n') < 0
              && (words(text.substring(next.start(), next.end())) <= ATTRIBUTION_WORDS || demonstrative);
      if (attributes) {
        speaker = speakers.inWindow(next.start(), next.end(), false);
        if (speaker != null) return speaker;
      }
    }
    boolean startsSentence = before != null && !hasLetters(text, before.start(), open);
    TextSpan previous = startsSentence ? preceding(sentences, before) : null;
    if (previous != null && text.charAt(previous.end() - 1) == ':') {
      speaker = speakers.inWindow(Math.max(previous.start(), prevClose), previous.end(), true);
      if (speaker != null) return speaker;
    }
    if (q > 0 && continues(text, spans.get(q - 1), open, prevClose, startsSentence ? previous : null, out)) {
      return out.get(out.size() - 1).speaker();
    }
    // "…claim that Ukraine is “…,” in terms of …, “and third, …”": a later part of the sentence's quote.
    Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (before != null && last != null && last.direct() && last.speaker() != null && last.start() >= before.start()) {
      return last.speaker();
    }
    // "…, Reznikov has said." then a new paragraph that is all quote.
    if (previous != null && previous.start() >= prevClose) {
      speaker = speakers.inWindow(previous.start(), previous.end(), true);
      if (speaker != null) return speaker;
    }
    // No cue at all: the person the quote's sentence opens with ("Lee Park pondered who might “…”").
    if (before != null && before.start() >= prevClose && hasLetters(text, before.start(), open)) {
      speaker = speakers.sentenceSubject(before.start(), open);
      if (speaker != null) return speaker;
    }
    // Last, a verb with no subject right after the quote ("«…», afirmou."): after the rules above, which find the
    // speaker of the sentence before, since a dropped pronoun is as vague as "he".
    return speakers.subjectless(Math.min(close + 1, afterEnd), afterEnd);
  }

  /**
   * Whether the quote opening at {@code open} goes on with the previous quote's speech: right after
   * it, in the sentence after it, or opening the paragraph after a quoted one — news copy does not
   * repeat the attribution for every paragraph of one speech.
   */
  private static boolean continues(String text, TextSpan previousQuote, int open, int prevClose, TextSpan previousSentence,
                                   List<Quote> out) {
    Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last == null || !last.direct() || last.end() != previousQuote.end()) return false;
    if (!hasLetters(text, prevClose, open)) return true;
    if (unclosed(text, previousQuote) && reopensParagraph(text, previousQuote.end(), open)) return true;
    // The sentence before holds the previous quote or its end: '"…won three or four," Trump said. "Last week…'
    if (previousSentence != null && last.start() < previousSentence.end() && last.end() > previousSentence.start()) return true;
    int paragraphStart = text.lastIndexOf('\n', open) + 1;
    if (hasLetters(text, paragraphStart, open)) return false;
    int k = paragraphStart - 1;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) k--;
    int previousParagraph = text.lastIndexOf('\n', k);
    return last.start() > previousParagraph && last.start() < paragraphStart;
  }

  /** Whether the quote ran to its paragraph's end without a closing mark (a speech going on in the next paragraph). */
  private static boolean unclosed(String text, TextSpan quote) {
    int k = quote.end();
    while (k < text.length() && text.charAt(k) != '\n') {
      if ("”\"»’“".indexOf(text.charAt(k)) >= 0) return false;
      k++;
    }
    return true;
  }

  /** Paragraphs a quote left open may run on without marks before its speech reopens with one ("The Alliance unites …"). */
  private static final int OPEN_QUOTE_PARAGRAPHS = 2;

  /**
   * Whether {@code open} opens a paragraph at most {@link #OPEN_QUOTE_PARAGRAPHS} paragraphs after {@code from}:
   * news copy reopens each paragraph of a long quote with a mark and closes only the last.
   */
  private static boolean reopensParagraph(String text, int from, int open) {
    int paragraphStart = text.lastIndexOf('\n', open) + 1;
    if (paragraphStart <= from || hasLetters(text, paragraphStart, open)) return false;
    int paragraphs = 0;
    for (int k = text.indexOf('\n', from); k >= 0 && k < paragraphStart; k = text.indexOf('\n', k + 1)) {
      int next = text.indexOf('\n', k + 1);
      if (hasLetters(text, k, next < 0 ? text.length() : next)) paragraphs++;
    }
    return paragraphs <= OPEN_QUOTE_PARAGRAPHS;
  }

  /** Reported-speech candidates ("X said that …"), one per sentence at most. */
  private static List<Reported> reported(String text, List<TextSpan> sentences, List<TextSpan> spans) {
    List<Reported> out = new ArrayList<>();
    for (TextSpan s : sentences) {
      // The pattern scans every position with a long case-insensitive alternation; each of its
      // matches holds a connective or one of four verbs, so sentences without any are skipped.
      if (!CaseFold.containsAny(CaseFold.fold(text, s.start(), s.end()), SpeechCues.REPORTED_NEEDS)) continue;
      Matcher m = SpeechCues.REPORTED.matcher(text).region(s.start(), s.end());
      if (!m.find() || SpeechCues.notReported(text, s.start(), m.start(), m.end())) continue;
      int start = m.end();
      // "would say that, wouldn’t he?": a "that" the comma closes is the verb's object, and no clause follows it.
      int first = skipSpaces(text, start);
      if (first < s.end() && ",;:".indexOf(text.charAt(first)) >= 0) continue;
      int stop = SpeechCues.contentEnd(text, start, s.end());
      while (stop > start && ".!?…\"”»,;".indexOf(text.charAt(stop - 1)) >= 0) stop--;
      int end = stop;
      if (words(text.substring(start, end)) < MIN_UNATTRIBUTED_WORDS) continue;
      int cueStart = m.start();
      if (spans.stream().anyMatch(q -> q.start() < end && q.end() > cueStart)) continue;
      out.add(new Reported(text.substring(start, end), start, end, m.start() + verbLength(text, m.start(), m.end())));
    }
    return out;
  }

  private static int verbLength(String text, int from, int to) {
    int k = from;
    while (k < to && !Character.isWhitespace(text.charAt(k))) k++;
    return k - from;
  }

  private static int markBefore(String text, int start) {
    int k = start - 1;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) k--;
    return Math.max(k, 0);
  }

  private static int markAfter(String text, int end) {
    return Math.min(skipSpaces(text, end), text.length() - 1);
  }

  private static TextSpan containing(List<TextSpan> sentences, int offset) {
    TextSpan best = null;
    for (TextSpan s : sentences) {
      if (s.start() <= offset) best = s;
      else break;
    }
    return best;
  }

  private static TextSpan following(List<TextSpan> sentences, TextSpan s) {
    int i = sentences.indexOf(s);
    return i >= 0 && i + 1 < sentences.size() ? sentences.get(i + 1) : null;
  }

  private static TextSpan preceding(List<TextSpan> sentences, TextSpan s) {
    int i = sentences.indexOf(s);
    return i > 0 ? sentences.get(i - 1) : null;
  }

  /**
   * Whether the quotation marks around {@code [start, end)} hold a name rather than words someone said: at most
   * {@value #MAX_NAME_WORDS} words, each capitalised (or a number), no punctuation before the closing mark — an outlet
   * ("пред „Новини Днес“"), a plant ("АЕЦ „Запорожие“"), a ship, a film. Spoken words carry their punctuation
   * ("“No,” he said"; a slogan list "“Peace Through Strength,” “Law and Order”" keeps its first item).
   */
  static boolean isName(String text, int start, int end) {
    String t = text.substring(start, end).strip();
    if (t.isEmpty() || !Character.isLetterOrDigit(t.charAt(t.length() - 1))) return false;
    if (end < text.length() && ",.!?;:…".indexOf(text.charAt(end)) >= 0) return false;
    String[] words = SPACES.split(t);
    if (words.length > MAX_NAME_WORDS) return false;
    for (String w : words) {
      int c = w.codePointAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) return false;
    }
    return true;
  }

  /**
   * Whether the quotation marks around {@code [start, end)} set off one word inside a phrase rather than words someone
   * said: a single word, no punctuation after the closing mark, and no speech or naming verb earlier in its sentence
   * ("the so-called “green” agenda", "«зелёная» политика"; but "Nolan said the decision is “nonsensical” …" and "took to
   * Twitter to call it a “hoax” …" are partial quotes, the speaker's own word).
   */
  static boolean isScareQuote(String text, int start, int end) {
    String t = text.substring(start, end).strip();
    if (t.isEmpty() || words(t) > 1 || !Character.isLetter(t.charAt(t.length() - 1))) return false;
    int after = skipSpaces(text, Math.min(markAfter(text, end) + 1, text.length()));
    if (after < text.length() && ",.!?;:…".indexOf(text.charAt(after)) >= 0) return false;
    int open = markBefore(text, start);
    int from = open;
    while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) from--;
    return !SpeechCues.CUE.matcher(text).region(from, open).find() && !SpeechCues.NAMING.matcher(text).region(from, open).find();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : SPACES.split(s.strip()).length;
  }
}
