package dev.narrascope.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A linear scorer over {@link SpeakerCandidates} features (logistic regression trained on PolNeAR train
 * by {@link SpeakerRankerTrainer}), picking the best-scored candidate as a direct quote's speaker. Its
 * weights ship as {@code dev/narrascope/models/quote-speakers.tsv} (one {@code feature<TAB>weight} per
 * line, no training text). Trained on English news, so {@link QuoteStage} uses it for English only.
 * Immutable; thread-safe.
 */
final class SpeakerRanker implements SpeakerChooser {
  static final String RESOURCE = "/dev/narrascope/models/quote-speakers.tsv";
  /** The weight of the constant feature. */
  static final String BIAS = "(bias)";
  /**
   * Where the rules found no speaker, the ranker names one only for a quote of at least this many words
   * whose best candidate is at least {@link #MIN_PROBABILITY} likely: scare quotes and unattributed
   * quotes stay without a speaker. PolNeAR's metric sees only attributed quotes and would have the ranker
   * always answer (train halves: 0.893 at 0 against 0.885 at 0.5); the project's written speaker sets,
   * which hold unattributed quotes, lose least at 0.5 (MODELS.md, "Quotes on PolNeAR").
   */
  static final int MIN_WORDS = 4;
  static final double MIN_PROBABILITY = 0.5;

  /**
   * The feature of a plural pronoun ("they") in the quote's own sentence before it ({@link SpeakerCandidates});
   * one right after a speech verb ("Americans say they prefer “…”") is the object clause's, not the speaker.
   */
  private static final String GROUP_SUBJECT = "t.PLURAL|before.s0";

  private final Map<String, Double> weights;

  SpeakerRanker(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The bundled weights, or {@code null} when the jar has none. */
  static SpeakerRanker bundled() {
    try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SpeakerRanker read(InputStream in) throws IOException {
    Map<String, Double> w = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) continue;
      int tab = line.lastIndexOf('\t');
      w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
    }
    return new SpeakerRanker(w);
  }

  void write(Writer out) throws IOException {
    out.write("# quote speaker ranker: feature<TAB>weight (logistic regression, SpeakerRankerTrainer)\n");
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.5f", e.getValue()) + "\n");
    }
  }

  double score(SpeakerCandidate c) {
    double s = weights.getOrDefault(BIAS, 0.0);
    for (String f : expand(c.features())) s += weights.getOrDefault(f, 0.0);
    return s;
  }

  /** The features a candidate is scored by: its own and every pair of them (a linear model sees no interactions else). */
  static List<String> expand(List<String> features) {
    List<String> sorted = features.stream().distinct().sorted().toList();
    List<String> out = new java.util.ArrayList<>(sorted);
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) out.add(sorted.get(i) + "&" + sorted.get(j));
    }
    return out;
  }

  @Override
  public String choose(int start, int end, int words, String rule, List<SpeakerCandidate> candidates) {
    SpeakerCandidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (SpeakerCandidate c : candidates) {
      double s = score(c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best == null) return rule;
    // A place speaks only through a speech verb next to it ("Russia said"), which the rules see.
    if (best.features().contains("t.LOCATION")) return rule;
    // "they issued a warning “…”": a group the rules resolved "they" to, subject in the quote's sentence. PolNeAR's gold
    // leaves out sources that only a pronoun names, so the weights never learnt to trust this candidate.
    if (rule != null && candidates.stream().anyMatch(c -> c.name().equals(rule) && c.features().contains(GROUP_SUBJECT)
        && !c.features().contains("prevCue|before"))) {
      return rule;
    }
    if (rule == null && (words < MIN_WORDS || 1 / (1 + Math.exp(-bestScore)) < MIN_PROBABILITY)) return null;
    // "“…,” one staffer tells Mother Nature.": the one told is never the speaker, and the rules found no other.
    if (rule == null && best.features().contains("prevCue.told")) return null;
    return best.name();
  }
}
