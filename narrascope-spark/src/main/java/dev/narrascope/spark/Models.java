package dev.narrascope.spark;

import dev.narrascope.Pipeline;
import dev.narrascope.Pipelines;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;

/**
 * The pipeline and extractor of one JVM (driver or executor), built on first use and then shared by
 * every task it runs: the models (Lingua, narratives, framing) load once per executor, not once per
 * task or partition. They travel inside narrascope-spark.jar, so executors need no model files.
 */
final class Models {
  private Models() {}

  private static final class Analysis {
    static final Pipeline PIPELINE = Pipelines.defaults();
  }

  private static final class Reading {
    static final Ingestor INGESTOR = Ingestor.defaults();
    static final ArticleExtractor EXTRACTOR = ArticleExtractor.defaults();
  }

  /** The CLI's pipeline ({@link Pipelines#defaults()}); loaded on the first call in this JVM. */
  static Pipeline pipeline() {
    return Analysis.PIPELINE;
  }

  static Ingestor ingestor() {
    return Reading.INGESTOR;
  }

  static ArticleExtractor extractor() {
    return Reading.EXTRACTOR;
  }
}
