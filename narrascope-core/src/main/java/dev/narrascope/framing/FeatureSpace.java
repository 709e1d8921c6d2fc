package dev.narrascope.framing;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
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
  // Unboxed maps, and each paired term held once: the bundled framing model's spaces held 95 MB of heap as
  // boxed HashMaps with a new String per paired term (BENCHMARKS.md, "The framing model's heap").
  private final String[] names;
  private final Object2IntOpenHashMap<String> index;
  /** The columns of the {@code x:} features (an entity paired with a document term), by entity key, then term. */
  private final Map<String, Object2IntOpenHashMap<String>> pairedColumns;
  /** The columns of the {@code d:} features by their term: looked up for every distinct term of every document. */
  private final Object2IntOpenHashMap<String> documentColumns;

  private FeatureSpace(String[] names) {
    this.names = names;
    this.index = new Object2IntOpenHashMap<>(names.length);
    this.documentColumns = new Object2IntOpenHashMap<>();
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i + 1);
      if (names[i].startsWith("d:")) documentColumns.put(names[i].substring(2), i + 1);
    }
    index.trim();
    documentColumns.trim();
    this.pairedColumns = pairedColumns(names);
  }

  /**
   * {@code "x:" + entityKey + "|" + term} names split at every '|' (an entity or a term may hold one):
   * a look-up of (entity key, term) then finds a column exactly when the joined name has one.
   */
  private static Map<String, Object2IntOpenHashMap<String>> pairedColumns(String[] names) {
    Map<String, Object2IntOpenHashMap<String>> out = new HashMap<>();
    Map<String, String> held = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (!name.startsWith("x:")) continue;
      for (int bar = name.indexOf('|', 2); bar >= 0; bar = name.indexOf('|', bar + 1)) {
        String term = held.computeIfAbsent(name.substring(bar + 1), t -> t);
        out.computeIfAbsent(name.substring(2, bar), k -> new Object2IntOpenHashMap<>()).put(term, i + 1);
      }
    }
    out.values().forEach(Object2IntOpenHashMap::trim);
    return out;
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

  /** The 1-based column of a feature name, or 0 when the space lacks it. */
  int column(String name) {
    return index.getInt(name);
  }

  /** {@link #column} of {@code "d:" + term} without building that name. */
  int documentColumn(String term) {
    return documentColumns.getInt(term);
  }

  SparseVector vectorise(Map<String, Double> features) {
    Columns x = new Columns(features.size());
    for (Map.Entry<String, Double> e : features.entrySet()) x.add(column(e.getKey()), e.getValue());
    return x.toVector();
  }

  /**
   * The vector of {@link MentionFeatures#extract}'s features given its {@link MentionFeatures#aroundMention}
   * part and the document's terms: the same vector, the document-wide groups added from columns looked
   * up once per document. Both groups have one feature of value 1 per distinct term, scaled to the
   * group's weight over the root of their count, as {@link MentionFeatures#addGroup} scales them.
   */
  SparseVector vectorise(Map<String, Double> aroundMention, DocumentTerms doc, String entityKey, FeatureOptions opt) {
    int n = doc.size();
    Columns x = new Columns(aroundMention.size() + 2 * n);
    for (Map.Entry<String, Double> e : aroundMention.entrySet()) x.add(column(e.getKey()), e.getValue());
    if (n == 0) return x.toVector();
    if (!(opt.document() <= 0)) {
      double scale = opt.document() / Math.sqrt(n);
      for (int k = 0; k < n; k++) x.add(doc.column(k), scale);
    }
    Object2IntOpenHashMap<String> paired = pairedColumns.get(entityKey);
    if (paired != null && !(opt.entityDocument() <= 0)) {
      double scale = opt.entityDocument() / Math.sqrt(n);
      for (int k = 0; k < n; k++) x.add(paired.getInt(doc.term(k)), scale);
    }
    return x.toVector();
  }

  /** Found (column, value) pairs, sorted by column into a vector; column 0 (not in the space) is dropped. */
  private static final class Columns {
    // The column goes in the high half of a long and the value's position in the low half, so sorting
    // the longs sorts by column (columns are distinct) and keeps the pairs.
    private final long[] keyed;
    private final double[] found;
    private int n;

    Columns(int capacity) {
      keyed = new long[capacity];
      found = new double[capacity];
    }

    void add(int column, double value) {
      if (column == 0) return;
      keyed[n] = (long) column << 32 | n;
      found[n++] = value;
    }

    SparseVector toVector() {
      Arrays.sort(keyed, 0, n);
      int[] idx = new int[n];
      double[] val = new double[n];
      for (int k = 0; k < n; k++) {
        idx[k] = (int) (keyed[k] >>> 32);
        val[k] = found[(int) keyed[k]];
      }
      return new SparseVector(idx, val);
    }
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
