package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names in Hindi text, where no letter case marks them: the words after an honorific or a role
 * noun ("डॉ. अनीता राव ने", "प्रवक्ता मार्टिन हेसलर ने", "विशेषज्ञ राजीव मेहता के अनुसार") up to the
 * postposition that closes the noun phrase, then every later use of such a name's surname alone
 * ("मेहता ने कहा"). Stateless and thread-safe.
 */
final class HindiNames {
  /** A name found on tokens {@code [from, to)}. */
  record Span(int from, int to, String type) {}

  /** Honorifics: one word after them is already a name ("डॉ. राव"). */
  private static final Set<String> HONORIFICS = Set.of("डॉ", "डा", "डॉक्टर", "श्री", "श्रीमती", "सुश्री", "प्रो",
      "प्रोफ़ेसर", "प्रोफेसर", "कुमारी", "स्वर्गीय");

  /** Role nouns: a name after them has at least two words, so a common noun is not taken for one. */
  private static final Set<String> ROLES = Set.of("मंत्री", "प्रधानमंत्री", "मुख्यमंत्री", "राष्ट्रपति",
      "उपराष्ट्रपति", "सांसद", "विधायक", "विशेषज्ञ", "प्रवक्ता", "वैज्ञानिक", "नेता", "अधिकारी", "सचिव",
      "महासचिव", "राजदूत", "निदेशक", "अध्यक्ष", "विश्लेषक", "अर्थशास्त्री", "पत्रकार", "जनरल", "कमांडर",
      "संवाददाता", "राजनयिक", "भूवैज्ञानिक", "चांसलर", "कार्यकर्ता", "लेखक", "इतिहासकार", "सलाहकार",
      "प्रतिनिधि", "उपमंत्री", "गवर्नर", "मेयर", "सेनापति", "कर्नल", "प्रोफ़ेसर", "प्रोफेसर", "शोधकर्ता");

  /** Postpositions that close a noun phrase: a name must end right before one (or before punctuation). */
  private static final Set<String> POSTPOSITIONS = Set.of("ने", "के", "का", "की", "को", "से", "में", "पर", "द्वारा");

  /** Postpositions, auxiliaries, light verbs and conjunctions: never part of a name. */
  private static final Set<String> STOPS = Set.of("ने", "के", "का", "की", "को", "से", "में", "पर", "है", "हैं",
      "था", "थे", "थी", "और", "या", "तथा", "एवं", "भी", "ही", "तो", "कि", "यह", "वह", "इस", "उस", "एक", "जो",
      "द्वारा", "लिए", "साथ", "बाद", "तक", "कहा", "बताया", "अनुसार", "नहीं", "न", "हुए", "गए", "गया", "कर", "रहे",
      "रहा", "रही", "हो", "होने", "होना", "करना", "करने", "करते", "करता", "करती", "किया", "दिया", "दिए", "लिया", "गई",
      "जा", "सकता", "सकते", "सकती", "चाहिए", "बन", "आई", "आए", "सहमत", "कम", "अधिक", "सभी", "कई", "अपने", "अपनी",
      "अब", "फिर", "जब", "तब", "यहां", "वहां", "सबसे", "बहुत", "रूप", "तौर");

  /**
   * Endings of plural obliques ("क्षेत्रों", "देशों"), infinitives and verb forms ("करने", "होते",
   * "दिखाएँ"), which Hindi names do not have.
   */
  private static final String[] NON_NAME_ENDINGS = {"ों", "ओं", "ने", "ते", "ती", "िए", "ाए", "ाएं", "ाएँ", "ें", "ीं"};

  /** Head words that make a name an organisation ("मौसम विज्ञान विभाग"). */
  private static final Set<String> ORGANIZATION_WORDS = Set.of("मंत्रालय", "विभाग", "परिषद", "संघ", "समिति",
      "संस्थान", "पार्टी", "आयोग", "सरकार", "बैंक", "केंद्र", "संगठन", "निगम", "विश्वविद्यालय", "सेना", "दल",
      "एसोसिएशन", "काउंसिल", "यूनियन");

  private static final int MAX_WORDS = 3;
  private static final Pattern DOT_GAP = Pattern.compile("\\.?[ \\u00a0]{0,2}");
  private static final Pattern PUNCTUATION = Pattern.compile("[,;:।!?\"“”()]");

  private HindiNames() {}

  /** Names in the tokens; {@code taken[i]} marks tokens another rule already claimed. */
  static List<Span> find(String text, List<Token> tokens, boolean[] taken) {
    List<Span> out = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      boolean honorific = HONORIFICS.contains(w);
      if (!(honorific || ROLES.contains(w)) || !devanagari(w)) continue;
      int from = i + 1;
      int to = from;
      while (to < tokens.size() && to - from < MAX_WORDS && !taken[to] && candidate(tokens.get(to).text())
          && (to == from ? dotBetween(text, tokens.get(i), tokens.get(to))
              : Gazetteer.contiguous(text, tokens.get(to - 1), tokens.get(to)))) {
        to++;
      }
      // The name must close on a postposition or a comma; a longer run is a phrase, not a name.
      boolean closed = to < tokens.size() && (POSTPOSITIONS.contains(tokens.get(to).text())
          || punctuationBetween(text, tokens.get(to - 1), tokens.get(to)));
      if (to == from || !closed || !honorific && to - from < 2) continue;
      String type = "PERSON";
      for (int k = from; k < to; k++) if (ORGANIZATION_WORDS.contains(tokens.get(k).text())) type = "ORGANIZATION";
      out.add(new Span(from, to, type));
      for (int k = from; k < to; k++) taken[k] = true;
      if ("PERSON".equals(type) && to - from >= 2) surnames.add(tokens.get(to - 1).text());
      i = to - 1;
    }
    if (surnames.isEmpty()) return out;
    for (int i = 0; i < tokens.size(); i++) {
      if (!taken[i] && surnames.contains(tokens.get(i).text())) {
        out.add(new Span(i, i + 1, "PERSON"));
        taken[i] = true;
      }
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return out;
  }

  private static boolean candidate(String w) {
    if (!devanagari(w) || STOPS.contains(w) || HONORIFICS.contains(w) || ROLES.contains(w)) return false;
    for (String ending : NON_NAME_ENDINGS) if (w.length() > ending.length() + 1 && w.endsWith(ending)) return false;
    return true;
  }

  private static boolean devanagari(String w) {
    char c = w.charAt(0);
    return c >= 0x0900 && c < 0x0980;
  }

  /** "डॉ. अनीता": the abbreviation's dot (and spaces) between the honorific and the name. */
  private static boolean dotBetween(String text, Token a, Token b) {
    return b.start() > a.end() && DOT_GAP.matcher(text.substring(a.end(), b.start())).matches();
  }

  private static boolean punctuationBetween(String text, Token a, Token b) {
    return PUNCTUATION.matcher(text.substring(a.end(), b.start())).find();
  }
}
