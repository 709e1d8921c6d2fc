package dev.narrascope.llm;

/**
 * What LLM labelling did so far: counts since the labeller was made.
 *
 * @param articles         articles asked about
 * @param fromCache        of those, answered from the cache (no request, no tokens)
 * @param fellBack         of those, left to the bundled models (the model failed or gave no usable answer)
 * @param promptTokens     prompt tokens the server reported for the requests made
 * @param completionTokens completion tokens the server reported for the requests made
 */
public record LlmUsage(long articles, long fromCache, long fellBack, long promptTokens, long completionTokens) {
  /** One line for the end of a run, e.g. "LLM qwen2.5: 12 articles, 3 from the cache, 1 fell back to the bundled models; tokens: 9000 prompt + 800 completion". */
  public String summary(String model) {
    return "LLM " + model + ": " + articles + (articles == 1 ? " article" : " articles") + ", " + fromCache + " from the cache, "
        + fellBack + " fell back to the bundled models; tokens: " + promptTokens + " prompt + " + completionTokens + " completion";
  }
}
