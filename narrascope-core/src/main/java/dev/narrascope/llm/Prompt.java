package dev.narrascope.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The two messages sent for one article.
 *
 * @param system the instructions and the taxonomy (the same for every article)
 * @param user   the article
 */
record Prompt(String system, String user) {
  /**
   * The cache key of this prompt's answer from {@code model}: a hash of the model, the prompt version
   * and both messages, so that another article text, taxonomy, model or prompt wording never reuses an answer.
   */
  String cacheKey(String model) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {model, PromptBuilder.VERSION, system, user}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
