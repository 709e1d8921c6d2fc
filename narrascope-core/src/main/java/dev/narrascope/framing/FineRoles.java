package dev.narrascope.framing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fine-role classifiers and the decision rule that joins them with the main-role classifier.
 * Each fine role seen in training has a one-vs-rest scorer trained on all mentions; the main role
 * is chosen by {@code log p(main) + jointWeight * log max p(fine of that main)}, so a confident fine
 * role can overrule a hesitant main role; then the best fine role of that main role is taken, and
 * its other fine roles whose probability reaches the main role's threshold join it. Always yields
 * at least one fine role, all of the chosen main role. Immutable; thread-safe.
 *
 * @param names       fine roles with a scorer
 * @param scorers     one binary scorer per name (label 1 = has the role)
 * @param thresholds  per main role (in {@link Roles#MAIN} order): probability an extra fine role needs
 * @param fallbacks   per main role: the fine role returned when none of its roles has a scorer
 * @param jointWeight weight of the fine-role evidence in choosing the main role
 */
record FineRoles(List<String> names, List<LinearScorer> scorers, List<Double> thresholds, List<String> fallbacks,
                 double jointWeight) {
  /** Probability of each fine role in {@link #names()} order. */
  double[] probabilities(SparseVector x) {
    double[] p = new double[names.size()];
    for (int i = 0; i < p.length; i++) p[i] = scorers.get(i).probabilities(x, 2)[1];
    return p;
  }

  RolePrediction decide(double[] mainP, double[] fineP) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < Roles.MAIN.size(); m++) {
      double fine = 0;
      boolean any = false;
      for (int i = 0; i < fineP.length; i++) {
        if (Roles.MAIN.get(m).equals(Roles.mainOf(names.get(i)))) {
          fine = Math.max(fine, fineP[i]);
          any = true;
        }
      }
      // A main role without fine scorers (tiny training sets only) is judged on its own probability.
      double score = Math.log(mainP[m] + 1e-9) + (any ? jointWeight * Math.log(fine + 1e-9) : 0);
      if (score > bestScore) {
        bestScore = score;
        best = m;
      }
    }
    return new RolePrediction(Roles.MAIN.get(best), mainP[best], fineRolesOf(best, fineP, thresholds.get(best)));
  }

  /** The best fine role of main role {@code m}, then its others reaching {@code threshold}, best first. */
  List<String> fineRolesOf(int m, double[] fineP, double threshold) {
    String main = Roles.MAIN.get(m);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < fineP.length; i++) if (main.equals(Roles.mainOf(names.get(i)))) order.add(i);
    if (order.isEmpty()) return List.of(fallbacks.get(m));
    order.sort(Comparator.comparingDouble((Integer i) -> -fineP[i]));
    List<String> out = new ArrayList<>();
    out.add(names.get(order.get(0)));
    for (int k = 1; k < order.size() && fineP[order.get(k)] >= threshold; k++) out.add(names.get(order.get(k)));
    return out;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeDouble(jointWeight);
    for (int m = 0; m < Roles.MAIN.size(); m++) {
      out.writeDouble(thresholds.get(m));
      out.writeUTF(fallbacks.get(m));
    }
    out.writeInt(names.size());
    for (int i = 0; i < names.size(); i++) {
      out.writeUTF(names.get(i));
      scorers.get(i).write(out);
    }
  }

  static FineRoles read(DataInputStream in) throws IOException {
    double jointWeight = in.readDouble();
    List<Double> thresholds = new ArrayList<>();
    List<String> fallbacks = new ArrayList<>();
    for (int m = 0; m < Roles.MAIN.size(); m++) {
      thresholds.add(in.readDouble());
      fallbacks.add(in.readUTF());
    }
    int n = in.readInt();
    List<String> names = new ArrayList<>();
    List<LinearScorer> scorers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(in.readUTF());
      scorers.add(LinearScorer.read(in));
    }
    return new FineRoles(List.copyOf(names), List.copyOf(scorers), List.copyOf(thresholds), List.copyOf(fallbacks), jointWeight);
  }
}
