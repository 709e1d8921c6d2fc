package dev.narrascope.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names in Hindi text, where no letter case marks them: the words after an honorific or a role
 * noun ("डॉ. अनीता राव ने", "प्रवक्ता मार्टिन हेसलर ने", "विशेषज्ञ राजीव मेहता के अनुसार") up to the
 * postposition or speech verb that closes the noun phrase ("प्रोफ़ेसर ओल्गा ओनुच कहती हैं"); two or three
 * words that are the whole subject of a speech verb ("विक्रम मिसरी ने कहा", "मैरी एन मार्श कहती हैं"),
 * where news names whoever it quotes; then every later use of such a name's surname alone ("मेहता ने कहा").
 * Stateless and thread-safe.
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
      "प्रतिनिधि", "उपमंत्री", "गवर्नर", "मेयर", "सेनापति", "कर्नल", "प्रोफ़ेसर", "प्रोफेसर", "शोधकर्ता",
      "संस्थापक", "सह-संस्थापक", "स्टाफ", "पीएम", "सीएम", "जानकार", "रणनीतिकार", "विचारक", "सह-लेखक", "चेयरमैन",
      "डायरेक्टर", "मैनेजर", "प्रबंधक", "सीईओ", "संपादक", "उम्मीदवार", "कप्तान", "कोच", "पिता", "मां", "माँ", "पति", "पत्नी", "बेटे", "बेटी", "भाई", "बहन");

  /** Postpositions that close a noun phrase: a name must end right before one (or before punctuation). */
  private static final Set<String> POSTPOSITIONS = Set.of("ने", "के", "का", "की", "को", "से", "में", "पर", "द्वारा");

  /** Postpositions, auxiliaries, light verbs and conjunctions: never part of a name. */
  private static final Set<String> STOPS = Set.of("ने", "के", "का", "की", "को", "से", "में", "पर", "है", "हैं",
      "था", "थे", "थी", "और", "या", "तथा", "एवं", "भी", "ही", "तो", "कि", "यह", "वह", "इस", "उस", "एक", "जो",
      "द्वारा", "लिए", "साथ", "बाद", "तक", "कहा", "बताया", "अनुसार", "नहीं", "न", "हुए", "गए", "गया", "कर", "रहे",
      "रहा", "रही", "हो", "होने", "होना", "करना", "करने", "करते", "करता", "करती", "किया", "दिया", "दिए", "लिया", "गई",
      "जा", "सकता", "सकते", "सकती", "चाहिए", "बन", "आई", "आए", "सहमत", "कम", "अधिक", "सभी", "कई", "अपने", "अपनी",
      "अब", "फिर", "जब", "तब", "यहां", "वहां", "सबसे", "बहुत", "रूप", "तौर",
      // Conjunctions, pronouns and adverbs that open the subject of a speech verb ("लेकिन वो कहते हैं", "वे आगे
      // कहते हैं"), and common adjectives before a common noun ("सरकारी मीडिया ने कहा").
      "लेकिन", "मगर", "क्योंकि", "इससे", "पहले", "मुताबिक", "मुताबिक़", "हालांकि", "हालाँकि", "किंतु", "परंतु", "वो",
      "वे", "ये", "आगे", "ज्यादा", "ज़्यादा", "लेकर", "जुड़े", "इतर", "नाम", "निवासी", "ऑफ", "ऑफ़",
      // Nouns that are also adjectives ("प्रमुख" chief or major, "सदस्य देश" member states): a name after them
      // counts only as a speech verb's subject.
      "प्रमुख", "सदस्य", "सरकारी",
      // What speaks without being anyone ("सूत्र ने कहा", "रिपोर्ट ने कहा").
      "सूत्र", "रिपोर्ट", "बयान", "अध्ययन", "शोध", "सर्वे", "सर्वेक्षण", "विज्ञप्ति", "खुफिया", "ख़ुफ़िया", "क्षेत्रीय",
      "स्थानीय", "राष्ट्रीय", "अंतरराष्ट्रीय");

  /**
   * Endings of plural obliques ("क्षेत्रों", "देशों"), infinitives and verb forms ("करने", "होते",
   * "दिखाएँ"), which Hindi names do not have.
   */
  private static final String[] NON_NAME_ENDINGS = {"ों", "ओं", "ने", "ते", "ती", "िए", "ाए", "ाएं", "ाएँ", "ें", "ीं"};

  /** Head words that make a name an organisation ("मौसम विज्ञान विभाग"). */
  private static final Set<String> ORGANIZATION_WORDS = Set.of("मंत्रालय", "विभाग", "परिषद", "संघ", "समिति",
      "संस्थान", "पार्टी", "आयोग", "सरकार", "बैंक", "केंद्र", "संगठन", "निगम", "विश्वविद्यालय", "सेना", "दल",
      "एसोसिएशन", "काउंसिल", "यूनियन", "एजेंसी", "कोर्ट", "अदालत", "न्यायालय", "दूतावास", "कंपनी", "पुलिस",
      "बोर्ड", "कार्यालय", "संसद", "संस्था", "फाउंडेशन", "कमेटी", "कमीशन", "ब्यूरो", "प्राधिकरण", "मुख्यालय",
      "यूनिवर्सिटी", "इंस्टीट्यूट", "गठबंधन", "कमान", "फोरम", "फ़ोरम", "सर्विस", "सेवा",
      // Papers: "हिंदुस्तान टाइम्स ने लिखा".
      "टाइम्स", "पोस्ट", "प्रेस", "न्यूज़", "न्यूज", "टुडे", "एक्सप्रेस", "हेराल्ड", "जर्नल", "मीडिया");

  /**
   * Present-tense "says" right after its subject ("ओनुच कहती हैं"): it closes a name as a postposition does.
   */
  private static final Set<String> SAYS = Set.of("कहती", "कहते", "कहता");

  /** Verbs of saying after "X ने" ("ने कहा", "ने यह भी बताया"); "दावा" and "चेतावनी" as in "ने दावा किया". */
  private static final Set<String> SAID = Set.of("कहा", "बताया", "जोड़ा", "लिखा", "दोहराया", "पूछा", "दावा",
      "चेतावनी", "स्पष्ट", "टिप्पणी", "आरोप", "तर्क");

  /** How many words after "ने" its speech verb may come ("ने एक बयान में कहा"). */
  private static final int VERB_REACH = 6;

  /**
   * Nationality adjectives, which open common phrases before a verb ("चीनी प्रवक्ता", "रूसी सेना"), not names:
   * a subject opening with one is left to the group phrases.
   */
  private static final Set<String> NATIONALITIES = Set.of("रूसी", "यूक्रेनी", "अमेरिकी", "भारतीय", "पश्चिमी",
      "चीनी", "इजरायली", "इज़रायली", "ब्रिटिश", "जर्मन", "फ्रांसीसी", "यूरोपीय", "पाकिस्तानी", "ईरानी",
      "फिलिस्तीनी", "बेलारूसी", "सीरियाई", "कोरियाई", "जापानी", "तुर्की", "सऊदी", "अफ़ग़ान", "अफगान");

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
      // The name must close on a postposition, a speech verb or a comma; a longer run is a phrase, not a name.
      boolean closed = to < tokens.size() && (POSTPOSITIONS.contains(tokens.get(to).text())
          || SAYS.contains(tokens.get(to).text()) || punctuationBetween(text, tokens.get(to - 1), tokens.get(to)));
      if (to == from || !closed || !honorific && to - from < 2) continue;
      add(out, tokens, taken, surnames, from, to);
      i = to - 1;
    }
    // Subjects of speech verbs: two or three words are a name; one word only when the article makes it the
    // subject of a speech verb twice ("सैक्स ने तर्क दिया … सैक्स ने कहा"), as "सरकार ने कहा" may be said once.
    Map<String, List<Integer>> single = new HashMap<>();
    for (int i = 1; i < tokens.size(); i++) {
      if (!speechAfter(text, tokens, i)) continue;
      int verb = "आगे".equals(tokens.get(i - 1).text()) ? i - 1 : i; // "दिव्या आगे कहती हैं"
      int from = subjectStart(text, tokens, taken, verb);
      if (from < 0) continue;
      if (verb - from >= 2) add(out, tokens, taken, surnames, from, verb);
      else single.computeIfAbsent(tokens.get(from).text(), k -> new ArrayList<>()).add(from);
    }
    for (Map.Entry<String, List<Integer>> e : single.entrySet()) {
      if (e.getValue().size() < 2 || ORGANIZATION_WORDS.contains(e.getKey())) continue;
      for (int from : e.getValue()) if (!taken[from]) add(out, tokens, taken, surnames, from, from + 1);
      if (!acronym(e.getKey())) surnames.add(e.getKey());
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

  private static void add(List<Span> out, List<Token> tokens, boolean[] taken, Set<String> surnames, int from, int to) {
    String type = to - from == 1 && acronym(tokens.get(from).text()) ? "ORGANIZATION" : "PERSON";
    for (int k = from; k < to; k++) if (ORGANIZATION_WORDS.contains(tokens.get(k).text())) type = "ORGANIZATION";
    out.add(new Span(from, to, type));
    for (int k = from; k < to; k++) taken[k] = true;
    if ("PERSON".equals(type) && to - from >= 2) surnames.add(tokens.get(to - 1).text());
  }

  /** Whether token {@code i} starts the verb of a speaker before it: "ने (यह भी) कहा", "कहती हैं", "का कहना है". */
  private static boolean speechAfter(String text, List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    if (SAYS.contains(w)) return i + 1 < tokens.size() && tokens.get(i + 1).text().startsWith("ह");
    if ("का".equals(w)) return i + 1 < tokens.size() && "कहना".equals(tokens.get(i + 1).text());
    if (!"ने".equals(w)) return false;
    // "ने कहा", "ने यह भी बताया", "ने वीडियो में कहा", "ने 20वीं सदी की शुरुआत में कहा था": the verb within a few
    // words, in one clause.
    for (int k = i + 1; k < tokens.size() && k <= i + VERB_REACH; k++) {
      if (punctuationBetween(text, tokens.get(k - 1), tokens.get(k))) return false;
      if (SAID.contains(tokens.get(k).text())) return true;
    }
    return false;
  }

  /**
   * Where the one to three words before token {@code verb} start when they are the verb's whole subject, else -1:
   * each a possible name word, nothing between them, and before them the sentence's start, punctuation or a word
   * that cannot be part of a name (so "जारी एक नई रिपोर्ट ने कहा" names nobody).
   */
  private static int subjectStart(String text, List<Token> tokens, boolean[] taken, int verb) {
    int from = verb;
    while (from > 0 && verb - from < MAX_WORDS && !taken[from - 1] && candidate(tokens.get(from - 1).text())
        && Gazetteer.contiguous(text, tokens.get(from - 1), tokens.get(from))) {
      from--;
    }
    if (from == verb || NATIONALITIES.contains(tokens.get(from).text())) return -1;
    if (from > 0 && Gazetteer.contiguous(text, tokens.get(from - 1), tokens.get(from))) {
      String before = tokens.get(from - 1).text();
      // A fourth word that could belong to the phrase: it is a longer phrase, not a name.
      if (!taken[from - 1] && candidate(before)) return -1;
    }
    return from;
  }

  /** The English letters' names as Hindi spells them, longest first, so that an acronym is read letter by letter. */
  private static final String[] LETTERS = {"डब्ल्यू", "डब्लू", "क्यू", "एक्स", "ज़ेड", "जेड", "एफ़", "एफ", "एच", "एल",
      "एम", "एन", "एस", "आर", "आई", "वाई", "बी", "सी", "डी", "जी", "जे", "के", "पी", "टी", "वी", "यू", "ए", "ई", "ओ"};

  /** Whether {@code w} spells two or more English letters ("आईएमडी" IMD, "डीएमसीसी" DMCC): an acronym, no person. */
  private static boolean acronym(String w) {
    int at = 0;
    int letters = 0;
    outer:
    while (at < w.length()) {
      for (String letter : LETTERS) {
        if (w.startsWith(letter, at)) {
          at += letter.length();
          letters++;
          continue outer;
        }
      }
      return false;
    }
    return letters >= 2;
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
