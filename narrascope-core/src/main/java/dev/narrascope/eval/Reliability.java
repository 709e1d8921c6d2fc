package dev.narrascope.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A reliability table: confidences shown to users against how often they were right, in ten equal
 * bins, with the expected calibration error (the bins' gaps weighted by their counts). A calibrated
 * model's labels shown at 0.7 are right about 70% of the time. Not thread-safe.
 */
public final class Reliability {
  public static final int BINS = 10;

  /** One bin: confidences in [from, to), how many, their mean and the share that was right. */
  public record Bin(double from, double to, long count, double meanConfidence, double accuracy) {}

  private final long[] count = new long[BINS];
  private final double[] confidence = new double[BINS];
  private final long[] right = new long[BINS];

  /** @throws IllegalArgumentException unless {@code confidence} is in [0,1] */
  public void add(double confidence, boolean correct) {
    if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    int b = Math.min(BINS - 1, (int) (confidence * BINS));
    count[b]++;
    this.confidence[b] += confidence;
    if (correct) right[b]++;
  }

  public long total() {
    long n = 0;
    for (long c : count) n += c;
    return n;
  }

  /** The non-empty bins, lowest first. */
  public List<Bin> bins() {
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (count[b] == 0) continue;
      out.add(new Bin(b / (double) BINS, (b + 1) / (double) BINS, count[b], confidence[b] / count[b], right[b] / (double) count[b]));
    }
    return out;
  }

  /** Expected calibration error: Σ (n_b / n) |accuracy_b − confidence_b|; 0 when empty. */
  public double expectedCalibrationError() {
    long n = total();
    if (n == 0) return 0;
    double e = 0;
    for (Bin b : bins()) e += b.count() / (double) n * Math.abs(b.accuracy() - b.meanConfidence());
    return e;
  }
}
