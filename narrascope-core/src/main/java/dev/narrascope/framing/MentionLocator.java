package dev.narrascope.framing;

/**
 * Finds a mention's span in a document when the given offsets may be wrong: offsets that hold the
 * entity text are taken as they are; otherwise the occurrence of the entity string nearest to the
 * given start wins (case-sensitive first, then ignoring case); otherwise the offsets are clamped into
 * the text. Stateless; thread-safe.
 *
 * <pre>{@code
 * MentionLocator.Span s = MentionLocator.locate(text, "NATO", 120, 123);
 * if (s.match() != MentionLocator.Match.EXACT) warn(...);
 * }</pre>
 */
public final class MentionLocator {
  private MentionLocator() {}

  /** How a span was found. */
  public enum Match {
    /** The offsets hold the entity text. */
    EXACT,
    /** The offsets did not hold it; the nearest occurrence of the entity string was taken. */
    NEAREST,
    /** The entity string does not occur; the offsets were used, clamped into the text. */
    CLAMPED
  }

  /**
   * A span of the document.
   *
   * @param start first char
   * @param end   after the last char (exclusive); {@code start <= end <= text.length()}
   * @param match how it was found
   */
  public record Span(int start, int end, Match match) {}

  /**
   * Locates a mention.
   *
   * @param text         the raw document text
   * @param entity       the entity text
   * @param start        given offset of the first char
   * @param endInclusive given offset of the last char
   */
  public static Span locate(String text, String entity, int start, int endInclusive) {
    int endExclusive = endInclusive + 1;
    if (!entity.isEmpty() && start >= 0 && endExclusive <= text.length() && start < endExclusive
        && text.regionMatches(start, entity, 0, entity.length()) && endExclusive - start == entity.length()) {
      return new Span(start, endExclusive, Match.EXACT);
    }
    if (!entity.isEmpty()) {
      int at = nearest(text, entity, start, false);
      if (at < 0) at = nearest(text, entity, start, true);
      if (at >= 0) return new Span(at, at + entity.length(), Match.NEAREST);
    }
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(endExclusive, text.length()));
    return new Span(s, e, Match.CLAMPED);
  }

  private static int nearest(String text, String entity, int target, boolean ignoreCase) {
    int best = -1;
    int last = text.length() - entity.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(ignoreCase, i, entity, 0, entity.length())
          && (best < 0 || Math.abs(i - target) < Math.abs(best - target))) {
        best = i;
      }
    }
    return best;
  }
}
