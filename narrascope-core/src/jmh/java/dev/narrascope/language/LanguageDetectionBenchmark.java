package dev.narrascope.language;

import dev.narrascope.Article;
import dev.narrascope.BenchmarkDocuments;
import dev.narrascope.Findings;
import java.io.IOException;
import java.util.List;
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
 * Language detection per article with the shared Lingua detector, by how much text it is given:
 * the full article (baseline) against the title plus the first {@code sampleChars} chars
 * ({@link LanguageStage} uses {@value LanguageStage#MAX_CHARS}). Articles are the SemEval test
 * documents, all five languages, cycled in sorted order. Run: see BENCHMARKS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@State(Scope.Thread)
public class LanguageDetectionBenchmark {
  @Param({"full", "2000", "1000", "400"})
  String sampleChars;

  @Param("../shared/data/semeval2025-task10/test/raw-documents")
  String data;

  List<String> samples;
  Article article;
  int next;

  @Setup
  public void setup() throws IOException {
    samples = BenchmarkDocuments.files(data).stream().map(BenchmarkDocuments::read)
        .map(text -> sampleChars.equals("full") ? text : cut(text, Integer.parseInt(sampleChars))).toList();
    article = new Article("bench", "bench", null, "", null, null, null, 0, "", null, null);
    LinguaModels.detector();
  }

  /** Lingua alone on the prepared sample (on the caller's thread, as the stage runs it). */
  @Benchmark
  public Object detect() {
    String text = samples.get(next++ % samples.size());
    return LinguaModels.confidences(text);
  }

  /** The whole stage (sampling, letter count, confidence) on the same text as its body. */
  @Benchmark
  public Article stage() {
    String text = samples.get(next++ % samples.size());
    return LanguageStage.defaults().apply(article.withText(text), Findings.none());
  }

  private static String cut(String text, int chars) {
    return text.length() <= chars ? text : text.substring(0, chars);
  }
}
