package dev.narrascope.story;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * bge-small-en-v1.5 (quantised; the model and tokenizer inside langchain4j's jar) in an ONNX Runtime
 * session of <em>one</em> intra-op thread, run on the calling thread. Why not langchain4j's
 * {@link BgeSmallEnV15QuantizedEmbeddingModel} as it comes: its session runs every call on a pool of one
 * thread per core, while Narrascope's callers already embed articles in parallel (the pipeline's
 * parallel stream, {@link ArticleEmbedder}'s batches), so the pools competed with them and with each
 * other. Same vectors (identical floats); 13 instead of 19–22 ms of CPU per 500-character English lead,
 * embedded from two threads on two cores (BENCHMARKS.md, "The sentence model's thread pool").
 */
final class BgeSmallModel {
  static final int DIMENSION = 384;

  private BgeSmallModel() {}

  /** Loads the model (about 2 s; the caller keeps it). */
  static EmbeddingModel load() {
    OnnxRuntimeLibraries.prepare();
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
         InputStream model = resource("bge-small-en-v1.5-q.onnx");
         InputStream tokenizer = resource("bge-small-en-v1.5-q-tokenizer.json")) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(model.readAllBytes(), options);
      OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
      return new AbstractInProcessEmbeddingModel(Runnable::run) {
        @Override
        protected OnnxBertBiEncoder model() {
          return encoder;
        }

        @Override
        protected Integer knownDimension() {
          return DIMENSION;
        }
      };
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the bge-small sentence model: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
    if (in == null) throw new IllegalStateException("the bge-small jar holds no " + name);
    return in;
  }
}
