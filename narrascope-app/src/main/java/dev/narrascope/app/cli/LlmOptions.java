package dev.narrascope.app.cli;

import dev.narrascope.llm.Definitions;
import dev.narrascope.llm.LlmLabeller;
import dev.narrascope.llm.LlmSettings;
import dev.narrascope.llm.LlmStage;
import dev.narrascope.llm.LlmUsage;
import dev.narrascope.narrative.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The shared {@code --llm URL --llm-model NAME} options: label narratives, explanations and actor roles
 * with a language model behind an OpenAI-compatible endpoint, the bundled (or {@code --model}) models
 * where it fails. Off unless {@code --llm} is given. The API key, if the server needs one, comes from
 * {@value #KEY_VARIABLE}, never from the command line (where other users could read it).
 */
public final class LlmOptions {
  static final String KEY_VARIABLE = "NARRASCOPE_LLM_API_KEY";

  @Option(names = "--llm", paramLabel = "URL",
      description = "Label with a language model behind this OpenAI-compatible API root (requests go to URL/chat/completions),"
          + " e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp, vLLM); API key from $" + KEY_VARIABLE
          + ". The bundled models label whatever it fails on.")
  String url;

  @Option(names = "--llm-model", paramLabel = "NAME", description = "Model name the LLM server knows (required with --llm).")
  String model;

  @Option(names = "--llm-concurrency", paramLabel = "N", defaultValue = "" + LlmSettings.DEFAULT_CONCURRENCY,
      description = "LLM requests in flight at most (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--llm-timeout", paramLabel = "DURATION", defaultValue = "120s", converter = DurationConverter.class,
      description = "Longest wait for one LLM answer, e.g. 90s or 5m (default: ${DEFAULT-VALUE}); 429, 5xx and timeouts are retried "
          + LlmSettings.DEFAULT_RETRIES + " times with back-off.")
  Duration timeout;

  @Option(names = "--llm-cache", paramLabel = "DIR",
      description = "Folder of cached LLM answers, per article text, model and prompt version (default: $XDG_CACHE_HOME/narrascope/llm,"
          + " else ~/.cache/narrascope/llm).")
  Path cache;

  @Option(names = "--llm-definitions", paramLabel = "DIR",
      description = "Folder with the taxonomy's narrative-definitions.csv and subnarrative-definitions.csv (the SemEval task's layout):"
          + " their definitions go into the prompt (default: label names only).")
  Path definitions;

  private LlmLabeller labeller;
  private Consumer<LlmUsage> progress = usage -> {};

  /** Print the counts so far every few articles while labelling (not with {@code --quiet}); call before {@link #labeller}. */
  void reportProgress(PrintWriter err) {
    progress = usage -> {
      err.println(usage.summary(model) + " so far");
      err.flush();
    };
  }

  boolean enabled() {
    if (url == null && model != null) throw new IllegalArgumentException("--llm-model needs --llm URL");
    return url != null;
  }

  /**
   * The stage, or {@code null} without {@code --llm}.
   *
   * @param taxonomy the labels the model may answer with: those of the narrative model in use
   * @throws IllegalArgumentException for a bad URL, a missing model name or bad settings
   */
  LlmStage stage(Taxonomy taxonomy) throws IOException {
    LlmLabeller l = labeller(taxonomy);
    return l == null ? null : new LlmStage(l);
  }

  /** The labeller (made once), or {@code null} without {@code --llm}. */
  LlmLabeller labeller(Taxonomy taxonomy) throws IOException {
    if (!enabled()) return null;
    if (labeller != null) return labeller;
    if (model == null || model.isBlank()) throw new IllegalArgumentException("--llm needs --llm-model NAME (e.g. qwen2.5:7b-instruct)");
    LlmSettings s = LlmSettings.of(url, model).withApiKey(System.getenv(KEY_VARIABLE))
        .withConcurrency(concurrency).withTimeout(timeout).withCache(cache == null ? defaultCache() : cache);
    Definitions d = Definitions.none();
    if (definitions != null) {
      if (!Files.isDirectory(definitions)) throw new IllegalArgumentException("--llm-definitions: not a folder: " + definitions);
      d = Definitions.read(definitions, taxonomy);
    }
    labeller = new LlmLabeller(s, taxonomy, d, progress);
    return labeller;
  }

  /** What the model did, for the end of a run; empty without {@code --llm}. */
  Optional<String> summary() {
    return labeller == null ? Optional.empty() : Optional.of(labeller.usage().summary(labeller.model()));
  }

  static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("narrascope").resolve("llm");
  }
}
