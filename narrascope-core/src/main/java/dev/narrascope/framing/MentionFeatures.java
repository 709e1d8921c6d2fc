package dev.narrascope.framing;

import dev.narrascope.text.AnalysedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one entity (a focus mention plus its other mentions) in an analysed document into named
 * feature values: the entity's own terms, the terms next to and around the focus mention (with
 * direction), its sentence, the terms around the entity's other mentions, the whole document's
 * terms, the entity string paired with each document term, and the language. Stateless; thread-safe.
 */
final class MentionFeatures {
  private static final String SENTENCE_BREAKS = ".!?\n\r।";
  private static final int ADJACENT_WORDS = 3;

  private MentionFeatures() {}

  /**
   * @param doc        the analysed document
   * @param language   lower-case language code
   * @param entity     the entity text
   * @param focus      span of the mention to frame
   * @param others     spans of the entity's other mentions (may overlap the focus; those are ignored)
   */
  static Map<String, Double> extract(AnalysedText doc, String language, String entity, MentionLocator.Span focus,
                                     List<MentionLocator.Span> others, FeatureOptions opt) {
    Map<String, Double> out = aroundMention(doc, language, entity, focus, others, opt);

    Map<String, Double> document = new HashMap<>();
    for (int i = 0; i < doc.size(); i++) document.put("d:" + doc.term(i), 1.0);
    addGroup(out, document, opt.document());

    // The same actor is framed oppositely by opposing outlets ("Russia" is the aggressor in one
    // article, the victim of Western provocation in the next): a linear model can only learn that
    // from the entity paired with the document's words. Pays off for actors seen in several documents.
    Map<String, Double> entityDocument = new HashMap<>();
    String entityKey = entityKey(entity);
    for (String d : document.keySet()) entityDocument.put("x:" + entityKey + "|" + d.substring(2), 1.0);
    addGroup(out, entityDocument, opt.entityDocument());
    return out;
  }

  /**
   * {@link #extract} without its two document-wide groups (the document's terms, and the entity
   * paired with each): the part that depends on the mention. {@link FeatureSpace#vectorise(Map,
   * DocumentTerms, String, FeatureOptions)} adds those groups from the document's terms, looked up
   * once per document, which is where framing spent most of its time.
   */
  static Map<String, Double> aroundMention(AnalysedText doc, String language, String entity, MentionLocator.Span focus,
                                           List<MentionLocator.Span> others, FeatureOptions opt) {
    Map<String, Double> out = new HashMap<>();
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    out.put("lang:" + lang, 1.0);
    if (focus.start() < 200) out.put("pos:lead", 1.0);

    Map<String, Double> ent = new HashMap<>();
    AnalysedText entityTerms = AnalysedText.of(entity, lang);
    for (int i = 0; i < entityTerms.size(); i++) ent.merge("e:" + entityTerms.term(i), 1.0, Double::sum);
    ent.put("E:" + entityKey(entity), 1.0);
    addGroup(out, ent, opt.entity());

    int first = doc.firstEndingAfter(focus.start());
    int after = Math.max(first, doc.firstStartingAt(focus.end()));
    Map<String, Double> near = new HashMap<>();
    Map<String, Double> window = new HashMap<>();
    for (int i = Math.max(0, first - opt.window()); i < first; i++) {
      window.merge("l:" + doc.term(i), 1.0, Double::sum);
      if (first - i <= opt.near()) near.merge("n:" + doc.term(i), 1.0, Double::sum);
    }
    for (int i = after; i < Math.min(doc.size(), after + opt.window()); i++) {
      window.merge("r:" + doc.term(i), 1.0, Double::sum);
      if (i - after < opt.near()) near.merge("n:" + doc.term(i), 1.0, Double::sum);
    }
    addGroup(out, near, opt.nearWeight());
    addGroup(out, window, opt.windowWeight());

    Map<String, Double> adjacent = new HashMap<>();
    List<String> left = rawWords(doc.text(), focus.start(), -1);
    List<String> right = rawWords(doc.text(), focus.end(), 1);
    for (int i = 0; i < left.size(); i++) adjacent.put("L" + (i + 1) + ":" + left.get(i), 1.0);
    for (int i = 0; i < right.size(); i++) adjacent.put("R" + (i + 1) + ":" + right.get(i), 1.0);
    if (left.size() >= 2) adjacent.put("LL:" + left.get(1) + "_" + left.get(0), 1.0);
    if (right.size() >= 2) adjacent.put("RR:" + right.get(0) + "_" + right.get(1), 1.0);
    addGroup(out, adjacent, opt.adjacent());

    Map<String, Double> sentence = new HashMap<>();
    int sStart = sentenceStart(doc.text(), focus.start());
    int sEnd = sentenceEnd(doc.text(), focus.end());
    for (int i = doc.firstStartingAt(sStart); i < doc.size() && i < doc.firstStartingAt(sEnd); i++) {
      if (i < first || i >= after) sentence.merge("s:" + doc.term(i), 1.0, Double::sum);
    }
    addGroup(out, sentence, opt.sentence());

    Map<String, Double> other = new HashMap<>();
    for (MentionLocator.Span o : others) {
      if (o.start() < focus.end() && focus.start() < o.end()) continue;
      int f = doc.firstEndingAfter(o.start());
      int a = Math.max(f, doc.firstStartingAt(o.end()));
      for (int i = Math.max(0, f - opt.otherWindow()); i < f; i++) other.merge("o:" + doc.term(i), 1.0, Double::sum);
      for (int i = a; i < Math.min(doc.size(), a + opt.otherWindow()); i++) other.merge("o:" + doc.term(i), 1.0, Double::sum);
    }
    addGroup(out, other, opt.other());
    return out;
  }

  /** The entity as its {@code E:} and {@code x:} features name it: stripped, lower-cased, at most 100 chars. */
  static String entityKey(String entity) {
    String whole = entity.strip().toLowerCase(Locale.ROOT);
    return whole.length() > 100 ? whole.substring(0, 100) : whole;
  }

  /** Every occurrence of the entity string in the text, ignoring case. */
  static List<MentionLocator.Span> occurrences(String text, String entity) {
    List<MentionLocator.Span> spans = new ArrayList<>();
    String needle = entity.strip();
    if (needle.isEmpty()) return spans;
    int last = text.length() - needle.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        spans.add(new MentionLocator.Span(i, i + needle.length(), MentionLocator.Match.EXACT));
        i += needle.length() - 1;
      }
    }
    return spans;
  }

  /**
   * Up to {@link #ADJACENT_WORDS} lower-cased words (letters or digits, stop words kept: "by", "against"
   * and "of" carry the mention's part in the sentence) going left ({@code step -1}) or right from
   * {@code from}, nearest first, not crossing a sentence break.
   */
  static List<String> rawWords(String text, int from, int step) {
    List<String> words = new ArrayList<>();
    int i = step < 0 ? from - 1 : from;
    while (words.size() < ADJACENT_WORDS && i >= 0 && i < text.length()) {
      char c = text.charAt(i);
      if (SENTENCE_BREAKS.indexOf(c) >= 0) break;
      if (!Character.isLetterOrDigit(c)) {
        i += step;
        continue;
      }
      int j = i;
      while (j >= 0 && j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK
          || Character.getType(text.charAt(j)) == Character.COMBINING_SPACING_MARK)) j += step;
      String w = step < 0 ? text.substring(j + 1, i + 1) : text.substring(i, j);
      words.add(w.toLowerCase(Locale.ROOT));
      i = j;
    }
    return words;
  }

  static void addGroup(Map<String, Double> out, Map<String, Double> group, double weight) {
    if (group.isEmpty() || weight <= 0) return;
    double norm = 0;
    for (double v : group.values()) norm += v * v;
    double scale = weight / Math.sqrt(norm);
    group.forEach((k, v) -> out.put(k, v * scale));
  }

  static int sentenceStart(String text, int from) {
    int i = Math.min(from, text.length());
    while (i > 0 && SENTENCE_BREAKS.indexOf(text.charAt(i - 1)) < 0) i--;
    return i;
  }

  static int sentenceEnd(String text, int from) {
    int i = Math.max(0, Math.min(from, text.length()));
    while (i < text.length() && SENTENCE_BREAKS.indexOf(text.charAt(i)) < 0) i++;
    return i;
  }
}
