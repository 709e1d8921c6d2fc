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
    // One look-up per feature: the column goes in the high half of a long and the value's position
    // in the low half, so sorting the longs sorts by column (columns are distinct) and keeps the pairs.
    long[] keyed = new long[features.size()];
    double[] found = new double[features.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : features.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null) continue;
      keyed[n] = (long) i << 32 | n;
      found[n++] = e.getValue();
    }
    Arrays.sort(keyed, 0, n);
    int[] idx = new int[n];
    double[] val = new double[n];
    for (int k = 0; k < n; k++) {
      idx[k] = (int) (keyed[k] >>> 32);
      val[k] = found[(int) keyed[k]];
    }
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
