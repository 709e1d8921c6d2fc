package dev.narrascope.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
  /** Words that end with a full stop without ending the sentence, lower-cased, without the stop. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      // English titles, ranks, months, company forms
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "maj", "sgt", "cpl", "adm", "cmdr", "brig",
      "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "mt", "ft", "jr", "sr", "vs", "approx", "dept",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "inc", "ltd", "co", "corp", "bros", "fig", "est",
      // Portuguese
      "sra", "srta", "dra", "av", "exmo", "exma",
      // Russian and Bulgarian
      "г", "гг", "ул", "им", "т", "е", "д", "проф", "акад", "ген", "полк", "св", "напр", "вкл", "др", "тыс", "млн",
      "млрд", "руб", "см", "стр", "нар",
      // Hindi (the dot after an abbreviation in Devanagari script)
      "डॉ", "श्री", "सं");
  /** Abbreviations that do not end a sentence only before a number ("No. 5", "Art. 3"). */
  private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "art", "p", "pp", "vol", "ch", "nº", "n", "№");
  private static final String OPENING_QUOTES = "“«„\"‘‹";
  private static final String CLOSERS = "\"'”’»“‘›)]";

  private Sentences() {}

  /** Returns the sentences of {@code text}, trimmed, in order, never empty; never {@code null}. */
  public static List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    BreakIterator icu = BreakIterator.getSentenceInstance(ULocale.ROOT);
    icu.setText(text);
    int start = icu.first();
    for (int end = icu.next(); end != BreakIterator.DONE; end = icu.next()) {
      if (end < text.length() && !endsParagraph(text, start, end) && continues(text, start, end)) continue;
      add(text, start, end, out);
      start = end;
    }
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
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
    String lower = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) return true;
    return BEFORE_NUMBER.contains(lower) && next < text.length() && Character.isDigit(text.charAt(next));
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
      else if (open >= 0 && closes(text.charAt(open), c) && !startsQuote(text, i)) open = -1;
    }
    if (open < 0 || !hasWordBefore(text, start, open)) return false;
    for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (closes(text.charAt(open), text.charAt(i)) && !startsQuote(text, i)) return true;
    }
    return false;
  }

  /** A straight quote opens when it stands before a word; the curly and angle ones always open. */
  private static boolean startsQuote(String text, int i) {
    if (text.charAt(i) != '"') return "“«„‘‹".indexOf(text.charAt(i)) >= 0;
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0;
    return spaceBefore && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
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
