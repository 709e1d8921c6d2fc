package dev.narrascope.quote;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.entity.EntityStage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains the {@link SpeakerRanker} on PolNeAR articles: every direct quote the extractor finds that
 * shares words with a gold quote gives one group of candidates ({@link SpeakerCandidates}), a candidate
 * being positive when its name holds one of the gold source's names (the metric's test); groups without
 * a positive candidate teach nothing about ranking and are left out. Binary L2 logistic regression
 * (LIBLINEAR) with a bias term, so that a score reads as the log-odds of being the speaker. Stateless; thread-safe.
 */
public final class SpeakerRankerTrainer {
  /** Default inverse regularisation. */
  public static final double C = 0.3;
  /** File name of the weights in a model folder. */
  public static final String FILE = "quote-speakers.tsv";

  private record Group(List<SpeakerCandidate> candidates, List<Boolean> right) {}

  private SpeakerRankerTrainer() {}

  /** Trains on {@code docs} and writes {@link #FILE} into {@code outDir}; returns the file. */
  public static Path trainAndSave(List<PolnearQuotes.Doc> docs, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(FILE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      train(docs, C).write(w);
    }
    return file;
  }

  static SpeakerRanker train(List<PolnearQuotes.Doc> docs, double c) {
    List<Group> groups = docs.parallelStream().flatMap(d -> groups(d).stream()).toList();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String f : new TreeSet<>(groups.stream().flatMap(g -> g.candidates().stream()).flatMap(s -> SpeakerRanker.expand(s.features()).stream()).toList())) {
      index.put(f, index.size() + 1);
    }
    List<Feature[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Group g : groups) {
      for (int i = 0; i < g.candidates().size(); i++) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String f : SpeakerRanker.expand(g.candidates().get(i).features())) ids.add(index.get(f));
        ids.add(index.size() + 1);  // LIBLINEAR's bias feature, the last column
        x.add(ids.stream().map(j -> new FeatureNode(j, 1.0)).toArray(Feature[]::new));
        y.add(g.right().get(i) ? 1.0 : 0.0);
      }
    }
    Problem p = new Problem();
    p.l = x.size();
    p.n = index.size() + 1;
    p.x = x.toArray(Feature[][]::new);
    p.y = y.stream().mapToDouble(Double::doubleValue).toArray();
    p.bias = 1;
    Linear.disableDebugOutput();
    Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
    double[] w = m.getFeatureWeights();
    // LIBLINEAR's first label is the one seen first; weights score that label.
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) weights.put(e.getKey(), sign * w[e.getValue() - 1]);
    weights.put(SpeakerRanker.BIAS, sign * w[index.size()]);
    return new SpeakerRanker(weights);
  }

  private static List<Group> groups(PolnearQuotes.Doc d) {
    Article a = new Article(d.id(), d.id(), null, "", null, null, "en", 1.0, d.text(), null, null);
    List<EntityMention> mentions = new EntityStage().apply(a, Findings.none()).analysis().entities();
    List<Group> out = new ArrayList<>();
    SpeakerChooser recorder = (start, end, words, rule, candidates) -> {
      PolnearQuotes.GoldQuote gold = null;
      int most = 1;
      for (PolnearQuotes.GoldQuote g : d.quotes()) {
        int n = 0;
        for (int[] w : g.words()) if (w[0] >= start && w[1] <= end) n++;
        if (n > most) {
          most = n;
          gold = g;
        }
      }
      if (gold != null) {
        List<Boolean> right = new ArrayList<>();
        for (SpeakerCandidate c : candidates) right.add(QuoteMetrics.names(c.name(), gold.names()));
        if (right.contains(true)) out.add(new Group(candidates, right));
      }
      return rule;
    };
    new QuoteExtractor(recorder).find(d.text(), mentions);
    return out;
  }
}
