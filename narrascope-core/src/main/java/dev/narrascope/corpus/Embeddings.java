package dev.narrascope.corpus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Embedding sums in the story state: stored as Base64 of little-endian floats, so a story's 384
 * numbers cost about 2 KB of JSON and one decode instead of 384 number parses, and come back bit for
 * bit (also how an article's embedding travels between Spark's steps).
 */
public final class Embeddings {
  private Embeddings() {}

  /** {@code sum + v}, a new array ({@code sum} may be {@code null}). */
  static float[] add(float[] sum, float[] v) {
    float[] out = sum == null ? new float[v.length] : sum.clone();
    if (out.length != v.length) throw new IllegalArgumentException("embedding of " + v.length + " values, story has " + out.length);
    for (int k = 0; k < v.length; k++) out[k] += v[k];
    return out;
  }

  /**
   * {@code sum - v}, a new array; {@code null} when nothing is left (the sum was {@code v} alone), so
   * a story whose English members all left has no embedding rather than a rounding residue.
   */
  static float[] subtract(float[] sum, float[] v) {
    float[] out = sum.clone();
    double n = 0;
    for (int k = 0; k < v.length; k++) {
      out[k] -= v[k];
      n += out[k] * out[k];
    }
    return n < 1e-6 ? null : out;
  }

  public static String encode(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : v) b.putFloat(f);
    return Base64.getEncoder().encodeToString(b.array());
  }

  public static float[] decode(String s) {
    ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s)).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[b.remaining() / 4];
    for (int k = 0; k < v.length; k++) v[k] = b.getFloat();
    return v;
  }
}
