package dev.narrascope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line (up to a limit) in
 * memory, so a gigabyte of JSON Lines streams through a small buffer. A line longer than the limit
 * is skipped to its end and reported as {@link #tooLong()}. Not thread-safe.
 */
final class LineSplitter {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[8 * 1024];
  private int lineLen;
  private boolean tooLong;
  private boolean eof;

  LineSplitter(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the next line (without its {@code \n} or {@code \r\n}); {@code false} at the end of input. */
  boolean next() throws IOException {
    lineLen = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLen) {
        if (eof) return any;
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          eof = true;
          return any;
        }
      }
      any = true;
      int start = chunkPos;
      int nl = start;
      while (nl < chunkLen && chunk[nl] != '\n') nl++;
      append(start, nl - start);
      chunkPos = nl < chunkLen ? nl + 1 : nl;
      if (nl < chunkLen) {
        if (lineLen > 0 && line[lineLen - 1] == '\r') lineLen--;
        return true;
      }
    }
  }

  private void append(int from, int count) {
    if (tooLong) return;
    if ((long) lineLen + count > maxLineBytes) {
      tooLong = true;
      lineLen = 0;
      return;
    }
    if (lineLen + count > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + count));
    System.arraycopy(chunk, from, line, lineLen, count);
    lineLen += count;
  }

  /** The current line's bytes, valid up to {@link #length()} until the next call to {@link #next()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLen;
  }

  /** Whether the current line was over the limit (its bytes were dropped). */
  boolean tooLong() {
    return tooLong;
  }
}
