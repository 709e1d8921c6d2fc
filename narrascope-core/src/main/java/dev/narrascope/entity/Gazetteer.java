package dev.narrascope.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled list of known entities ({@code gazetteer.tsv}): canonical name, type and aliases in
 * English, Russian, Bulgarian, Ukrainian, Portuguese and Hindi. Aliases are indexed by the
 * {@link NameKeys#stem stems} of their tokens, so inflected and transliterated forms match.
 * Immutable and thread-safe after construction.
 */
final class Gazetteer {
  /** A known entity; {@code caseRule} says how the text must be written for an alias to count. */
  /** @param cyrillicAliases whether the gazetteer names this entry in Cyrillic too */
  record Entry(String canonical, String type, CaseRule caseRule, boolean cyrillicAliases) {}

  /** How strictly the capitalisation of the text must follow the alias. */
  enum CaseRule { ANY, CAPITALISED, ALL_CAPS }

  /** A gazetteer hit on {@code length} tokens. */
  record Match(Entry entry, int length) {}

  private static final int MAX_TOKENS = 6;
  private static final Gazetteer BUNDLED = load();

  // Names match by stem, so inflected forms count; lower-case aliases (groups such as "climate
  // activists") match by exact key, or every lower-case adjective with the same stem would count.
  // Token tries rather than maps of joined strings: matching runs at every token, and most tokens
  // start no alias, so one look-up of the token's own stem and key settles them.
  private final AliasTrie byStem;
  private final AliasTrie byKey;
  /**
   * Capitalised aliases whose stems another entry listed first, by their exact keys: "Hollande" (the president) shares
   * the stem of "Holland" (the Netherlands), and written so it is he.
   */
  private final AliasTrie byKeyOfOutranked;
  private final Map<String, Entry> byCanonical;
  /** Stems of the Cyrillic aliases ({@link #onlyThroughLatin}). */
  private final Set<List<String>> cyrillicStems;
  /**
   * The aliases that each stem sequence of {@link #byStem} stands for ({@link #notThisAlias}): all of its entry's aliases
   * with those stems ("France" and "França" share the stem "franc").
   */
  private final Map<List<String>, List<AliasForm>> aliasForms;

  /** How an alias is written: its tokens' keys, in Cyrillic or not, all capitals or not. */
  private record AliasForm(List<String> keys, boolean cyrillic, boolean allCaps) {}

  private Gazetteer(AliasTrie byStem, AliasTrie byKey, AliasTrie byKeyOfOutranked, Map<String, Entry> byCanonical,
                    Set<List<String>> cyrillicStems, Map<List<String>, List<AliasForm>> aliasForms) {
    this.byStem = byStem;
    this.byKey = byKey;
    this.byKeyOfOutranked = byKeyOfOutranked;
    this.byCanonical = Map.copyOf(byCanonical);
    this.cyrillicStems = Set.copyOf(cyrillicStems);
    this.aliasForms = Map.copyOf(aliasForms);  // lists never change after loading
  }

  static Gazetteer bundled() {
    return BUNDLED;
  }

  /** The longest alias starting at token {@code i}, or {@code null}. */
  Match match(String text, List<Token> tokens, int i) {
    AliasTrie stem = byStem;
    AliasTrie key = byKey;
    AliasTrie outranked = byKeyOfOutranked;
    Match best = null;
    for (int n = 1; n <= MAX_TOKENS && i + n <= tokens.size(); n++) {
      Token t = tokens.get(i + n - 1);
      if (n > 1 && !contiguous(text, tokens.get(i + n - 2), t)) break;
      stem = stem == null ? null : stem.next(t.stem());
      key = key == null ? null : key.next(t.key());
      outranked = outranked == null ? null : outranked.next(t.key());
      if (stem == null && key == null && outranked == null) break; // no longer alias starts with these tokens
      Entry e = stem == null ? null : stem.entry();
      if (e != null && caseOk(e.caseRule(), tokens.get(i)) && !onlyThroughLatin(e, tokens.subList(i, i + n))
          && !notThisAlias(tokens.subList(i, i + n))) {
        best = new Match(e, n);
      }
      Entry own = outranked == null ? null : outranked.entry();
      if (own != null && caseOk(own.caseRule(), tokens.get(i))) best = new Match(own, n);
      Entry exact = key == null ? null : key.entry();
      if (exact != null) best = new Match(exact, n);
    }
    return best;
  }

  /** Whether {@code tokens} are written exactly as one of the aliases their stems meet (not an inflected form of it). */
  boolean writtenAsAlias(List<Token> tokens) {
    return writtenAs(aliasForms, stems(tokens), keys(tokens));
  }

  /** Whether one of the aliases {@code forms} holds for these stems is written with exactly these keys. */
  private static boolean writtenAs(Map<List<String>, List<AliasForm>> forms, List<String> stems, List<String> keys) {
    return forms.getOrDefault(stems, List.of()).stream().anyMatch(form -> form.keys().equals(keys));
  }

  /**
   * Whether Cyrillic tokens meet an entry that has Cyrillic aliases only through the stem of a Latin one: the
   * Bulgarian given name "Георги" and "Georgia" share the stem "georg", while Georgia's Cyrillic name is "Грузия".
   */
  private boolean onlyThroughLatin(Entry e, List<Token> tokens) {
    return e.cyrillicAliases() && cyrillic(tokens.get(0).text()) && !cyrillicStems.contains(stems(tokens));
  }

  /**
   * Whether Latin-script tokens reach an alias's stems without being that alias. The stem cuts a final vowel or a
   * case ending so that inflected forms count ("Putina", "Putin's"), but in Latin script a word that *lacks* the
   * alias's ending or has another one is another name: "Gross" is not "Grossi", "George" not "Georgia", "Sophie" not
   * "Sofia"; so a Latin token must be the alias's word, or that word with something added. Nor is a Latin word an
   * alias written only in Cyrillic ("Reiter" is not "Рейтер", Reuters; "ON" is not "ООН"), every entry having its
   * Latin spellings of its own; nor a word of up to three capitals a word alias ("IRA" is not "Irã", Iran).
   */
  private boolean notThisAlias(List<Token> tokens) {
    Token first = tokens.get(0);
    if (cyrillic(first.text())) return verbOfFeminineAlias(tokens);
    if (!NameKeys.cased(first.text())) return false;
    List<AliasForm> forms = aliasForms.get(stems(tokens));
    if (forms == null) return false;
    for (AliasForm alias : forms) if (isThisAlias(tokens, alias)) return false;
    return true;
  }

  /**
   * Whether a Cyrillic word in "-аю"/"-яю" meets an alias ending in "-а"/"-я" through its stem: no case of a feminine
   * noun ends so, a verb does ("Думаю, что…" is "I think", not the Duma); "Китаю" still meets "Китай".
   */
  private boolean verbOfFeminineAlias(List<Token> tokens) {
    String last = tokens.get(tokens.size() - 1).key();
    if (!last.endsWith("aiu")) return false;
    List<AliasForm> forms = aliasForms.get(stems(tokens));
    if (forms == null) return false;
    for (AliasForm alias : forms) {
      if (!alias.keys().get(alias.keys().size() - 1).endsWith("a")) return false;
    }
    return true;
  }

  private static boolean isThisAlias(List<Token> tokens, AliasForm alias) {
    Token first = tokens.get(0);
    if (alias.cyrillic()) return false;
    if (tokens.size() == 1 && first.allCaps() && first.text().length() <= 3 && !alias.allCaps()) return false;
    for (int j = 0; j < tokens.size(); j++) if (!tokens.get(j).key().startsWith(alias.keys().get(j))) return false;
    return true;
  }

  /** Whether {@code word} starts with a Cyrillic letter. */
  static boolean cyrillic(String word) {
    return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }

  private static List<String> stems(List<Token> tokens) {
    return tokens.stream().map(Token::stem).toList();
  }

  private static List<String> keys(List<Token> tokens) {
    return tokens.stream().map(Token::key).toList();
  }

  /** The entry whose canonical name this is, or {@code null}. */
  Entry byCanonical(String canonical) {
    return byCanonical.get(canonical);
  }

  /** The entry one of whose aliases is exactly this name (in any case), or {@code null}. */
  Entry byAlias(String name) {
    return byAlias(name, false);
  }

  /**
   * {@link #byAlias(String)}, for a name written so in Latin script ({@code writtenInLatin}) held to what a Latin
   * word must be to match an alias ({@link #notThisAlias}): "Terra" is not Tehran's "Teerão", though their stems meet.
   * A name romanised from Cyrillic ("Vengrii") is not.
   */
  Entry byAlias(String name, boolean writtenInLatin) {
    List<Token> tokens = Token.tokenize(name);
    if (tokens.isEmpty()) return null;
    Entry e = byStem.get(tokens.stream().map(Token::stem).toList());
    if (e != null && writtenInLatin && notThisAlias(tokens)) e = null;
    return e != null ? e : byKey.get(tokens.stream().map(Token::key).toList());
  }

  /** Whether the two tokens are separated by spaces only (no line break, no punctuation). */
  static boolean contiguous(String text, Token a, Token b) {
    if (b.start() - a.end() > 3 || b.start() == a.end()) return false;
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00a0') return false;
    }
    return true;
  }

  private static boolean caseOk(CaseRule rule, Token first) {
    return switch (rule) {
      case ANY -> true;
      case CAPITALISED -> first.capitalised() || !NameKeys.cased(first.text());
      case ALL_CAPS -> first.allCaps();
    };
  }

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      if (in == null) throw new IllegalStateException("gazetteer.tsv missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      AliasTrie byStem = new AliasTrie();
      AliasTrie byKey = new AliasTrie();
      AliasTrie byKeyOfOutranked = new AliasTrie();
      Map<String, Entry> byCanonical = new HashMap<>();
      Set<List<String>> cyrillicStems = new HashSet<>();
      Map<List<String>, List<AliasForm>> aliasForms = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 3) throw new IllegalStateException("bad gazetteer line: " + line);
        String[] aliases = (f[1] + "|" + f[2]).split("\\|");
        boolean cyrillicAliases = Arrays.stream(aliases).anyMatch(a -> !a.isBlank() && cyrillic(a.strip()));
        for (String alias : aliases) {
          // "the West" is a display name; its alias is "West", so mentions do not swallow the article.
          if (alias.startsWith("the ")) continue;
          List<Token> tokens = Token.tokenize(alias.strip());
          if (tokens.isEmpty()) continue;
          Token first = tokens.get(0);
          CaseRule rule = first.allCaps() ? CaseRule.ALL_CAPS : first.capitalised() ? CaseRule.CAPITALISED : CaseRule.ANY;
          Entry entry = new Entry(f[1], f[0], rule, cyrillicAliases);
          List<String> stems = stems(tokens);
          if (cyrillic(first.text())) cyrillicStems.add(stems);
          // First entry wins: the file lists the more important sense of an ambiguous alias first.
          if (rule == CaseRule.ANY) {
            byKey.putIfAbsent(keys(tokens), entry);
          } else {
            Entry owner = byStem.get(stems);
            if (owner == null || owner.canonical().equals(entry.canonical())) {
              aliasForms.computeIfAbsent(stems, k -> new ArrayList<>())
                  .add(new AliasForm(keys(tokens), cyrillic(first.text()), rule == CaseRule.ALL_CAPS));
            } else if (!cyrillic(first.text()) && !writtenAs(aliasForms, stems, keys(tokens))) {
              byKeyOfOutranked.putIfAbsent(keys(tokens), entry); // the same alias twice: the first listed still wins
            }
            byStem.putIfAbsent(stems, entry);
          }
          byCanonical.putIfAbsent(f[1], entry);
        }
      }
      return new Gazetteer(byStem, byKey, byKeyOfOutranked, byCanonical, cyrillicStems, aliasForms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
