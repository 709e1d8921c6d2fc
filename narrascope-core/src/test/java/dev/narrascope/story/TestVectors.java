package dev.narrascope.story;

/** Sentence-embedding stand-ins for the story tests: unit vectors built along a few axes. */
final class TestVectors {
  private TestVectors() {}

  /** A unit vector of {@code dimensions}: {@code main} along the first axis, {@code other} along the second, {@code noise} along axis {@code k}. */
  static float[] unit(int dimensions, double main, double other, int k, double noise) {
    double[] v = new double[dimensions];
    v[0] = main;
    v[1] = other;
    v[k] += noise;
    double n = 0;
    for (double x : v) n += x * x;
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / Math.sqrt(n));
    return out;
  }
}
