package dev.narrascope.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Small helpers so the commands word counts and empty results alike. Stateless; thread-safe. */
final class Messages {
  private Messages() {}

  /** {@code 1 article}, {@code 2 articles}: the noun in the singular for one, else with an {@code s}. */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** {@code 1 story}, {@code 2 stories}: for plurals not made with an {@code s}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** A figure as the eval and bench reports show it: three decimals, whatever the locale. */
  static String figure(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** The same, as a number (JSON and CSV keep it numeric). */
  static Double rounded(double v) {
    return Double.valueOf(figure(v));
  }

  /**
   * Says so on stderr when a query found nothing, so an empty table (its header alone) or an empty
   * JSON list is not taken for a failure; stdout stays machine-readable.
   */
  static void noMatches(PrintWriter err, int rows, String what) {
    if (rows > 0) return;
    err.println("no matches: no " + what + " matched");
    err.flush();
  }
}
