package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds collective actors: a nationality adjective and a group noun ("Russian troops", "киевского
 * режима", "западни държави", "forças ucranianas", "रूसी सेना"), named in English ("Russian troops",
 * "Kyiv regime", "Western countries", "Ukrainian forces", "Russian army") so that they compare across
 * languages. Framing annotations treat these as actors, and they carry much of what propaganda says
 * ("the Kyiv regime", "Western elites"). Russian, Bulgarian and Portuguese words are matched by their
 * start, which covers their case and gender endings. Stateless and thread-safe.
 */
final class GroupPhrases {
  /** A group on tokens {@code [from, to)}. */
  record Span(int from, int to, String type, String canonical) {}

  /** One language's words: nationality adjectives and group nouns with their English names. */
  private record Words(Map<String, String> nationalities, Map<String, String> groups, boolean nounFirst, boolean byStart) {
    String nationality(String word) {
      return lookup(nationalities, word);
    }

    String group(String word) {
      return lookup(groups, word);
    }

    private String lookup(Map<String, String> table, String word) {
      String w = word.toLowerCase(Locale.ROOT);
      if (!byStart) return table.get(w);
      for (Map.Entry<String, String> e : table.entrySet()) if (w.startsWith(e.getKey())) return e.getValue();
      return null;
    }
  }

  private static final Map<String, Words> LANGUAGES = Map.of(
      "en", new Words(table("russian", "Russian", "ukrainian", "Ukrainian", "american", "American", "western", "Western",
          "european", "European", "british", "British", "german", "German", "french", "French", "polish", "Polish",
          "chinese", "Chinese", "israeli", "Israeli", "kyiv", "Kyiv", "kiev", "Kyiv"),
          table("army", "army", "troops", "troops", "forces", "forces", "military", "military", "soldiers", "soldiers",
              "government", "government", "officials", "officials", "authorities", "authorities", "invaders", "invaders",
              "leaders", "leaders", "elites", "elites", "media", "media", "countries", "countries", "powers", "powers",
              "regime", "regime", "politicians", "politicians", "diplomats", "diplomats", "people", "people",
              "nationalists", "nationalists", "mercenaries", "mercenaries", "generals", "generals", "commanders", "commanders"),
          false, false),
      "ru", new Words(table("российск", "Russian", "русск", "Russian", "украинск", "Ukrainian", "западн", "Western",
          "американск", "American", "европейск", "European", "киевск", "Kyiv", "британск", "British", "немецк", "German",
          "польск", "Polish"),
          table("военнослужащ", "soldiers", "военн", "military", "арми", "army", "войск", "troops", "власт", "authorities",
              "режим", "regime", "командован", "command", "спецслужб", "intelligence services", "правительств", "government",
              "солдат", "soldiers", "элит", "elites", "сми", "media", "националист", "nationalists",
              "стран", "countries", "диверсант", "saboteurs", "боевик", "militants", "наемник", "mercenaries",
              "наёмник", "mercenaries", "чиновник", "officials", "дипломат", "diplomats"), false, true),
      "bg", new Words(table("руск", "Russian", "украинск", "Ukrainian", "западн", "Western", "американск", "American",
          "европейск", "European", "киевск", "Kyiv", "британск", "British", "германск", "German"),
          table("арми", "army", "войск", "troops", "власт", "authorities", "режим", "regime", "държав", "countries",
              "правителств", "government", "военн", "military", "сили", "forces", "елит", "elites", "служб", "services",
              "политиц", "politicians", "дипломат", "diplomats", "националист", "nationalists", "ултранационалист",
              "nationalists", "народ", "people", "медии", "media"), false, true),
      "pt", new Words(table("russ", "Russian", "ucranian", "Ukrainian", "ocident", "Western", "norte-american", "American",
          "american", "American", "europe", "European", "britânic", "British", "alem", "German", "chines", "Chinese"),
          table("tropa", "troops", "força", "forces", "exército", "army", "governo", "government", "militar", "military",
              "soldado", "soldiers", "autoridade", "authorities", "regime", "regime", "país", "countries",
              "líder", "leaders", "elite", "elites", "serviço", "services", "oficiais", "officials", "político", "politicians",
              "diplomata", "diplomats", "povo", "people"), true, true),
      "hi", new Words(table("रूसी", "Russian", "यूक्रेनी", "Ukrainian", "अमेरिकी", "American", "भारतीय", "Indian",
          "पश्चिमी", "Western", "चीनी", "Chinese", "इजरायली", "Israeli", "इज़रायली", "Israeli", "ब्रिटिश", "British",
          "जर्मन", "German", "फ्रांसीसी", "French", "यूरोपीय", "European", "पाकिस्तानी", "Pakistani", "ईरानी", "Iranian",
          "फिलिस्तीनी", "Palestinian", "बेलारूसी", "Belarusian", "सीरियाई", "Syrian", "कोरियाई", "Korean"),
          table("सेना", "army", "सेनाएं", "forces", "सेनाएँ", "forces", "सेनाओं", "forces", "बल", "forces", "बलों", "forces",
              "सैनिक", "soldiers", "सैनिकों", "soldiers", "लड़ाके", "fighters", "लड़ाकों", "fighters", "देश", "countries",
              "देशों", "countries", "अधिकारी", "officials", "अधिकारियों", "officials", "राजनयिक", "diplomats",
              "राजनयिकों", "diplomats", "नेता", "leaders", "नेताओं", "leaders", "नागरिक", "citizens", "नागरिकों", "citizens",
              "लोग", "people", "लोगों", "people", "वैज्ञानिक", "scientists", "वैज्ञानिकों", "scientists", "सरकार", "government",
              "प्रशासन", "administration", "मीडिया", "media"), false, false));

  /** Groups that are one body with a chain of command rather than a set of people. */
  private static final List<String> INSTITUTIONS = List.of("army", "government", "administration", "command", "regime");

  private GroupPhrases() {}

  /**
   * Groups in the tokens of a text in {@code language} (none for other languages); skips and then
   * marks the tokens in {@code taken}.
   */
  static List<Span> find(String text, List<Token> tokens, boolean[] taken, String language) {
    List<Span> out = new ArrayList<>();
    Words words = language == null ? null : LANGUAGES.get(language.toLowerCase(Locale.ROOT));
    if (words == null) return out;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (taken[i] || taken[i + 1] || !Gazetteer.contiguous(text, tokens.get(i), tokens.get(i + 1))) continue;
      String nationality = words.nationality(tokens.get(words.nounFirst() ? i + 1 : i).text());
      String group = words.group(tokens.get(words.nounFirst() ? i : i + 1).text());
      if (nationality == null || group == null) continue;
      int from = i;
      // "उत्तर कोरियाई सैनिक": North Korean, not Korean.
      if (nationality.equals("Korean") && i > 0 && tokens.get(i - 1).text().equals("उत्तर") && !taken[i - 1]) {
        from = i - 1;
        nationality = "North Korean";
      }
      out.add(new Span(from, i + 2, INSTITUTIONS.contains(group) ? "ORGANIZATION" : "GROUP", nationality + " " + group));
      for (int k = from; k < i + 2; k++) taken[k] = true;
      i++;
    }
    return out;
  }

  /** An ordered table from alternating keys and values (longer keys first where one starts another). */
  private static Map<String, String> table(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) m.put(keysAndValues[i], keysAndValues[i + 1]);
    return m;
  }
}
