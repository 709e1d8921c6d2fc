package dev.narrascope.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of normalised text as sorted, distinct 64-bit hashes. Normalisation (NFKC, lower
 * case, letters and digits only) makes copies with changed punctuation, case or whitespace equal.
 * Stateless; thread-safe.
 */
final class Shingles {
  private Shingles() {}

  /** The sorted distinct hashes of the {@code size}-word shingles of {@code text}. */
  static long[] of(String text, int size) {
    List<String> words = words(text);
    if (words.isEmpty()) return new long[0];
    int count = Math.max(1, words.size() - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(words.size(), i + size); j++) h = mix(h * 31 + words.get(j).hashCode());
      out[i] = h;
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[n++] = out[i];
    return Arrays.copyOf(out, n);
  }

  static List<String> words(String text) {
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= norm.length(); i++) {
      boolean word = i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        words.add(norm.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** Size of the intersection of two sorted distinct arrays. */
  static int intersection(long[] a, long[] b) {
    int i = 0, j = 0, n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return n;
  }

  /** The murmur3 64-bit finaliser: spreads bits so that hashes of similar inputs are unrelated. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
