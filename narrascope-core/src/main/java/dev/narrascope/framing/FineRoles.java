package dev.narrascope.framing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fine-role classifiers and the decision rule that joins them with the main-role classifier.
 * Per main role, one multi-class scorer over the fine-role <em>sets</em> seen with that main role in
 * training ("Victim", "Deceiver+Corrupt", …), trained on the mentions of that main role only. A
 * mention gets the main role and set maximising {@code log p(main) + jointWeight * log p(set | main)}:
 * the probability that the whole set is exactly right, which is what the exact match ratio rewards,
 * and a confident fine set can overrule a hesitant main role. Always yields at least one fine role,
 * all of the chosen main role. Immutable; thread-safe.
 */
final class FineRoles {
  private final List<List<List<String>>> sets;
  private final List<LinearScorer> scorers;
  private final double jointWeight;

  /**
   * @param sets        per main role (in {@link Roles#MAIN} order): the candidate fine-role sets, at least one
   * @param scorers     per main role: a scorer whose label {@code k} is {@code sets.get(m).get(k)}, or
   *                    {@code null} where there is a single candidate set
   * @param jointWeight weight of the fine-set evidence in choosing the main role
   */
  FineRoles(List<List<List<String>>> sets, List<LinearScorer> scorers, double jointWeight) {
    if (sets.size() != Roles.MAIN.size() || scorers.size() != Roles.MAIN.size()) {
      throw new IllegalArgumentException("Need sets and scorers for each of " + Roles.MAIN);
    }
    for (List<List<String>> s : sets) if (s.isEmpty()) throw new IllegalArgumentException("A main role without fine-role sets");
    this.sets = sets.stream().map(s -> s.stream().map(List::copyOf).toList()).toList();
    this.scorers = new ArrayList<>(scorers);
    this.jointWeight = jointWeight;
  }

  RolePrediction decide(double[] mainP, SparseVector x) {
    int best = 0;
    int bestSet = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < Roles.MAIN.size(); m++) {
      LinearScorer s = scorers.get(m);
      double[] p = s == null ? new double[] {1} : s.probabilities(x, sets.get(m).size());
      int k = 0;
      for (int j = 1; j < p.length; j++) if (p[j] > p[k]) k = j;
      double score = Math.log(mainP[m] + 1e-9) + jointWeight * Math.log(p[k] + 1e-9);
      if (score > bestScore) {
        bestScore = score;
        best = m;
        bestSet = k;
      }
    }
    return new RolePrediction(Roles.MAIN.get(best), mainP[best], sets.get(best).get(bestSet));
  }

  void write(DataOutputStream out) throws IOException {
    out.writeDouble(jointWeight);
    for (int m = 0; m < Roles.MAIN.size(); m++) {
      out.writeInt(sets.get(m).size());
      for (List<String> set : sets.get(m)) {
        out.writeInt(set.size());
        for (String f : set) out.writeUTF(f);
      }
      out.writeBoolean(scorers.get(m) != null);
      if (scorers.get(m) != null) scorers.get(m).write(out);
    }
  }

  static FineRoles read(DataInputStream in) throws IOException {
    double jointWeight = in.readDouble();
    List<List<List<String>>> sets = new ArrayList<>();
    List<LinearScorer> scorers = new ArrayList<>();
    for (int m = 0; m < Roles.MAIN.size(); m++) {
      List<List<String>> ofMain = new ArrayList<>();
      int n = in.readInt();
      for (int k = 0; k < n; k++) {
        List<String> set = new ArrayList<>();
        int size = in.readInt();
        for (int j = 0; j < size; j++) set.add(in.readUTF());
        ofMain.add(set);
      }
      sets.add(ofMain);
      scorers.add(in.readBoolean() ? LinearScorer.read(in) : null);
    }
    return new FineRoles(sets, scorers, jointWeight);
  }
}
