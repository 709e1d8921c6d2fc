package dev.narrascope.app.cli;

/** Counts with their noun: "1 article", "2 articles". */
final class Plural {
  private Plural() {}

  static String of(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
