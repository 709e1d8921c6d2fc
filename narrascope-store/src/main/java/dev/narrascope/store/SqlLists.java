package dev.narrascope.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Long lists of values in SQL: chunks small enough for one {@code IN (…)} list, and its placeholders. */
final class SqlLists {
  /** Values per {@code IN (…)} list: well under SQLite's and PostgreSQL's parameter limits. */
  static final int CHUNK = 500;

  private SqlLists() {}

  static <T> List<List<T>> chunks(List<T> values) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < values.size(); from += CHUNK) out.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
    return out;
  }

  /** {@code ?,?,…,?}: {@code n} placeholders. */
  static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }
}
