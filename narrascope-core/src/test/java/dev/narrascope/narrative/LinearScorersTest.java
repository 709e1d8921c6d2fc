package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class LinearScorersTest {
  private static final int LABELS = 7;
  private static final int DIMS = 50;

  @Test
  void probabilities_allLabelsAtOnce_sameAsEachLabelsRowSummedInTermOrder() throws IOException {
    Random random = new Random(3);
    byte[][] rows = new byte[LABELS][DIMS];
    float[] scales = new float[LABELS];
    float[] bias = new float[LABELS];
    float[] a = new float[LABELS];
    float[] b = new float[LABELS];
    for (int l = 0; l < LABELS; l++) {
      random.nextBytes(rows[l]);
      scales[l] = random.nextFloat() / 100;
      bias[l] = random.nextFloat() - 0.5f;
      a[l] = -1 - random.nextFloat();
      b[l] = random.nextFloat() - 0.5f;
    }
    Feature[] x = {new FeatureNode(1, 0.3), new FeatureNode(7, 0.11), new FeatureNode(23, 0.52), new FeatureNode(50, 0.79)};
    LinearScorers scorers = new LinearScorers(rows, scales, bias, a, b);

    double[] p = scorers.probabilities(x);
    double[] readBack = roundTrip(scorers).probabilities(x);

    for (int l = 0; l < LABELS; l++) {
      double s = 0;
      for (Feature f : x) s += rows[l][f.getIndex() - 1] * f.getValue();
      double score = s * scales[l] + bias[l];
      assertThat(scorers.score(l, x)).isEqualTo(score);
      assertThat(p[l]).isEqualTo(Platt.probability(score, a[l], b[l]));
      assertThat(readBack[l]).isEqualTo(p[l]);
    }
  }

  private static LinearScorers roundTrip(LinearScorers scorers) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      scorers.write(out);
    }
    return LinearScorers.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }
}
