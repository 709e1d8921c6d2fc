package dev.narrascope.framing;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.narrascope.text.AnalysedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link FramingModel} from labelled mentions: logistic regression (LIBLINEAR, dual solver)
 * over mention-context features for the main role and, per main role, a multi-class logistic
 * regression over the fine-role sets seen with it, decoded jointly (see {@link FineRoles}).
 * Immutable; thread-safe (training is single-threaded and deterministic).
 *
 * <pre>{@code
 * // train on all five languages and write the artifact the jar ships:
 * FramingTrainer.trainAndSave(Path.of("../shared/data/semeval2025-task10/train"), List.of(),
 *     Path.of("narrascope-core/src/main/resources/dev/narrascope/models"));  // what narrascope train does
 * }</pre>
 */
public final class FramingTrainer {
  /** Weight of fine-set evidence when choosing the main role; 1 beat 0.5 and 2 in cross-validation (seeds 11, 13). */
  private static final double JOINT_WEIGHT = 1.0;
  /**
   * Mentions a combination of several fine roles needs to become a candidate set (single roles always
   * are): rarer combinations are almost never predicted, and each candidate adds a weight column.
   */
  private static final int MIN_SET_COUNT = 3;

  private final FeatureOptions options;
  private final double mainC;
  private final double fineC;
  private final int minCount;

  FramingTrainer(FeatureOptions options, double mainC, double fineC, int minCount) {
    if (mainC <= 0 || fineC <= 0) throw new IllegalArgumentException("C must be > 0: " + mainC + ", " + fineC);
    this.options = options;
    this.mainC = mainC;
    this.fineC = fineC;
    this.minCount = minCount;
  }

  /** The settings the bundled model was trained with. */
  public static FramingTrainer defaults() {
    return new FramingTrainer(FeatureOptions.defaults(), 4.0, 4.0, 2);
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

  /**
   * Trains on labelled mentions: the roles on the mentions, and which actors an article frames at all
   * on their documents' candidate actors (see {@link SalienceTrainer}).
   */
  public FramingModel train(List<LabelledMention> data) {
    if (data.isEmpty()) throw new IllegalArgumentException("No labelled mentions to train on");
    FramingModel roles = fit(featurise(data, options), data.stream().map(LabelledMention::gold).toList());
    return roles.withSalience(SalienceTrainer.train(SalienceDocument.of(data), FramingStage.DEFAULT_MAX_ACTORS));
  }

  FeatureOptions options() {
    return options;
  }

  /** Features of every mention; each document is analysed once. */
  static List<Map<String, Double>> featurise(List<LabelledMention> data, FeatureOptions options) {
    Map<String, AnalysedText> docs = new HashMap<>();
    Map<String, List<MentionLocator.Span>> occurrences = new HashMap<>();
    List<Map<String, Double>> out = new ArrayList<>(data.size());
    for (LabelledMention m : data) {
      String key = m.language() + "/" + m.mention().documentId();
      AnalysedText doc = docs.computeIfAbsent(key, k -> AnalysedText.of(m.text(), m.language()));
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

  FramingModel fit(List<Map<String, Double>> features, List<RoleLabel> gold) {
    Linear.disableDebugOutput();
    FeatureSpace space = FeatureSpace.build(features, minCount);
    List<SparseVector> x = features.stream().map(space::vectorise).toList();
    double[] mainY = new double[x.size()];
    for (int i = 0; i < mainY.length; i++) mainY[i] = Math.max(0, Roles.MAIN.indexOf(gold.get(i).mainRole()));
    LinearScorer main = LinearScorer.of(Linear.train(problem(x, mainY, space.size()), parameter(mainC)));
    List<List<List<String>>> sets = new ArrayList<>();
    List<LinearScorer> scorers = new ArrayList<>();
    for (String role : Roles.MAIN) {
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) if (role.equals(gold.get(i).mainRole())) rows.add(i);
      List<List<String>> candidates = candidateSets(role, rows.stream().map(gold::get).toList());
      sets.add(candidates);
      scorers.add(candidates.size() < 2 ? null : fitSets(candidates, rows, x, gold, space.size()));
    }
    // Roles only: which actors are framed at all is trained on whole documents (train), not needed to score roles.
    return new FramingModel(options, space, main, new FineRoles(sets, scorers, JOINT_WEIGHT), SalienceModel.FRAMES_ALL);
  }

  /**
   * The fine-role sets of a main role's mentions, most frequent first (each set in the task's role
   * order): every single role seen and the combinations seen {@link #MIN_SET_COUNT} times; the role's
   * first fine role alone when it has no mentions.
   */
  private static List<List<String>> candidateSets(String role, List<RoleLabel> gold) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (RoleLabel g : gold) {
      List<String> set = canonical(role, g.fineRoles());
      if (!set.isEmpty()) counts.merge(set, 1, Integer::sum);
    }
    if (counts.isEmpty()) return List.of(List.of(Roles.fineRoles(role).get(0)));
    return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_SET_COUNT || e.getKey().size() == 1)
        .sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
            .thenComparing(e -> String.join("|", e.getKey())))
        .map(Map.Entry::getKey).toList();
  }

  /** The fine roles of {@code role} in {@code fine}, without repeats, in the task's order. */
  private static List<String> canonical(String role, List<String> fine) {
    return Roles.fineRoles(role).stream().filter(fine::contains).toList();
  }

  /** A multi-class scorer over candidate sets, trained on the rows whose set is a candidate. */
  private LinearScorer fitSets(List<List<String>> candidates, List<Integer> rows, List<SparseVector> x,
                               List<RoleLabel> gold, int dims) {
    List<SparseVector> sub = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i : rows) {
      int k = candidates.indexOf(canonical(gold.get(i).mainRole(), gold.get(i).fineRoles()));
      if (k < 0) continue;
      sub.add(x.get(i));
      y.add((double) k);
    }
    return LinearScorer.of(Linear.train(problem(sub, y.stream().mapToDouble(Double::doubleValue).toArray(), dims),
        parameter(fineC)));
  }

  static Problem problem(List<SparseVector> x, double[] y, int dims) {
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

  static Parameter parameter(double c) {
    // The dual solver trains about four times faster than the primal one here, equally accurate.
    return new Parameter(SolverType.L2R_LR_DUAL, c, 0.1);
  }
}
