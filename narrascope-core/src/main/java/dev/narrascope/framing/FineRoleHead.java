package dev.narrascope.framing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fine-role classifiers of one main role: a one-vs-rest scorer per fine role seen in training,
 * a threshold above which further fine roles join the best one, and a fallback fine role for when no
 * scorer exists. Always yields at least one fine role of its main role. Immutable; thread-safe.
 *
 * @param names     fine roles with a scorer
 * @param scorers   one binary scorer per name (label 1 = has the role)
 * @param threshold probability a fine role other than the best needs to be included
 * @param fallback  the fine role returned when there are no scorers (the most frequent one)
 */
record FineRoleHead(List<String> names, List<LinearScorer> scorers, double threshold, String fallback) {
  List<String> decide(SparseVector x) {
    if (names.isEmpty()) return List.of(fallback);
    double[] p = new double[names.size()];
    for (int i = 0; i < p.length; i++) p[i] = scorers.get(i).probabilities(x, 2)[1];
    return decide(p, threshold, names);
  }

  /** The best fine role, then the others whose probability reaches the threshold, best first. */
  static List<String> decide(double[] p, double threshold, List<String> names) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < p.length; i++) order.add(i);
    order.sort(Comparator.comparingDouble((Integer i) -> -p[i]));
    List<String> out = new ArrayList<>();
    out.add(names.get(order.get(0)));
    for (int k = 1; k < order.size() && p[order.get(k)] >= threshold; k++) out.add(names.get(order.get(k)));
    return out;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeUTF(fallback);
    out.writeDouble(threshold);
    out.writeInt(names.size());
    for (int i = 0; i < names.size(); i++) {
      out.writeUTF(names.get(i));
      scorers.get(i).write(out);
    }
  }

  static FineRoleHead read(DataInputStream in) throws IOException {
    String fallback = in.readUTF();
    double threshold = in.readDouble();
    int n = in.readInt();
    List<String> names = new ArrayList<>();
    List<LinearScorer> scorers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(in.readUTF());
      scorers.add(LinearScorer.read(in));
    }
    return new FineRoleHead(List.copyOf(names), List.copyOf(scorers), threshold, fallback);
  }
}
