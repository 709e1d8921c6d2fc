package dev.narrascope.narrative;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows the narrative scorers learn from and their targets. Rows are the documents, then their
 * gold explanations (subtask 3) as extra training-only rows labelled with the dominant narrative
 * and sub-narrative: an annotator's summary of why an article pushes a narrative is a dense example
 * of its wording. Target columns are the labels (narratives, then sub-narratives), then one per
 * domain ("does the article push any narrative of this domain"). A label's scorer learns only from
 * the rows of its own domain, so it separates the narratives of that domain instead of spending its
 * weights on telling war articles from climate ones; the domain scorers do that once.
 */
final class TrainingRows {
  /** Feature vectors with the bias feature appended (LIBLINEAR's form). */
  final Feature[][] x;
  /** Targets, row × scorer. */
  final boolean[][] gold;
  /** For each row, the document it comes from (its own index for a document row). */
  final int[] source;
  final int documents;
  final int labels;
  private final int[] domainOf;

  private TrainingRows(Feature[][] x, boolean[][] gold, int[] source, int documents, int labels, int[] domainOf) {
    this.x = x;
    this.gold = gold;
    this.source = source;
    this.documents = documents;
    this.labels = labels;
    this.domainOf = domainOf;
  }

  /**
   * @param vectors           the documents' feature vectors (without bias)
   * @param explanationWeight scale of an explanation row's vector; 0 leaves explanations out
   */
  static TrainingRows build(List<LabeledDocument> docs, Feature[][] vectors, List<String> labels, int[] domainOf,
                            int dims, double explanationWeight, java.util.function.BiFunction<String, String, Feature[]> vectorize) {
    return build(docs, vectors, labels, domainOf, dims, explanationWeight, vectorize, new int[docs.size()]);
  }

  /** @param extraCopies per document, how many more training-only rows repeat it (its weight minus one) */
  static TrainingRows build(List<LabeledDocument> docs, Feature[][] vectors, List<String> labels, int[] domainOf,
                            int dims, double explanationWeight, java.util.function.BiFunction<String, String, Feature[]> vectorize,
                            int[] extraCopies) {
    List<Integer> explained = new ArrayList<>();
    if (explanationWeight > 0) {
      for (int d = 0; d < docs.size(); d++) if (docs.get(d).explanation() != null) explained.add(d);
    }
    List<Integer> copies = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) for (int k = 0; k < extraCopies[d]; k++) copies.add(d);
    int rows = docs.size() + explained.size() + copies.size();
    int domains = NarrativeDecoder.domains(domainOf);
    Feature[][] x = new Feature[rows][];
    boolean[][] gold = new boolean[rows][];
    int[] source = new int[rows];
    for (int d = 0; d < docs.size(); d++) {
      x[d] = vectors[d];
      gold[d] = targets(labels, domainOf, domains, docs.get(d).narratives(), docs.get(d).subNarratives());
      source[d] = d;
    }
    for (int k = 0; k < explained.size(); k++) {
      int d = explained.get(k);
      LabeledDocument.GoldExplanation e = docs.get(d).explanation();
      Feature[] v = vectorize.apply(e.text(), docs.get(d).language());
      for (Feature f : v) f.setValue(f.getValue() * explanationWeight);
      int row = docs.size() + k;
      x[row] = v;
      gold[row] = targets(labels, domainOf, domains, List.of(e.narrative()), List.of(e.subNarrative()));
      source[row] = d;
    }
    for (int k = 0; k < copies.size(); k++) {
      int d = copies.get(k);
      int row = docs.size() + explained.size() + k;
      x[row] = vectors[d];
      gold[row] = gold[d];
      source[row] = d;
    }
    for (int r = 0; r < rows; r++) {
      x[r] = Arrays.copyOf(x[r], x[r].length + 1);
      x[r][x[r].length - 1] = new FeatureNode(dims + 1, 1.0);
    }
    return new TrainingRows(x, gold, source, docs.size(), labels.size(), domainOf);
  }

  private static boolean[] targets(List<String> labels, int[] domainOf, int domains,
                                   java.util.Collection<String> narratives, java.util.Collection<String> subNarratives) {
    boolean[] g = new boolean[labels.size() + domains];
    for (int l = 0; l < labels.size(); l++) {
      if (narratives.contains(labels.get(l)) || subNarratives.contains(labels.get(l))) {
        g[l] = true;
        g[labels.size() + domainOf[l]] = true;
      }
    }
    return g;
  }

  /** Number of scorers: one per label, then one per domain. */
  int scorers() {
    return gold[0].length;
  }

  /** The rows among {@code candidates} that scorer {@code s} learns from (or is calibrated on). */
  int[] rowsFor(int s, int[] candidates) {
    if (s >= labels) return candidates;
    int domainColumn = labels + domainOf[s];
    return Arrays.stream(candidates).filter(r -> gold[r][domainColumn]).toArray();
  }

  /** The document rows' targets for the labels only (what the decoder is scored against). */
  boolean[][] documentLabels() {
    boolean[][] out = new boolean[documents][];
    for (int d = 0; d < documents; d++) out[d] = Arrays.copyOf(gold[d], labels);
    return out;
  }
}
