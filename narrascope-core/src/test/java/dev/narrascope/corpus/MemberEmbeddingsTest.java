package dev.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MemberEmbeddingsTest {
  @Test
  void decode_encoded_keepsEachValueWithinOneStepAndTheCosine() {
    float[] v = new float[384];
    double n = 0;
    for (int k = 0; k < v.length; k++) {
      v[k] = (float) Math.sin(k * 0.7) * (k % 5 + 1);
      n += v[k] * v[k];
    }
    for (int k = 0; k < v.length; k++) v[k] /= (float) Math.sqrt(n);

    byte[] stored = MemberEmbeddings.encode(v);
    float[] back = MemberEmbeddings.decode(stored);

    assertThat(stored).hasSize(4 + 384);
    assertThat(back).hasSize(384);
    double max = 0, dot = 0, norm = 0;
    for (int k = 0; k < v.length; k++) {
      max = Math.max(max, Math.abs(v[k]));
      dot += v[k] * back[k];
      norm += back[k] * back[k];
    }
    for (int k = 0; k < v.length; k++) assertThat((double) Math.abs(back[k] - v[k])).isLessThanOrEqualTo(max / 254 + 1e-7);
    assertThat(dot / Math.sqrt(norm)).isGreaterThan(0.9999);
  }

  @Test
  void decode_noEmbedding_isNoValues() {
    assertThat(MemberEmbeddings.encode(null)).isEmpty();
    assertThat(MemberEmbeddings.decode(MemberEmbeddings.encode(null))).isEmpty();
    assertThat(MemberEmbeddings.decode(MemberEmbeddings.encode(new float[3]))).containsExactly(0f, 0f, 0f);
  }
}
