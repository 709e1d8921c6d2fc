package dev.narrascope;

import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.testing.SharedData;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The five real scraped seed articles ({@code ../shared/seeds}) read, extracted and analysed as
 * {@code analyze} does ({@code Pipelines.defaults()}, one batch), by seed number ("000".."004").
 * Analysed once per test JVM. Skips (or fails under CI) without the seeds, through {@link SharedData}.
 */
final class AnalysedSeeds {
  private static Map<String, Article> bySeed;

  private AnalysedSeeds() {}

  static synchronized Map<String, Article> bySeed() {
    var seeds = SharedData.require("seeds");
    if (bySeed == null) {
      Findings findings = Findings.tracking(100);
      List<Article> batch = ArticleExtractor.defaults().extractAll(Ingestor.defaults(), List.of(seeds), findings);
      Map<String, Article> out = new TreeMap<>();
      for (Article a : Pipelines.defaults().run(batch, findings)) out.put(seedNumber(a), a);
      bySeed = Map.copyOf(out);
    }
    return bySeed;
  }

  private static String seedNumber(Article a) {
    String file = a.origin().substring(a.origin().lastIndexOf('/') + 1);
    return file.length() >= 3 ? file.substring(0, 3) : file;
  }
}
