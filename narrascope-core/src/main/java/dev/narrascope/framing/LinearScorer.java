package dev.narrascope.framing;

import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.SolverType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;

/**
 * The weights of a trained LIBLINEAR logistic-regression model in a compact form (float weights),
 * scoring sparse vectors the way LIBLINEAR's {@code predictProbability} does. Immutable; thread-safe.
 */
final class LinearScorer {
  private final int features;
  private final int columns;
  private final int[] labels;
  private final double bias;
  private final float[] weights;

  private LinearScorer(int features, int columns, int[] labels, double bias, float[] weights) {
    this.features = features;
    this.columns = columns;
    this.labels = labels;
    this.bias = bias;
    this.weights = weights;
  }

  static LinearScorer of(Model model) {
    int columns = model.getNrClass() == 2 && model.getSolverType() != SolverType.MCSVM_CS ? 1 : model.getNrClass();
    double[] w = model.getFeatureWeights();
    float[] f = new float[w.length];
    for (int i = 0; i < w.length; i++) f[i] = (float) w[i];
    return new LinearScorer(model.getNrFeature(), columns, model.getLabels().clone(), model.getBias(), f);
  }

  /**
   * Probability of each label id {@code 0..labelCount-1} for the sparse vector (1-based indices,
   * ascending); label ids the model never saw get 0.
   */
  double[] probabilities(SparseVector x, int labelCount) {
    double[] dec = new double[columns];
    for (int k = 0; k < x.size(); k++) {
      int j = x.index(k);
      if (j > features) continue;
      double v = x.value(k);
      int base = (j - 1) * columns;
      for (int c = 0; c < columns; c++) dec[c] += weights[base + c] * v;
    }
    if (bias >= 0) for (int c = 0; c < columns; c++) dec[c] += weights[features * columns + c] * bias;
    double[] p = new double[labelCount];
    if (columns == 1) {
      double p0 = 1 / (1 + Math.exp(-dec[0]));
      p[labels[0]] = p0;
      if (labels.length > 1) p[labels[1]] = 1 - p0;
      return p;
    }
    double sum = 0;
    for (int c = 0; c < columns; c++) {
      dec[c] = 1 / (1 + Math.exp(-dec[c]));
      sum += dec[c];
    }
    for (int c = 0; c < columns; c++) p[labels[c]] = dec[c] / sum;
    return p;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(features);
    out.writeInt(columns);
    out.writeInt(labels.length);
    for (int l : labels) out.writeInt(l);
    out.writeDouble(bias);
    out.writeInt(weights.length);
    // 16-bit fixed point relative to the largest weight: halves the artifact, and the rounding
    // (under 1/65534 of the largest weight) does not change predictions in practice.
    float max = 0;
    for (float w : weights) max = Math.max(max, Math.abs(w));
    out.writeFloat(max);
    for (float w : weights) out.writeShort(max == 0 ? 0 : Math.round(w / max * Short.MAX_VALUE));
  }

  static LinearScorer read(DataInputStream in) throws IOException {
    int features = in.readInt();
    int columns = in.readInt();
    int[] labels = new int[in.readInt()];
    for (int i = 0; i < labels.length; i++) labels[i] = in.readInt();
    double bias = in.readDouble();
    float[] weights = new float[in.readInt()];
    float scale = in.readFloat() / Short.MAX_VALUE;
    // In one read: a readShort per weight through the stream chain costs a fixed part of every start.
    byte[] raw = new byte[weights.length * 2];
    in.readFully(raw);
    ShortBuffer quantised = ByteBuffer.wrap(raw).asShortBuffer(); // big-endian, as DataOutputStream wrote it
    for (int i = 0; i < weights.length; i++) weights[i] = quantised.get(i) * scale;
    return new LinearScorer(features, columns, labels, bias, weights);
  }
}
