package dev.narrascope.story;

import java.util.Arrays;

/**
 * A growable open-addressing map from int keys (>= 0) to doubles, for story centroids: a boxed
 * {@code HashMap} would cost ~5x the memory on 100k-article corpora. Not thread-safe.
 */
final class IntDoubleMap {
  private int[] keys = filled(16);
  private double[] values = new double[16];
  private int size;

  double get(int key) {
    int i = slot(key);
    return keys[i] == key ? values[i] : 0;
  }

  void add(int key, double delta) {
    int i = slot(key);
    if (keys[i] != key) {
      if (++size * 2 > keys.length) {
        grow();
        i = slot(key);
      }
      keys[i] = key;
    }
    values[i] += delta;
  }

  int size() {
    return size;
  }

  private int slot(int key) {
    int mask = keys.length - 1;
    int i = (key * 0x9E3779B9) >>> 7 & mask;
    while (keys[i] != -1 && keys[i] != key) i = (i + 1) & mask;
    return i;
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = filled(oldKeys.length * 2);
    values = new double[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] == -1) continue;
      int i = slot(oldKeys[j]);
      keys[i] = oldKeys[j];
      values[i] = oldValues[j];
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
