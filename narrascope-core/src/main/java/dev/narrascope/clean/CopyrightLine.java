package dev.narrascope.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a copyright footer line and reads the holder's name from it: {@code © 2024 The Outlet},
 * {@code Copyright 2024 The Outlet. All rights reserved.}, {@code © 2023 Вестник Евразии. При перепечатке…},
 * {@code The Outlet © 2024 | Independent news}. The line may end in a short notice after a full stop,
 * bar or spaced dash, in any language. Stateless and thread-safe.
 */
final class CopyrightLine {
  // Compiled once: String.matches/split with a regex compiles it on every call, and these run per line or word.
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  /** Longer lines are prose that merely mentions copyright. */
  static final int MAX_LENGTH = 120;
  private static final String YEARS = "(\\d{4}(\\s*[-–]\\s*\\d{4})?)";
  /** "Copyright" as a word only counts before © or a year, so "Copyright law changed." is no footer. */
  private static final String MARK = "((copyright\\s*)?(©|\\(c\\))|copyright(?=\\s*\\d{4}))";
  private static final String NOTICE = "((\\.\\s+|\\s*\\|\\s*|\\s+[-–—]\\s+)(.{0,90}))?";
  private static final Pattern HOLDER_AFTER = Pattern.compile(
      MARK + "\\s*(©\\s*)?" + YEARS + "?\\s*,?\\s*(?<name>[^.|—–]{0,60}?)\\s*\\.?" + NOTICE, FLAGS);
  private static final Pattern HOLDER_BEFORE = Pattern.compile(
      "(?<name>[^©|.]{2,60}?)\\s*" + MARK + "\\s*" + YEARS + "?\\.?" + NOTICE, FLAGS);
  /** "All rights reserved" in the five languages: a notice, never a holder. */
  private static final Pattern RESERVED = Pattern.compile("all rights reserved|всички права запазени|все права защищены"
      + "|todos os direitos reservados|सर्वाधिकार सुरक्षित", FLAGS);

  private CopyrightLine() {}

  /** @return whether the whole line is a copyright footer */
  static boolean matches(String line) {
    return match(line.strip()) != null;
  }

  /** @return the holder a copyright footer names, or {@code null} when the line is none or names no plausible one */
  static String holder(String line) {
    Matcher m = match(line.strip());
    if (m == null) return null;
    String name = m.group("name").strip();
    boolean plausible = name.length() >= 2 && !RESERVED.matcher(name).find() && !HAS_DIGIT.matcher(name).matches()
        && SPACES.split(name).length <= 6;
    return plausible ? name : null;
  }

  private static Matcher match(String s) {
    if (s.length() > MAX_LENGTH) return null;
    Matcher m = HOLDER_AFTER.matcher(s);
    if (m.matches()) return m;
    m = HOLDER_BEFORE.matcher(s);
    return m.matches() ? m : null;
  }
}
