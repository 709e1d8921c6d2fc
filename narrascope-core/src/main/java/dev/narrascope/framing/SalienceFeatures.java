package dev.narrascope.framing;

import dev.narrascope.EntityMention;
import dev.narrascope.text.AnalysedText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Features of a candidate actor for the "does the article frame it?" decision: how salient it is
 * (mentions, rank among the article's actors, first position, in the title or the lead, spread over
 * the text), its entity type, its name, what is said around its mentions, and the language paired
 * with the salience bins (languages were annotated with very different densities: about 2 framed
 * entities per Bulgarian article, 6 per Hindi one). Stateless; thread-safe.
 */
final class SalienceFeatures {
  private static final int LEAD_CHARS = 300;
  private static final int WINDOW = 4;
  private static final double SENTENCE_WEIGHT = 1.0;
  private static final double CONTEXT_WEIGHT = 1.0;

  private SalienceFeatures() {}

  /** One feature map per candidate, in order. */
  static List<Map<String, Double>> extract(String language, String title, String text, List<ActorCandidates.Candidate> candidates) {
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    String lowerTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
    int total = candidates.stream().mapToInt(c -> c.mentions().size()).sum();
    double length = Math.max(1, text.length());
    AnalysedText doc = AnalysedText.shared(text, lang);
    return IntStream.range(0, candidates.size()).mapToObj(rank -> {
      ActorCandidates.Candidate c = candidates.get(rank);
      Map<String, Double> f = new HashMap<>();
      int n = c.mentions().size();
      int first = c.mentions().get(0).start();
      int last = c.mentions().get(n - 1).start();
      String countBin = n >= 6 ? "6+" : n >= 3 ? "3-5" : Integer.toString(n);
      String rankBin = rank < 3 ? Integer.toString(rank) : rank < 5 ? "3-4" : rank < 10 ? "5-9" : "10+";
      double position = first / length;
      String positionBin = first < LEAD_CHARS ? "lead" : position < 0.25 ? "q1" : position < 0.5 ? "q2" : "late";
      boolean inTitle = inTitle(lowerTitle, c);
      f.put("lang:" + lang, 1.0);
      f.put("count", Math.log1p(n));
      f.put("share", total == 0 ? 0 : (double) n / total);
      f.put("spread", (last - first) / length);
      f.put("first", 1 - position);
      f.put("actors", Math.log1p(candidates.size()) / 4);
      for (String bin : new String[] {"count:" + countBin, "rank:" + rankBin, "pos:" + positionBin,
          "title:" + inTitle, "type:" + c.type()}) {
        f.put(bin, 1.0);
        f.put(lang + "|" + bin, 1.0);
      }
      f.put("E:" + c.name().toLowerCase(Locale.ROOT), 1.0);
      context(doc, c, f);
      return f;
    }).toList();
  }

  /**
   * What is said around the actor's mentions: the analysed terms within {@link #WINDOW} terms of any
   * mention and the raw words right before and after each ("by", "against", "in" tell its part in the
   * sentence), each group as presence scaled to unit length; and the share of mentions opening a sentence.
   */
  private static void context(AnalysedText doc, ActorCandidates.Candidate c, Map<String, Double> f) {
    Map<String, Double> window = new HashMap<>();
    Map<String, Double> adjacent = new HashMap<>();
    Map<String, Double> sentence = new HashMap<>();
    int opening = 0;
    for (EntityMention m : c.mentions()) {
      int start = Math.max(0, Math.min(m.start(), doc.text().length()));
      int end = Math.max(start, Math.min(m.end(), doc.text().length()));
      int first = doc.firstEndingAfter(start);
      int after = Math.max(first, doc.firstStartingAt(end));
      for (int i = Math.max(0, first - WINDOW); i < first; i++) window.put("c:" + doc.term(i), 1.0);
      for (int i = after; i < Math.min(doc.size(), after + WINDOW); i++) window.put("c:" + doc.term(i), 1.0);
      int sStart = MentionFeatures.sentenceStart(doc.text(), start);
      int sEnd = MentionFeatures.sentenceEnd(doc.text(), end);
      for (int i = doc.firstStartingAt(sStart); i < doc.size() && i < doc.firstStartingAt(sEnd); i++) sentence.put("s:" + doc.term(i), 1.0);
      List<String> left = MentionFeatures.rawWords(doc.text(), start, -1);
      List<String> right = MentionFeatures.rawWords(doc.text(), end, 1);
      if (left.isEmpty()) opening++;
      else adjacent.put("L1:" + left.get(0), 1.0);
      if (!right.isEmpty()) adjacent.put("R1:" + right.get(0), 1.0);
    }
    MentionFeatures.addGroup(f, window, CONTEXT_WEIGHT);
    MentionFeatures.addGroup(f, adjacent, CONTEXT_WEIGHT);
    MentionFeatures.addGroup(f, sentence, SENTENCE_WEIGHT);
    f.put("opening", (double) opening / c.mentions().size());
  }

  /** Whether the title holds the actor's name or one of its surface forms. */
  private static boolean inTitle(String lowerTitle, ActorCandidates.Candidate c) {
    if (lowerTitle.isEmpty()) return false;
    if (lowerTitle.contains(c.name().toLowerCase(Locale.ROOT))) return true;
    for (EntityMention m : c.mentions()) if (lowerTitle.contains(m.text().toLowerCase(Locale.ROOT))) return true;
    return false;
  }
}
