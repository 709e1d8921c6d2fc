package dev.narrascope.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 chars in an article's clean text.
 *
 * @param start offset of the first char
 * @param end   offset after the last char
 */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span: [" + start + "," + end + ")");
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
