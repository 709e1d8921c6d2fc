package dev.narrascope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.clean.RepeatedLineRemover;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.language.LanguageStage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope extract PATH…}: ingestion, cleaning (main-content extraction, boilerplate and
 * outlet-repeated line removal) and language detection only, nothing stored. Prints one JSON object per article.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract title, outlet, date, language and clean text from files, folders or archives; store nothing.")
public final class ExtractCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { json, text }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursive) or archives.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json",
      description = "json: one JSON object per line; text: title, fields and text (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Findings findings = Findings.tracking(10_000);
    List<Article> articles = ArticleExtractor.defaults().extractAll(Ingestor.defaults(), paths, findings);
    // The same language stage as analyze: the README lists language among extract's fields.
    LanguageStage language = LanguageStage.defaults();
    List<Article> cleaned = RepeatedLineRemover.defaults().apply(articles, findings).parallelStream()
        .map(a -> language.apply(a, findings)).toList();
    if (out == null) {
      write(cleaned, spec.commandLine().getOut());
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(cleaned, new PrintWriter(w));
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    for (var f : findings.list()) err.println("warning: " + f);
    err.println(Messages.count(cleaned.size(), "article") + " extracted, " + Messages.count(findings.count(), "problem"));
    err.flush();
    return 0;
  }

  private void write(List<Article> articles, PrintWriter w) {
    for (Article a : articles) {
      if (format == Format.json) {
        w.println(json(a));
      } else {
        w.printf("# %s%n%s | %s | %s | %s | %s%n%n%s%n%n", a.title(), a.origin(), a.outlet(), a.published(), a.language(), a.url(),
            a.text());
      }
    }
    w.flush();
  }

  private static String json(Article a) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("path", a.origin());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("outlet", a.outlet());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("language", a.language());
    o.put("languageConfidence", Math.round(a.languageConfidence() * 1000) / 1000.0);
    o.put("text", a.text());
    if (!a.metadata().isEmpty()) o.put("metadata", a.metadata());
    try {
      return Json.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
