package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name keys for search across scripts and spellings: an indexed canonical entity name and a query
 * word meet on {@link NameKeys#stem} keys ("Резникова", "Reznikov" and "Reznikow" share one), and a
 * query word that is a gazetteer alias ("Kiev") also stands for its canonical name ("Kyiv").
 * Stateless and thread-safe.
 */
public final class NameSearch {
  private NameSearch() {}

  /** The name key of one word, in lower-case Latin letters (transliterated, case ending cut). */
  public static String key(String word) {
    return NameKeys.stem(word);
  }

  /** The name keys of each word of a canonical name, in order. */
  public static List<String> keys(String name) {
    List<String> out = new ArrayList<>();
    for (Token t : Token.tokenize(name)) out.add(t.stem());
    return out;
  }

  /**
   * The canonical names the gazetteer gives {@code phrase} when it is one of their aliases, in any
   * case ("kiev" gives "Kyiv"); empty when it is none.
   */
  public static Set<String> canonicalNames(String phrase) {
    Set<String> out = new LinkedHashSet<>();
    Gazetteer g = Gazetteer.bundled();
    for (String form : List.of(phrase, capitalised(phrase))) {
      Gazetteer.Entry e = g.byAlias(form);
      if (e != null) out.add(e.canonical());
    }
    return out;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
