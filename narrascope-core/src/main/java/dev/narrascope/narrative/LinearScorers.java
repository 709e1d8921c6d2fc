package dev.narrascope.narrative;

import de.bwaldvogel.liblinear.Feature;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One linear scorer per label over the shared vocabulary, with a Platt sigmoid that maps its score
 * to a calibrated probability. Weights are kept as 8-bit integers with one scale per label: a
 * quarter of the float size, and the rounding moves probabilities by far less than the thresholds'
 * granularity. Immutable and thread-safe.
 */
final class LinearScorers {
  private final int labels;
  private final int dims;
  /**
   * Column-major: the labels' weights of column {@code i} at {@code i * labels}. Scoring every label
   * reads one short row per term of the text, where label-major rows cost a cache miss per label
   * and term; each label's sum still runs over the terms in order, so the scores are the same.
   */
  private final byte[] byColumn;
  private final float[] scales;
  private final float[] bias;
  private final float[] plattA;
  private final float[] plattB;

  /** @param weights one row of {@code dims} weights per label */
  LinearScorers(byte[][] weights, float[] scales, float[] bias, float[] plattA, float[] plattB) {
    this.labels = weights.length;
    this.dims = labels == 0 ? 0 : weights[0].length;
    this.byColumn = new byte[labels * dims];
    for (int l = 0; l < labels; l++) {
      for (int i = 0; i < dims; i++) byColumn[i * labels + l] = weights[l][i];
    }
    this.scales = scales;
    this.bias = bias;
    this.plattA = plattA;
    this.plattB = plattB;
  }

  /** Quantises float weights (one row per label). */
  static LinearScorers of(float[][] w, float[] bias, float[] plattA, float[] plattB) {
    byte[][] q = new byte[w.length][];
    float[] scales = new float[w.length];
    for (int l = 0; l < w.length; l++) {
      float max = 0;
      for (float v : w[l]) max = Math.max(max, Math.abs(v));
      scales[l] = max == 0 ? 1 : max / 127f;
      q[l] = new byte[w[l].length];
      for (int i = 0; i < w[l].length; i++) q[l][i] = (byte) Math.round(w[l][i] / scales[l]);
    }
    return new LinearScorers(q, scales, bias.clone(), plattA.clone(), plattB.clone());
  }

  int labels() {
    return labels;
  }

  /** The raw linear score of label {@code l}. */
  double score(int l, Feature[] x) {
    double s = 0;
    for (Feature f : x) s += byColumn[(f.getIndex() - 1) * labels + l] * f.getValue();
    return s * scales[l] + bias[l];
  }

  /** The calibrated probability of every label, in one pass over the features. */
  double[] probabilities(Feature[] x) {
    double[] s = new double[labels];
    for (Feature f : x) {
      int row = (f.getIndex() - 1) * labels;
      double v = f.getValue();
      for (int l = 0; l < labels; l++) s[l] += byColumn[row + l] * v;
    }
    for (int l = 0; l < labels; l++) s[l] = Platt.probability(s[l] * scales[l] + bias[l], plattA[l], plattB[l]);
    return s;
  }

  /** Score without the bias: what the features themselves contribute. */
  double contribution(int l, Feature[] x) {
    return score(l, x) - bias[l];
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(labels);
    out.writeInt(dims);
    byte[] row = new byte[dims];
    for (int l = 0; l < labels; l++) {
      out.writeFloat(scales[l]);
      out.writeFloat(bias[l]);
      out.writeFloat(plattA[l]);
      out.writeFloat(plattB[l]);
      for (int i = 0; i < dims; i++) row[i] = byColumn[i * labels + l];
      out.write(row);
    }
  }

  static LinearScorers read(DataInputStream in) throws IOException {
    int labels = in.readInt();
    int dims = in.readInt();
    byte[][] w = new byte[labels][dims];
    float[] scales = new float[labels];
    float[] bias = new float[labels];
    float[] a = new float[labels];
    float[] b = new float[labels];
    for (int l = 0; l < labels; l++) {
      scales[l] = in.readFloat();
      bias[l] = in.readFloat();
      a[l] = in.readFloat();
      b[l] = in.readFloat();
      in.readFully(w[l]);
    }
    return new LinearScorers(w, scales, bias, a, b);
  }
}
