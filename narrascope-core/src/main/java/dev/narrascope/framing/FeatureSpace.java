package dev.narrascope.framing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps feature names to 1-based column indices: the names seen in at least {@code minCount}
 * training examples, in a stable (sorted) order. Names outside the space are dropped when
 * vectorising. Immutable; thread-safe.
 */
final class FeatureSpace {
  private final String[] names;
  private final Map<String, Integer> index;

  private FeatureSpace(String[] names) {
    this.names = names;
    this.index = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) index.put(names[i], i + 1);
  }

  static FeatureSpace build(List<Map<String, Double>> examples, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (Map<String, Double> e : examples) for (String k : e.keySet()) counts.merge(k, 1, Integer::sum);
    return new FeatureSpace(counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
        .map(Map.Entry::getKey).sorted().toArray(String[]::new));
  }

  int size() {
    return names.length;
  }

  SparseVector vectorise(Map<String, Double> features) {
    int[] idx = new int[features.size()];
    int n = 0;
    for (String k : features.keySet()) {
      Integer i = index.get(k);
      if (i != null) idx[n++] = i;
    }
    idx = Arrays.copyOf(idx, n);
    Arrays.sort(idx);
    double[] val = new double[n];
    for (int k = 0; k < n; k++) val[k] = features.get(names[idx[k] - 1]);
    return new SparseVector(idx, val);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(names.length);
    for (String s : names) out.writeUTF(s);
  }

  static FeatureSpace read(DataInputStream in) throws IOException {
    String[] names = new String[in.readInt()];
    for (int i = 0; i < names.length; i++) names[i] = in.readUTF();
    return new FeatureSpace(names);
  }
}
