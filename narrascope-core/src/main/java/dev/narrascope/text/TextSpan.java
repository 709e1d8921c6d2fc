package dev.narrascope.text;

import java.util.List;

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

  /** Binary search: the index of the span of {@code sorted} (in order, not overlapping) that holds {@code offset}, or -1. */
  public static int indexHolding(List<TextSpan> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextSpan s = sorted.get(mid);
      if (offset < s.start()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
