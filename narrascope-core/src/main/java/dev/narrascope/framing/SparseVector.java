package dev.narrascope.framing;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/** A sparse feature vector with 1-based indices in ascending order. Immutable; thread-safe. */
record SparseVector(int[] indices, double[] values) {
  int size() {
    return indices.length;
  }

  int index(int k) {
    return indices[k];
  }

  double value(int k) {
    return values[k];
  }

  /** The LIBLINEAR form, with a bias feature of value 1 at {@code biasIndex}. */
  Feature[] toLiblinear(int biasIndex) {
    Feature[] f = new Feature[indices.length + 1];
    for (int k = 0; k < indices.length; k++) f[k] = new FeatureNode(indices[k], values[k]);
    f[indices.length] = new FeatureNode(biasIndex, 1);
    return f;
  }
}
