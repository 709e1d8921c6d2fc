package dev.narrascope.narrative;

import dev.narrascope.BenchmarkDocuments;
import dev.narrascope.Explanation;
import dev.narrascope.explain.EvidenceExplainer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Narratives and explanations per article with the bundled model: {@code predict} (analysis,
 * TF-IDF, every scorer, decoding) and {@code explain} (predict, then rank the sentences and build
 * the explanation). Articles are the SemEval test documents, all five languages (the folder name
 * is the language), cycled in sorted order. Single thread. Run: see BENCHMARKS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@State(Scope.Thread)
public class NarrativeBenchmark {
  @Param("../shared/data/semeval2025-task10/test/raw-documents")
  String data;

  record Doc(String text, String language) {}

  List<Doc> docs;
  NarrativeModel model;
  EvidenceExplainer explainer;
  int next;

  @Setup
  public void setup() throws IOException {
    docs = BenchmarkDocuments.files(data).stream()
        .map(p -> new Doc(BenchmarkDocuments.read(p), p.getParent().getFileName().toString().toLowerCase(Locale.ROOT))).toList();
    model = NarrativeModel.defaults();
    explainer = new EvidenceExplainer(model);
  }

  @Benchmark
  public NarrativePrediction predict() {
    Doc d = docs.get(next++ % docs.size());
    return model.predict(d.text(), d.language());
  }

  @Benchmark
  public Explanation explain() {
    Doc d = docs.get(next++ % docs.size());
    return explainer.explain(d.text(), d.language(), model.predict(d.text(), d.language()));
  }
}
