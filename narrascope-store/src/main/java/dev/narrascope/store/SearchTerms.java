package dev.narrascope.store;

import dev.narrascope.Article;
import dev.narrascope.ActorFraming;
import dev.narrascope.EntityMention;
import dev.narrascope.entity.NameSearch;
import dev.narrascope.text.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one search mechanism of both SQL stores: each article is indexed as a line of terms (its
 * words lower-cased, their stems by the article language's Lucene analyzer, and name keys of the
 * entities and actors its analysis names), which SQLite FTS5 and a PostgreSQL {@code 'simple'}
 * tsvector index alike, neither stemming again. A query word matches through any of its forms:
 * itself, its stem in every supported language (the query's language is unknown), its name key,
 * and the names of the gazetteer entities it is an alias of ("Kiev" finds "Kyiv"; "Резников" finds
 * an article whose actor is "Oleksii Reznikov", in any script). Thread-safe.
 */
public final class SearchTerms {
  /** Marks name keys, so a name key never matches a word of the text by accident. */
  static final String NAME_PREFIX = "nk";

  private SearchTerms() {}

  /** The terms line indexed for {@code a} (stored in {@code articles.search_terms}). */
  public static String of(Article a) {
    StringBuilder sb = new StringBuilder();
    String body = a.title() + "\n" + a.text();
    for (String w : words(body)) sb.append(w).append(' ');
    LanguageAnalyzers.stemming(a.language()).ifPresent(stemmer -> {
      for (String s : analyze(stemmer, body)) sb.append(s).append(' ');
    });
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention e : a.analysis().entities()) if (e.canonical() != null) names.add(e.canonical());
    for (ActorFraming f : a.analysis().actors()) if (f.actor() != null) names.add(f.actor());
    for (String name : names) {
      for (String w : words(name)) sb.append(w).append(' ');
      for (String k : nameKeys(name)) sb.append(k).append(' ');
    }
    return sb.toString().strip();
  }

  /**
   * The query: one group per query word, every group must match; a group holds the alternatives
   * (each a phrase of one or more terms) any of which matches it. Empty for a query without words.
   */
  public static List<List<List<String>>> query(String text) {
    List<List<List<String>>> groups = new ArrayList<>();
    for (String word : words(text)) {
      Set<List<String>> alts = new LinkedHashSet<>();
      alts.add(List.of(word));
      for (Analyzer stemmer : LanguageAnalyzers.stemmers()) for (String s : analyze(stemmer, word)) alts.add(List.of(s));
      for (String k : nameKeys(word)) alts.add(List.of(k));
      for (String canonical : NameSearch.canonicalNames(word)) {
        List<String> ws = words(canonical);
        if (!ws.isEmpty()) alts.add(ws);
        List<String> ks = nameKeys(canonical);
        if (!ks.isEmpty()) alts.add(ks);
      }
      groups.add(List.copyOf(alts));
    }
    return groups;
  }

  /** The query as an FTS5 expression of quoted phrases (user input is never FTS5 syntax). */
  public static String fts5(List<List<List<String>>> query) {
    List<String> groups = new ArrayList<>();
    for (List<List<String>> alts : query) {
      groups.add("(" + String.join(" OR ", alts.stream().map(p -> "\"" + String.join(" ", p) + "\"").toList()) + ")");
    }
    return String.join(" AND ", groups);
  }

  /** The query as PostgreSQL {@code to_tsquery('simple', ...)} text of quoted lexemes. */
  public static String tsquery(List<List<List<String>>> query) {
    List<String> groups = new ArrayList<>();
    for (List<List<String>> alts : query) {
      groups.add("(" + String.join(" | ", alts.stream()
          .map(p -> String.join(" <-> ", p.stream().map(t -> "'" + t + "'").toList())).toList()) + ")");
    }
    return String.join(" & ", groups);
  }

  /** The stems of {@code text} in {@code language}, or its lower-cased words where no analyzer serves it. */
  static List<String> stems(String language, String text) {
    return LanguageAnalyzers.stemming(language).map(stemmer -> analyze(stemmer, text)).orElseGet(() -> words(text));
  }

  private static List<String> nameKeys(String name) {
    List<String> out = new ArrayList<>();
    for (String k : NameSearch.keys(name)) for (String w : words(k)) out.add(NAME_PREFIX + w);
    return out;
  }

  /**
   * Lower-cased runs of letters, digits and combining marks: what both FTS5's unicode61 tokenizer and
   * PostgreSQL's parser take as one word, so no term is split differently by the two stores.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean in = i < lower.length() && wordChar(lower.charAt(i));
      if (in && start < 0) start = i;
      if (!in && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  static boolean wordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static List<String> analyze(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.addAll(words(term.toString()));
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }
}
