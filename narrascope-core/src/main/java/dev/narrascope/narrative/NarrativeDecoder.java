package dev.narrascope.narrative;

import dev.narrascope.LabelScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns per-label probabilities into a consistent two-level label set: narratives and
 * sub-narratives over their thresholds; a sub-narrative brings its narrative in; a narrative with
 * no sub-narrative over threshold gets its {@code "…: Other"}; labels of a second domain are dropped
 * (measured: +0.001 fine, +0.001 coarse samples-F1 in 5-fold CV); nothing at all gives {@code Other}.
 * Label order: the taxonomy's narratives, then its sub-narratives. Immutable and thread-safe.
 */
final class NarrativeDecoder {
  private final Taxonomy taxonomy;
  private final int coarse;
  private final int[] parentIndex;   // for each fine label (offset by coarse), its narrative's index
  private final int[] otherIndex;    // for each narrative, the index of its "…: Other"
  private final double[] thresholds;
  private final int[] domainOf;      // for each narrative, the index of its domain

  NarrativeDecoder(Taxonomy taxonomy, double[] thresholds) {
    this.taxonomy = taxonomy;
    this.coarse = taxonomy.narratives().size();
    List<String> fine = taxonomy.subNarratives();
    if (thresholds.length != coarse + fine.size()) {
      throw new IllegalArgumentException("expected " + (coarse + fine.size()) + " thresholds: " + thresholds.length);
    }
    this.thresholds = thresholds.clone();
    this.parentIndex = new int[fine.size()];
    this.otherIndex = new int[coarse];
    this.domainOf = new int[coarse];
    List<String> domains = new ArrayList<>();
    for (int n = 0; n < coarse; n++) {
      String label = taxonomy.narratives().get(n);
      String domain = label.substring(0, Math.max(0, label.indexOf(':')));
      if (!domains.contains(domain)) domains.add(domain);
      domainOf[n] = domains.indexOf(domain);
    }
    for (int j = 0; j < fine.size(); j++) {
      parentIndex[j] = taxonomy.narratives().indexOf(taxonomy.parentOf(fine.get(j)));
      if (fine.get(j).equals(Taxonomy.otherOf(taxonomy.narratives().get(parentIndex[j])))) otherIndex[parentIndex[j]] = coarse + j;
    }
  }

  static List<String> labels(Taxonomy taxonomy) {
    List<String> all = new ArrayList<>(taxonomy.narratives());
    all.addAll(taxonomy.subNarratives());
    return all;
  }

  double[] thresholds() {
    return thresholds.clone();
  }

  NarrativeDecoder withThresholds(double[] t) {
    return new NarrativeDecoder(taxonomy, t);
  }

  /**
   * Decodes into label indexes: {@code out[i]} is true when label {@code i} is assigned. Returns
   * false when nothing is (the text is {@code Other}).
   */
  boolean decode(double[] p, boolean[] out) {
    java.util.Arrays.fill(out, false);
    boolean any = false;
    for (int n = 0; n < coarse; n++) if (p[n] >= thresholds[n]) out[n] = any = true;
    for (int j = 0; j < parentIndex.length; j++) {
      int i = coarse + j;
      if (p[i] >= thresholds[i]) {
        out[i] = true;
        out[parentIndex[j]] = any = true;
      }
    }
    if (!any) return false;
    gate(p, out);
    boolean[] hasChild = new boolean[coarse];
    for (int j = 0; j < parentIndex.length; j++) if (out[coarse + j]) hasChild[parentIndex[j]] = true;
    for (int n = 0; n < coarse; n++) if (out[n] && !hasChild[n]) out[otherIndex[n]] = true;
    return true;
  }

  /**
   * An article is about one domain (the war or the climate): keep only the labels of the domain
   * whose assigned narratives are most probable, dropping the stray labels of the other.
   */
  private void gate(double[] p, boolean[] out) {
    int bestDomain = -1;
    double best = -1;
    for (int n = 0; n < coarse; n++) {
      if (out[n] && p[n] > best) {
        best = p[n];
        bestDomain = domainOf[n];
      }
    }
    for (int j = 0; j < parentIndex.length; j++) {
      if (out[coarse + j] && p[coarse + j] > best) {
        best = p[coarse + j];
        bestDomain = domainOf[parentIndex[j]];
      }
    }
    for (int n = 0; n < coarse; n++) if (domainOf[n] != bestDomain) out[n] = false;
    for (int j = 0; j < parentIndex.length; j++) if (domainOf[parentIndex[j]] != bestDomain) out[coarse + j] = false;
  }

  /** Decodes into labels with confidences, best first. */
  NarrativePrediction predict(double[] p) {
    boolean[] on = new boolean[p.length];
    if (!decode(p, on)) {
      double best = 0;
      for (int n = 0; n < coarse; n++) best = Math.max(best, p[n]);
      List<LabelScore> other = List.of(new LabelScore(Taxonomy.OTHER, 1 - best));
      return new NarrativePrediction(other, other);
    }
    List<String> labels = labels(taxonomy);
    double[] conf = p.clone();
    // A narrative brought in by its sub-narrative is at least as likely as that sub-narrative.
    for (int j = 0; j < parentIndex.length; j++) {
      if (on[coarse + j]) conf[parentIndex[j]] = Math.max(conf[parentIndex[j]], p[coarse + j]);
    }
    List<LabelScore> narratives = new ArrayList<>();
    List<LabelScore> subs = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (on[i]) (i < coarse ? narratives : subs).add(new LabelScore(labels.get(i), conf[i]));
    }
    Comparator<LabelScore> best = Comparator.comparingDouble(LabelScore::confidence).reversed();
    narratives.sort(best);
    subs.sort(best);
    return new NarrativePrediction(narratives, subs);
  }
}
