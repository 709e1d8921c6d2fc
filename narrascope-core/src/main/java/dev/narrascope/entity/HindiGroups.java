package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds collective actors in Hindi text: a nationality adjective and a group noun ("रूसी सेना",
 * "पश्चिमी देशों", "उत्तर कोरियाई सैनिक"), named in English ("Russian army", "Western countries",
 * "North Korean soldiers") so that they compare across languages. Hindi names them where other
 * languages would use a country's name, and framing annotations treat them as actors. Stateless
 * and thread-safe.
 */
final class HindiGroups {
  /** A group on tokens {@code [from, to)}. */
  record Span(int from, int to, String type, String canonical) {}

  private static final Map<String, String> NATIONALITIES = Map.ofEntries(
      Map.entry("रूसी", "Russian"), Map.entry("यूक्रेनी", "Ukrainian"), Map.entry("अमेरिकी", "American"),
      Map.entry("भारतीय", "Indian"), Map.entry("पश्चिमी", "Western"), Map.entry("चीनी", "Chinese"),
      Map.entry("इजरायली", "Israeli"), Map.entry("इज़रायली", "Israeli"), Map.entry("ब्रिटिश", "British"),
      Map.entry("जर्मन", "German"), Map.entry("फ्रांसीसी", "French"), Map.entry("यूरोपीय", "European"),
      Map.entry("पाकिस्तानी", "Pakistani"), Map.entry("ईरानी", "Iranian"), Map.entry("फिलिस्तीनी", "Palestinian"),
      Map.entry("बेलारूसी", "Belarusian"), Map.entry("सीरियाई", "Syrian"), Map.entry("कोरियाई", "Korean"));

  /** Group nouns, direct and oblique forms, with their English plural. */
  private static final Map<String, String> GROUPS = Map.ofEntries(
      Map.entry("सेना", "army"), Map.entry("सेनाएं", "forces"), Map.entry("सेनाएँ", "forces"),
      Map.entry("सेनाओं", "forces"), Map.entry("बल", "forces"), Map.entry("बलों", "forces"),
      Map.entry("सैनिक", "soldiers"), Map.entry("सैनिकों", "soldiers"), Map.entry("लड़ाके", "fighters"),
      Map.entry("लड़ाकों", "fighters"), Map.entry("देश", "countries"), Map.entry("देशों", "countries"),
      Map.entry("अधिकारी", "officials"), Map.entry("अधिकारियों", "officials"), Map.entry("राजनयिक", "diplomats"),
      Map.entry("राजनयिकों", "diplomats"), Map.entry("नेता", "leaders"), Map.entry("नेताओं", "leaders"),
      Map.entry("नागरिक", "citizens"), Map.entry("नागरिकों", "citizens"), Map.entry("लोग", "people"),
      Map.entry("लोगों", "people"), Map.entry("वैज्ञानिक", "scientists"), Map.entry("वैज्ञानिकों", "scientists"),
      Map.entry("सरकार", "government"), Map.entry("प्रशासन", "administration"), Map.entry("मीडिया", "media"));

  private HindiGroups() {}

  /** Groups in the tokens; marks their tokens in {@code taken} and skips tokens already taken. */
  static List<Span> find(String text, List<Token> tokens, boolean[] taken) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String nationality = NATIONALITIES.get(tokens.get(i).text());
      String group = GROUPS.get(tokens.get(i + 1).text());
      if (nationality == null || group == null || taken[i] || taken[i + 1]
          || !Gazetteer.contiguous(text, tokens.get(i), tokens.get(i + 1))) {
        continue;
      }
      int from = i;
      if (nationality.equals("Korean") && i > 0 && tokens.get(i - 1).text().equals("उत्तर") && !taken[i - 1]) {
        from = i - 1;
        nationality = "North Korean";
      }
      boolean institution = group.equals("government") || group.equals("administration") || group.equals("army");
      out.add(new Span(from, i + 2, institution ? "ORGANIZATION" : "GROUP", nationality + " " + group));
      for (int k = from; k < i + 2; k++) taken[k] = true;
      i++;
    }
    return out;
  }
}
