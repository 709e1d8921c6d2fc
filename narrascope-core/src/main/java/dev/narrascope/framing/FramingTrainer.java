package dev.narrascope.framing;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link FramingModel} from labelled mentions: L2-regularised logistic regression
 * (LIBLINEAR) over mention-context features for the main role, one-vs-rest logistic regressions
 * for the 22 fine roles (decoded jointly, see {@link FineRoles}), and per main role the threshold for
 * adding further fine roles, chosen by cross-validation inside the training data. Immutable; thread-safe (training is single-threaded
 * and deterministic for a given seed).
 *
 * <pre>{@code
 * // train on all five languages and write the artifact the jar ships:
 * FramingTrainer.trainAndSave(Path.of("../shared/data/semeval2025-task10/train"), List.of(),
 *     Path.of("narrascope-core/src/main/resources/dev/narrascope/models/framing"));
 * }</pre>
 */
public final class FramingTrainer {
  private static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 1.01};
  /** Weight of fine-role evidence when choosing the main role; 1 was best of 0, 0.5, 1, 2 in cross-validation. */
  private static final double JOINT_WEIGHT = 1.0;

  private final FeatureOptions options;
  private final double mainC;
  private final double fineC;
  private final int minCount;
  private final int thresholdFolds;
  private final long seed;

  FramingTrainer(FeatureOptions options, double mainC, double fineC, int minCount, int thresholdFolds, long seed) {
    if (mainC <= 0 || fineC <= 0) throw new IllegalArgumentException("C must be > 0: " + mainC + ", " + fineC);
    if (thresholdFolds < 2) throw new IllegalArgumentException("thresholdFolds must be >= 2: " + thresholdFolds);
    this.options = options;
    this.mainC = mainC;
    this.fineC = fineC;
    this.minCount = minCount;
    this.thresholdFolds = thresholdFolds;
    this.seed = seed;
  }

  /** The settings the bundled model was trained with. */
  public static FramingTrainer defaults() {
    return new FramingTrainer(FeatureOptions.defaults(), 4.0, 4.0, 2, 3, 13);
  }

  /**
   * Trains on the given languages of a data directory in the task layout (empty: all languages).
   */
  public static FramingModel train(Path dataDir, Collection<String> languages) {
    return defaults().train(SemevalRoleData.readLabelled(dataDir, languages));
  }

  /** Trains as {@link #train(Path, Collection)} and writes the artifact into {@code outDir}; returns the file. */
  public static Path trainAndSave(Path dataDir, Collection<String> languages, Path outDir) throws IOException {
    return train(dataDir, languages).save(outDir);
  }

  /** Trains on labelled mentions. */
  public FramingModel train(List<LabelledMention> data) {
    if (data.isEmpty()) throw new IllegalArgumentException("No labelled mentions to train on");
    return fit(featurise(data, options), data.stream().map(LabelledMention::gold).toList(), documentGroups(data));
  }

  FeatureOptions options() {
    return options;
  }

  /** Features of every mention; each document is analysed once. */
  static List<Map<String, Double>> featurise(List<LabelledMention> data, FeatureOptions options) {
    Map<String, DocumentTokens> docs = new HashMap<>();
    Map<String, List<MentionLocator.Span>> occurrences = new HashMap<>();
    List<Map<String, Double>> out = new ArrayList<>(data.size());
    for (LabelledMention m : data) {
      String key = m.language() + "/" + m.mention().documentId();
      DocumentTokens doc = docs.computeIfAbsent(key, k -> DocumentTokens.analyse(m.text(), m.language()));
      RoleMention r = m.mention();
      MentionLocator.Span focus = MentionLocator.locate(m.text(), r.entity(), r.start(), r.endInclusive());
      List<MentionLocator.Span> others = occurrences.computeIfAbsent(key + "\t" + r.entity(),
          k -> MentionFeatures.occurrences(m.text(), r.entity()));
      out.add(MentionFeatures.extract(doc, m.language(), r.entity(), focus, others, options));
    }
    return out;
  }

  /** A group id per mention: mentions of one document share it (folds never split a document). */
  static int[] documentGroups(List<LabelledMention> data) {
    Map<String, Integer> ids = new HashMap<>();
    int[] g = new int[data.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = ids.computeIfAbsent(data.get(i).language() + "/" + data.get(i).mention().documentId(), k -> ids.size());
    }
    return g;
  }

  FramingModel fit(List<Map<String, Double>> features, List<RoleLabel> gold, int[] groups) {
    Linear.disableDebugOutput();
    FeatureSpace space = FeatureSpace.build(features, minCount);
    List<SparseVector> x = features.stream().map(space::vectorise).toList();
    double[] mainY = new double[x.size()];
    for (int i = 0; i < mainY.length; i++) mainY[i] = Math.max(0, Roles.MAIN.indexOf(gold.get(i).mainRole()));
    LinearScorer main = LinearScorer.of(Linear.train(problem(x, mainY, space.size()), parameter(mainC)));
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) all.add(i);
    // A fine role needs positives and negatives to be learnt; the others are never predicted except as fallback.
    List<String> names = Roles.allFineRoles().stream().filter(f -> {
      long pos = gold.stream().filter(g -> g.fineRoles().contains(f)).count();
      return pos > 0 && pos < gold.size();
    }).toList();
    List<String> fallbacks = new ArrayList<>();
    for (String role : Roles.MAIN) fallbacks.add(mostFrequentFine(role, gold));
    List<Double> thresholds = chooseThresholds(names, fallbacks, all, x, gold, groups, space.size());
    List<LinearScorer> scorers = fitScorers(names, all, x, gold, space.size());
    return new FramingModel(options, space, main, new FineRoles(names, scorers, thresholds, fallbacks, JOINT_WEIGHT));
  }

  private static String mostFrequentFine(String role, List<RoleLabel> gold) {
    Map<String, Integer> counts = new HashMap<>();
    for (RoleLabel g : gold) for (String f : g.fineRoles()) if (role.equals(Roles.mainOf(f))) counts.merge(f, 1, Integer::sum);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(Roles.fineRoles(role).get(0));
  }

  /** One-vs-rest fine-role scorers over the given rows; {@code null} where the rows lack positives or negatives. */
  private List<LinearScorer> fitScorers(List<String> names, List<Integer> rows, List<SparseVector> x,
                                        List<RoleLabel> gold, int dims) {
    List<SparseVector> sub = rows.stream().map(x::get).toList();
    List<LinearScorer> scorers = new ArrayList<>();
    for (String f : names) {
      double[] y = new double[rows.size()];
      boolean pos = false;
      boolean neg = false;
      for (int k = 0; k < y.length; k++) {
        y[k] = gold.get(rows.get(k)).fineRoles().contains(f) ? 1 : 0;
        pos |= y[k] == 1;
        neg |= y[k] == 0;
      }
      scorers.add(pos && neg ? LinearScorer.of(Linear.train(problem(sub, y, dims), parameter(fineC))) : null);
    }
    return scorers;
  }

  /**
   * Per main role, the extra-fine-role threshold that maximises exact matches on out-of-fold
   * fine-role probabilities of the mentions with that gold main role.
   */
  private List<Double> chooseThresholds(List<String> names, List<String> fallbacks, List<Integer> rows,
                                        List<SparseVector> x, List<RoleLabel> gold, int[] groups, int dims) {
    double[][] oof = new double[rows.size()][];
    for (int fold = 0; fold < thresholdFolds; fold++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int k = 0; k < rows.size(); k++) (Folds.of(groups[rows.get(k)], thresholdFolds, seed) == fold ? test : train).add(k);
      List<LinearScorer> scorers = fitScorers(names, train.stream().map(rows::get).toList(), x, gold, dims);
      for (int k : test) {
        double[] p = new double[names.size()];
        for (int j = 0; j < p.length; j++) {
          LinearScorer s = scorers.get(j);
          p[j] = s == null ? 0 : s.probabilities(x.get(rows.get(k)), 2)[1];
        }
        oof[k] = p;
      }
    }
    FineRoles decoder = new FineRoles(names, List.of(), List.of(), fallbacks, JOINT_WEIGHT);
    List<Double> out = new ArrayList<>();
    for (int m = 0; m < Roles.MAIN.size(); m++) {
      double best = THRESHOLDS[THRESHOLDS.length - 1];
      int bestHits = -1;
      for (double t : THRESHOLDS) {
        int hits = 0;
        for (int k = 0; k < rows.size(); k++) {
          RoleLabel g = gold.get(rows.get(k));
          if (g.mainRole().equals(Roles.MAIN.get(m))
              && new HashSet<>(decoder.fineRolesOf(m, oof[k], t)).equals(new HashSet<>(g.fineRoles()))) {
            hits++;
          }
        }
        if (hits > bestHits) {
          bestHits = hits;
          best = t;
        }
      }
      out.add(best);
    }
    return out;
  }

  private static Problem problem(List<SparseVector> x, double[] y, int dims) {
    Problem p = new Problem();
    p.l = x.size();
    // LIBLINEAR expects the bias as an explicit last feature, counted in n.
    p.n = dims + 1;
    p.bias = 1;
    p.x = new Feature[x.size()][];
    for (int i = 0; i < p.l; i++) p.x[i] = x.get(i).toLiblinear(dims + 1);
    p.y = y;
    return p;
  }

  private static Parameter parameter(double c) {
    return new Parameter(SolverType.L2R_LR, c, 0.01);
  }
}
