package dev.narrascope.quote;

import dev.narrascope.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of quoted words between quotation marks: " " “ ” « » „ “ ‚ ‘ ‘ ’ and ' ' (the last
 * only where it cannot be an apostrophe, and only closed). A quote that is not closed in its paragraph runs on to a closing mark
 * in the next paragraphs when none of them opens a quote first, else to its paragraph's end, as news copy
 * reopens each paragraph of a long quote. Stateless, thread-safe. Public for the evidence of explanations, which
 * keeps a quotation whole ({@code EvidenceExplainer}): what is a quotation is decided here only.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** Spans of the quoted words (marks excluded, white space trimmed), in text order, not nested. */
  public static List<TextSpan> find(String text) {
    List<TextSpan> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!opens(text, i)) {
        i++;
        continue;
      }
      int paragraphEnd = text.indexOf('\n', i);
      if (paragraphEnd < 0) paragraphEnd = text.length();
      int from = i + width(text, i);
      int close = closer(text, from, paragraphEnd, c);
      // Mixed marks ("…,” Lee said.): a straight mark left open in its paragraph closes at a curly one.
      if (close < 0 && c == '"') close = closer(text, from, paragraphEnd, '“');
      // And the other way round ("“…," said Lee.): a curly mark closes at a straight one ending a word, when it is
      // left open or the first straight mark before its curly closer ends a word ("“…," Trump said. "…”": two quotes,
      // not one holding "Trump said"; a straight mark that opens a word first is a quote inside it).
      if (c == '“') {
        int limit = close < 0 ? paragraphEnd : close;
        int straight = from;
        while (straight < limit && text.charAt(straight) != '"') straight++;
        if (straight < limit && straight == straightCloser(text, from, limit)) close = straight;
      }
      if (close < 0) close = runOnCloser(text, paragraphEnd, c);
      boolean closed = close >= 0;
      if (!closed) {
        // Unclosed: only a long stretch of speech counts, so stray marks do not swallow paragraphs; and never after a
        // straight apostrophe, which opens a word far more often than a quote ("Sophie in 't Veld", "'em", "'90s").
        close = paragraphEnd;
        // A curly single mark left open is a quote only where the next paragraph reopens one the same way (British copy
        // reopens each paragraph of a long speech); else it is a headline's or a name's mark whose closer reads as an
        // apostrophe ("Modest Proposals to ‘Save the Planet’What’s …").
        if (c == '\'' || words(text, i + 1, close) < 5 || c == '‘' && !nextParagraphOpensWith(text, paragraphEnd, c)) {
          i++;
          continue;
        }
      }
      int s = from;
      int e = close;
      while (s < e && (Character.isWhitespace(text.charAt(s)))) s++;
      // The comma before a closing mark belongs to the reporting sentence, not to the quoted words.
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ','
          || (!closed && "“\"«„".indexOf(text.charAt(e - 1)) >= 0))) {
        e--;
      }
      if (e > s && words(text, s, e) > 0) out.add(new TextSpan(s, e));
      i = closed ? close + width(text, close) : close;
    }
    return out;
  }

  /**
   * How many characters the mark at {@code i} takes: two for a doubled straight mark ({@code ""так делали все""},
   * as text exported through CSV writes them), which counts as one mark; else one.
   */
  private static int width(String text, int i) {
    return text.charAt(i) == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"' ? 2 : 1;
  }

  /** Paragraphs after its own that a quote left open may run on through to its closing mark. */
  private static final int RUN_ON_PARAGRAPHS = 3;

  /**
   * The closing mark of a quote left open in its paragraph (which ends at {@code paragraphEnd}) in one of the
   * next {@link #RUN_ON_PARAGRAPHS} paragraphs, where no mark opens a quote before it: a speech that goes on over
   * paragraphs without reopening each ("“convinced that … This is clear.⏎⏎But after the victory … a whole.”");
   * -1 when a paragraph reopens a quote first (each paragraph of the speech is then a quote of its own) or none closes.
   */
  private static int runOnCloser(String text, int paragraphEnd, char open) {
    int k = paragraphEnd;
    int paragraphs = 0;
    while (k < text.length() && paragraphs < RUN_ON_PARAGRAPHS) {
      int start = k + 1;
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      k = end;
      if (text.substring(start, end).isBlank()) continue;
      paragraphs++;
      int close = closer(text, start, end, open);
      // A low mark's closer “ may also open a quote ("„…⏎…успеят.“, отбеляза министърът"): up to it, not at it. After
      // an English “ a “ that "closes" in a later paragraph is more often a new quote's opener: up to and with it.
      int last = close < 0 ? end - 1 : open == '„' || open == '‚' ? close - 1 : close;
      for (int j = start; j <= last; j++) if (opens(text, j)) return -1;
      if (close >= 0) return close;
    }
    return -1;
  }

  /** Whether the first non-blank paragraph after {@code paragraphEnd} opens with {@code mark}. */
  private static boolean nextParagraphOpensWith(String text, int paragraphEnd, char mark) {
    int k = paragraphEnd;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
    return k < text.length() && text.charAt(k) == mark;
  }

  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    int next = i + width(text, i);
    boolean after = next < text.length() && !Character.isWhitespace(text.charAt(next));
    return switch (c) {
      // A mark followed by a comma or a full stop closes a quote ("…успеят.“, отбеляза"), whatever its shape.
      case '“', '«', '„', '‚' -> next >= text.length() || ",.;:!?".indexOf(text.charAt(next)) < 0;
      // The second half of a doubled mark never opens: the pair is one mark, opening or closing.
      case '"' -> before && after && (i == 0 || text.charAt(i - 1) != '"');
      case '‘', '\'' -> before && after && Character.isLetter(text.charAt(i + 1));
      default -> false;
    };
  }

  private static int closer(String text, int from, int limit, char open) {
    if (open == '«') {
      int nested = nestedGuillemetCloser(text, from, limit);
      if (nested >= 0) return nested;
    }
    for (int k = from; k < limit; k++) {
      char c = text.charAt(k);
      boolean endsWord = k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1));
      boolean match = switch (open) {
        case '“' -> c == '”' || c == '“' && k > from && !Character.isWhitespace(text.charAt(k - 1)) && endsWord;
        case '«' -> c == '»';
        case '„' -> c == '“' || c == '”';
        case '"' -> c == '"';
        case '‚' -> c == '‘' || c == '’';
        case '‘' -> c == '’' && endsWord;
        case '\'' -> c == '\'' && endsWord && !Character.isWhitespace(text.charAt(k - 1));
        default -> false;
      };
      if (match) return k;
    }
    return -1;
  }

  /**
   * The » that closes a « whose quote holds another «…» ("говорится: «Подразделениями группировки войск «Север» поражена
   * …»": web copy nests guillemets instead of using „…“ inside them), counting the marks; -1 when no « opens before the
   * first » or the count never comes back to zero in {@code [from, limit)} (the first » then closes, as before).
   */
  private static int nestedGuillemetCloser(String text, int from, int limit) {
    int depth = 1;
    boolean nested = false;
    for (int k = from; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '«') {
        depth++;
        nested = true;
      } else if (c == '»' && --depth == 0) {
        return nested ? k : -1;
      }
    }
    return -1;
  }

  /** The first straight mark in {@code [from, limit)} that closes a word ("…," or "…."), -1 if none. */
  private static int straightCloser(String text, int from, int limit) {
    for (int k = from + 1; k < limit; k++) {
      if (text.charAt(k) == '"' && !Character.isWhitespace(text.charAt(k - 1))
          && (k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
        return k;
      }
    }
    return -1;
  }

  private static int words(String text, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int k = from; k < to; k++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(k));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }
}
