package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BgeSmallModelTest {
  @Test
  void load_oneThreadSession_givesTheStockModelsVectors() {
    EmbeddingModel ours = BgeSmallModel.load();
    EmbeddingModel stock = new BgeSmallEnV15QuantizedEmbeddingModel();
    for (String text : List.of("Dam burst floods villages downstream\nThe Kakhovka dam was destroyed overnight.",
        "Grain exports resume from Odesa after a month of talks.")) {
      float[] v = ours.embed(text).content().vector();
      float[] expected = stock.embed(text).content().vector();
      assertThat(v).hasSize(BgeSmallModel.DIMENSION).containsExactly(expected, within(1e-6f));
      double norm = 0;
      for (float x : v) norm += x * x;
      assertThat(norm).isCloseTo(1.0, within(1e-4));
    }
  }
}
