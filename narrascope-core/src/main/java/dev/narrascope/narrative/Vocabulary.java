package dev.narrascope.narrative;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term index and inverse document frequencies learnt from training documents; turns a term list
 * into an L2-normalised sublinear TF-IDF vector. Immutable and thread-safe once built.
 */
final class Vocabulary {
  private final Map<String, Integer> index;
  private final float[] idf;

  private Vocabulary(Map<String, Integer> index, float[] idf) {
    this.index = index;
    this.idf = idf;
  }

  /**
   * Keeps terms seen in at least {@code minDf} documents, the {@code maxTerms} most frequent ones
   * (ties broken alphabetically so training is reproducible).
   */
  static Vocabulary build(List<List<String>> documents, int minDf, int maxTerms) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> doc : documents) {
      for (String t : new java.util.HashSet<>(doc)) df.merge(t, 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (var e : df.entrySet()) if (e.getValue() >= minDf) kept.add(e);
    kept.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    if (kept.size() > maxTerms) kept = kept.subList(0, maxTerms);
    Map<String, Integer> index = new HashMap<>(kept.size() * 2);
    float[] idf = new float[kept.size()];
    int n = documents.size();
    for (int i = 0; i < kept.size(); i++) {
      index.put(kept.get(i).getKey(), i);
      idf[i] = (float) (Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1.0);
    }
    return new Vocabulary(index, idf);
  }

  int size() {
    return idf.length;
  }

  /** The TF-IDF vector of a term list, as LIBLINEAR features (1-based, ascending). */
  Feature[] vector(List<String> terms) {
    // Unboxed counts, then the columns in ascending order (as liblinear wants them, and as the sum runs).
    Int2IntOpenHashMap counts = new Int2IntOpenHashMap();
    for (String t : terms) {
      Integer i = index.get(t);
      if (i != null) counts.addTo(i, 1);
    }
    int[] columns = counts.keySet().toIntArray();
    Arrays.sort(columns);
    Feature[] out = new Feature[columns.length];
    double norm = 0;
    int k = 0;
    for (int column : columns) {
      double v = (1 + Math.log(counts.get(column))) * idf[column];
      out[k++] = new FeatureNode(column + 1, v);
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (Feature f : out) f.setValue(f.getValue() / norm);
    return out;
  }

  void write(DataOutputStream out) throws IOException {
    String[] terms = new String[idf.length];
    index.forEach((t, i) -> terms[i] = t);
    out.writeInt(terms.length);
    for (int i = 0; i < terms.length; i++) {
      out.writeUTF(terms[i]);
      out.writeFloat(idf[i]);
    }
  }

  static Vocabulary read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> index = new HashMap<>(n * 2);
    float[] idf = new float[n];
    for (int i = 0; i < n; i++) {
      index.put(in.readUTF(), i);
      idf[i] = in.readFloat();
    }
    return new Vocabulary(index, idf);
  }
}
