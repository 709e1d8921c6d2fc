package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clusters the canonical names of a batch into real-world actors (union-find) and picks one display
 * name per actor: the gazetteer's name when the actor is known, else its most frequent multi-word,
 * Latin-script spelling, preferring one written so in some article over one romanised from Cyrillic or
 * Devanagari ("Howard Pike" over "Govard Paik"). Not thread-safe; one instance per call.
 */
final class ActorNames {
  /** How often a name occurs and as which types. */
  static final class Name {
    final String text;
    int count;
    final Map<String, Integer> types = new HashMap<>();
    /** Mentions written in Latin script, and mentions romanised from Cyrillic or Devanagari. */
    int latinSurfaces;
    int romanisedSurfaces;

    Name(String text) {
      this.text = text;
    }

    String type() {
      return types.entrySet().stream().filter(e -> !"OTHER".equals(e.getKey()))
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("OTHER");
    }
  }

  private final Gazetteer gazetteer;
  private final Map<String, String> parent = new HashMap<>();

  ActorNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  static void count(Map<String, Name> names, String name, String type) {
    if (name == null || name.isBlank()) return;
    Name n = names.computeIfAbsent(name, Name::new);
    n.count++;
    if (type != null) n.types.merge(type, 1, Integer::sum);
  }

  /** Counts a mention, remembering whether its surface was Latin or romanised. */
  static void count(Map<String, Name> names, String name, String type, String surface) {
    count(names, name, type);
    if (name == null || name.isBlank()) return;
    if (Romanizer.needed(surface)) names.get(name).romanisedSurfaces++;
    else names.get(name).latinSurfaces++;
  }

  /** Returns old name → display name for every name that changes. */
  Map<String, String> resolve(Map<String, Name> names) {
    Map<String, Name> all = new LinkedHashMap<>(names);
    for (Name n : names.values()) {
      Gazetteer.Entry e = gazetteer.byAlias(n.text, n.romanisedSurfaces == 0 && n.latinSurfaces > 0);
      if (e != null && gazetteer.byCanonical(n.text) == null) {
        all.computeIfAbsent(e.canonical(), Name::new).types.merge(e.type(), 1, Integer::sum);
        union(n.text, e.canonical());
      }
    }
    Map<String, List<Name>> byStems = new HashMap<>();
    Map<String, List<Name>> bySurname = new HashMap<>();
    for (Name n : all.values()) {
      List<Token> tokens = Token.tokenize(n.text);
      if (tokens.isEmpty()) continue;
      String key = String.join(" ", tokens.stream().map(Token::stem).toList());
      List<Name> sameStems = byStems.computeIfAbsent(key, k -> new ArrayList<>());
      for (Name other : sameStems) {
        if (inflectedForms(n, other)) union(other.text, n.text);
      }
      sameStems.add(n);
      if (tokens.size() >= 2 && "PERSON".equals(n.type())) {
        bySurname.computeIfAbsent(tokens.get(Lexicon.surnameIndex(tokens, 0, tokens.size())).stem(), k -> new ArrayList<>()).add(n);
      }
    }
    for (List<Name> group : bySurname.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          String a = Token.tokenize(group.get(i).text).get(0).text();
          String b = Token.tokenize(group.get(j).text).get(0).text();
          if (NameKeys.compatibleGivenNames(a, b)) union(group.get(i).text, group.get(j).text);
        }
      }
    }
    // A romanised name ("Govard Paik" from "Говард Пайк") joins the Latin-script person it transliterates
    // ("Howard Pike"), when every word agrees consonant for consonant.
    Map<String, List<Name>> byConsonants = new HashMap<>();
    for (Name n : all.values()) {
      List<Token> tokens = Token.tokenize(n.text);
      if (tokens.size() < 2 || !"PERSON".equals(n.type())) continue;
      byConsonants.computeIfAbsent(String.join(" ", tokens.stream().map(t -> NameKeys.consonants(t.text())).toList()),
          k -> new ArrayList<>()).add(n);
    }
    for (List<Name> group : byConsonants.values()) {
      Name latin = group.stream().filter(g -> g.latinSurfaces > 0).max(Comparator.comparingInt(g -> g.latinSurfaces)).orElse(null);
      if (latin == null) continue;
      for (Name n : group) if (n.latinSurfaces == 0 && n.romanisedSurfaces > 0) union(n.text, latin.text);
    }
    // A lone surname joins the person it names, unless several different people share it. One written only in Latin
    // script must be that surname, not share its stem: "Wang" is not Baba Vanga's "Vanga", nor "Gross" Rafael Grossi
    // (the stem is for inflected Cyrillic forms: "Громовой" joins Natalya Gromova).
    for (Name n : all.values()) {
      List<Token> tokens = Token.tokenize(n.text);
      String type = n.type();
      if (tokens.size() != 1 || !("PERSON".equals(type) || "OTHER".equals(type))) continue;
      List<Name> group = bySurname.get(tokens.get(0).stem());
      if (group == null || group.stream().map(g -> find(g.text)).distinct().count() != 1) continue;
      List<Token> person = Token.tokenize(group.get(0).text);
      if (n.latinSurfaces > 0 && n.romanisedSurfaces == 0 && !tokens.get(0).key().equals(person.get(Lexicon.surnameIndex(person, 0, person.size())).key())) continue;
      union(n.text, group.get(0).text);
    }
    Map<String, List<Name>> clusters = new HashMap<>();
    for (Name n : all.values()) clusters.computeIfAbsent(find(n.text), k -> new ArrayList<>()).add(n);
    Map<String, String> rename = new HashMap<>();
    for (List<Name> cluster : clusters.values()) {
      String display = display(cluster);
      for (Name n : cluster) if (!n.text.equals(display)) rename.put(n.text, display);
    }
    return rename;
  }

  /**
   * Whether two names with the same stems are one name's forms. Stems cut case endings for names romanised from an
   * inflected language ("Putina", "Zelenskogo"); two names only ever written in Latin script must have the same key
   * instead, since the Portuguese "Terra" (the Earth) and "Teerão" (Tehran) share their stem.
   */
  private static boolean inflectedForms(Name a, Name b) {
    boolean latinOnly = a.romanisedSurfaces == 0 && b.romanisedSurfaces == 0 && a.latinSurfaces > 0 && b.latinSurfaces > 0;
    return !latinOnly || keys(a.text).equals(keys(b.text));
  }

  private static List<String> keys(String name) {
    return Token.tokenize(name).stream().map(Token::key).toList();
  }

  private String display(List<Name> cluster) {
    for (Name n : cluster) if (gazetteer.byCanonical(n.text) != null) return n.text;
    return cluster.stream().max(Comparator
        .comparing((Name n) -> n.text.contains(" "))
        .thenComparing(n -> latin(n.text))
        .thenComparing(n -> n.latinSurfaces > 0)
        .thenComparingInt(n -> n.count)
        .thenComparingInt(n -> n.text.length())
        .thenComparing(n -> n.text, Comparator.reverseOrder())).orElseThrow().text;
  }

  private static boolean latin(String s) {
    return NameKeys.transliterate(s).equals(s.toLowerCase(Locale.ROOT));
  }

  private String find(String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) return x;
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) parent.put(ra, rb);
  }
}
