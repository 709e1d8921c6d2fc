package dev.narrascope.ingest;

import java.util.Locale;

/** Small formatting helpers for findings. */
final class Sizes {
  private Sizes() {}

  /** {@code 50 MB}, {@code 1.5 MB}, {@code 800 KB}, {@code 12 bytes}: whole megabytes from 10 MB up. */
  static String human(long bytes) {
    if (bytes >= 1 << 20) {
      double mb = bytes / (double) (1 << 20);
      return String.format(Locale.ROOT, mb >= 10 || mb == Math.rint(mb) ? "%.0f MB" : "%.1f MB", mb);
    }
    if (bytes >= 1 << 10) return (bytes >> 10) + " KB";
    return bytes + " bytes";
  }

  /** The first line of a library's message, so a finding stays on one line. */
  static String oneLine(String message) {
    if (message == null) return "unknown error";
    String s = message.strip();
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
