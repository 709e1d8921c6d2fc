package dev.narrascope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.RawDocument;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.clean.ExtractionMetric;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope eval extraction DIR}: scores main-content extraction on an article-extraction
 * benchmark folder ({@code html/ID.html.gz} + {@code ground-truth.json}) with the benchmark's own
 * shingle metric, overall and on the even/odd halves (sorted ids) as a check against overfitting.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Score article body extraction on DIR/html/*.html.gz against DIR/ground-truth.json.")
public final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Benchmark folder with html/ and ground-truth.json.")
  Path dir;

  @Option(names = {"-v", "--verbose"}, description = "Print precision and recall of every page.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) throw new IllegalArgumentException("no ground-truth.json in " + dir);
    JsonNode truth = Json.MAPPER.readTree(truthFile.toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExtractionMetric all = new ExtractionMetric();
    ExtractionMetric even = new ExtractionMetric();
    ExtractionMetric odd = new ExtractionMetric();
    ArticleExtractor extractor = ArticleExtractor.defaults();
    Findings findings = Findings.tracking(1_000);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      JsonNode entry = truth.get(id);
      String url = entry.path("url").asText(null);
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      String predicted = "";
      if (Files.isRegularFile(page)) {
        Article a = extractor.extract(new RawDocument(page.toString(), url, null, readHtml(page, url),
            RawDocument.Kind.HTML, null, null, Map.of()), findings);
        if (a != null) predicted = a.text();
      } else {
        findings.add("eval", "missing", page.toString(), "no page for ground-truth id " + id);
      }
      String expected = entry.path("articleBody").asText("");
      ExtractionMetric.PageScore s = all.add(expected, predicted);
      (i % 2 == 0 ? even : odd).add(expected, predicted);
      if (verbose) out.printf(Locale.ROOT, "%-16s precision %.3f  recall %.3f%n", id.substring(0, Math.min(16, id.length())), s.precision(), s.recall());
    }
    out.printf(Locale.ROOT, "pages %d  precision %.3f  recall %.3f  F1 %.3f%n", all.pages(), all.precision(), all.recall(), all.f1());
    out.printf(Locale.ROOT, "even pages %d  F1 %.3f   odd pages %d  F1 %.3f%n", even.pages(), even.f1(), odd.pages(), odd.f1());
    for (var f : findings.list()) err.println("warning: " + f);
    out.flush();
    err.flush();
    return 0;
  }

  /** Decodes a gzipped page as jsoup does for a download: BOM, then meta charset, else UTF-8. */
  private static String readHtml(Path page, String url) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return Jsoup.parse(in, null, url == null ? "" : url).outerHtml();
    }
  }
}
