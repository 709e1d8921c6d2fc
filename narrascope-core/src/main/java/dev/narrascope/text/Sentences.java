package dev.narrascope.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's one sentence splitter, for news in BG, EN, HI, PT and RU: ICU's sentence rules
 * (Unicode UAX #29: closing quotes and brackets after the full stop stay with the sentence, "।" and
 * "…" end one, a full stop before a lower-case word does not), then news-specific repairs ICU lacks.
 * A boundary is dropped
 * <ul>
 *   <li>after an abbreviation ("Mr.", "Gen.", "Jan.", "проф.", "Sra.") or an initial ("J.", "U.S.",
 *       "В. Путин"), and after "No."/"Art." before a number;</li>
 *   <li>before a lower-case word (‘"Why?" he asked’, ‘«Зачем?» — спросил он’);</li>
 *   <li>inside a quotation opened in mid-sentence that closes in the same paragraph
 *       (‘He said "We won. They lost" and left.’).</li>
 * </ul>
 * Every line break ends a sentence: in clean text lines are paragraphs, headings and captions.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<TextSpan> spans = Sentences.split("Mr. Smith left. He said so.");  // two sentences
 * }</pre>
 */
public final class Sentences {
  /**
   * Titles, ranks, months and company forms that end with a full stop without ending the sentence,
   * lower-cased; they count only when capitalised, as they are written ("Gen.", "Jan.", "Sra."),
   * so that words such as Portuguese "mar" (sea) or "co" still end sentences.
   */
  private static final Set<String> CAPITALISED_ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "maj", "sgt", "cpl", "adm", "cmdr", "brig",
      "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "mt", "ft", "jr", "sr",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "inc", "ltd", "co", "corp", "bros",
      "sra", "srta", "dra", "av", "exmo", "exma");                                    // Portuguese
  /** Abbreviations in any case, lower-cased, without the stop. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "vs", "approx", "dept", "fig",
      // Russian and Bulgarian ("г." only as "город", see YEAR_ABBREVIATIONS; "и т.д.", "и др." and the
      // pronoun "им" end sentences)
      "г", "гг", "ул", "т", "е", "св", "напр", "вкл", "см", "стр", "нар", "проф", "акад", "ген", "полк",
      // Hindi: "डॉ." (Dr.), "श्री", and Latin initials spelled out ("एस. जयशंकर", S. Jaishankar)
      "डॉ", "श्री", "सं", "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी",
      "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड");
  /** "2022 г." (year) and "1990–1991 гг." end sentences as often as not; "г. Москва" (city) never does. */
  private static final Set<String> YEAR_ABBREVIATIONS = Set.of("г", "гг");
  /** Abbreviations that do not end a sentence only before a number ("No. 5", "Art. 3"). */
  private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "art", "p", "pp", "vol", "ch", "nº", "n", "№");
  /** A word's full stop, then a number: where a sentence that opens with a number starts. */
  private static final Pattern NUMBER_OPENS = Pattern.compile("\\p{Ll}{2}[.!?][\"'”’»)]*\\s+(?=\\p{Nd})");
  private static final String OPENING_QUOTES = "“«„\"‘‹";
  private static final String CLOSERS = "\"'”’»“‘›)]";

  /**
   * The last text {@link #shared} split on each thread: the entity, quote and explanation stages of
   * one article run one after the other on one thread ({@code Pipeline.analyse}) and each splits the
   * article's text, as {@link AnalysedText#shared} shares its analysis.
   */
  private static final ThreadLocal<Split> LAST_SHARED = new ThreadLocal<>();

  private record Split(String text, List<TextSpan> sentences) {}

  private Sentences() {}

  /** {@link #split}, unmodifiable, re-using this thread's previous result when it was for the same text. */
  public static List<TextSpan> shared(String text) {
    Split last = LAST_SHARED.get();
    if (last != null && last.text().equals(text)) return last.sentences();
    List<TextSpan> sentences = List.copyOf(split(text));
    LAST_SHARED.set(new Split(text, sentences));
    return sentences;
  }

  /** Returns the sentences of {@code text}, trimmed, in order, never empty; never {@code null}. */
  public static List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    int start = 0;
    for (int end : boundaries(text)) {
      if (end < text.length() && !endsParagraph(text, start, end) && continues(text, start, end)) continue;
      add(text, start, end, out);
      start = end;
    }
    return out;
  }

  /** Whether a quotation opened by {@code open} closes after {@code from} before the paragraph ends. */
  private static boolean closesInParagraph(String text, char open, int from) {
    for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (closesAt(text, open, i)) return true;
    }
    return false;
  }

  /**
   * ICU's candidate boundaries, plus one before a sentence that opens with a number ("…рублей. 8 июля
   * …"), where ICU's rules see a lower-case word further on and do not break.
   */
  private static SortedSet<Integer> boundaries(String text) {
    SortedSet<Integer> out = new TreeSet<>();
    BreakIterator icu = BreakIterator.getSentenceInstance(ULocale.ROOT);
    icu.setText(text);
    icu.first();
    for (int end = icu.next(); end != BreakIterator.DONE; end = icu.next()) out.add(end);
    Matcher m = NUMBER_OPENS.matcher(text);
    while (m.find()) out.add(m.end());
    return out;
  }

  /** Whether ICU's boundary at {@code end} (sentence so far: {@code [start, end)}) is a false one. */
  private static boolean continues(String text, int start, int end) {
    int last = end;
    while (last > start && Character.isWhitespace(text.charAt(last - 1))) last--;
    while (last > start && CLOSERS.indexOf(text.charAt(last - 1)) >= 0) last--;
    int next = end;
    while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) next++;
    if (next < text.length() && Character.isLowerCase(text.charAt(next))) return true;
    if (last > start && text.charAt(last - 1) == '.' && abbreviated(text, start, last - 1, next)) return true;
    return insideMidSentenceQuote(text, start, end);
  }

  /** Whether the full stop at {@code dot} closes an abbreviation or an initial rather than the sentence. */
  private static boolean abbreviated(String text, int start, int dot, int next) {
    int w = dot;
    while (w > start && isWordChar(text.charAt(w - 1))) w--;
    if (w == dot) return false;
    String word = text.substring(w, dot);
    // An initial stands alone or after another one ("J. Smith", "U.S."), not after a sign ("1,5°C.").
    boolean alone = w == start || Character.isWhitespace(text.charAt(w - 1)) || text.charAt(w - 1) == '.';
    // X, Х (Cyrillic): the platform ("posted on X.") ends sentences more often than an initial X. does.
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && alone && !word.equals("X") && !word.equals("Х")) return true;
    String lower = word.toLowerCase(Locale.ROOT);
    if (YEAR_ABBREVIATIONS.contains(lower)) return !afterNumber(text, start, w);
    if (ABBREVIATIONS.contains(lower)) return true;
    if (CAPITALISED_ABBREVIATIONS.contains(lower) && Character.isUpperCase(word.charAt(0))) return true;
    return BEFORE_NUMBER.contains(lower) && next < text.length() && Character.isDigit(text.charAt(next));
  }

  /** Whether the word starting at {@code w} follows a number ("2022 г."). */
  private static boolean afterNumber(String text, int start, int w) {
    int i = w;
    while (i > start && Character.isWhitespace(text.charAt(i - 1))) i--;
    return i > start && Character.isDigit(text.charAt(i - 1));
  }

  /** Letters plus the combining marks Devanagari words are made of. */
  private static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Whether {@code end} lies inside a quotation that was opened after other words of the sentence
   * and closes before the paragraph ends: the quotation is then part of the sentence around it.
   */
  private static boolean insideMidSentenceQuote(String text, int start, int end) {
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (open < 0 && OPENING_QUOTES.indexOf(c) >= 0 && startsQuote(text, i)) open = i;
      else if (open >= 0 && closesAt(text, text.charAt(open), i)) open = -1;
    }
    return open >= 0 && hasWordBefore(text, start, open) && closesInParagraph(text, text.charAt(open), end);
  }

  /** A straight quote opens when it stands before a word; the curly and angle ones always open. */
  private static boolean startsQuote(String text, int i) {
    if (text.charAt(i) != '"') return "“«„‘‹".indexOf(text.charAt(i)) >= 0;
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0;
    return spaceBefore && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
  }

  /**
   * Whether the mark at {@code i} closes a quotation opened by {@code open}. A curly mark that could open a quotation
   * closes one only before no word, as "“" does after "„" in Bulgarian and German ("„Днес … нашата“, каза той").
   */
  private static boolean closesAt(String text, char open, int i) {
    if (!closes(open, text.charAt(i))) return false;
    if (!startsQuote(text, i)) return true;
    return open == '„' && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
  }

  private static boolean closes(char open, char c) {
    return switch (open) {
      case '“' -> c == '”';
      case '«' -> c == '»';
      case '„' -> c == '“' || c == '”';
      case '‘' -> c == '’';
      case '‹' -> c == '›';
      default -> c == '"';
    };
  }

  private static boolean hasWordBefore(String text, int start, int open) {
    for (int i = start; i < open; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
    return false;
  }

  /** ICU ends a sentence at every line break; so does clean text, where lines are paragraphs. */
  private static boolean endsParagraph(String text, int start, int end) {
    for (int i = end - 1; i >= start && Character.isWhitespace(text.charAt(i)); i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') return true;
    }
    return false;
  }

  private static void add(String text, int start, int end, List<TextSpan> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new TextSpan(start, end));
  }
}
