package dev.narrascope.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.narrascope.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Answers kept on disk, one small JSON file per {@link Prompt#cacheKey} (article text, model and
 * prompt version), so that a re-run asks the model nothing it has answered. Files are written to a
 * temporary name and moved into place, so concurrent runs never read half a file. Thread-safe.
 */
final class AnswerCache {
  private final Path dir;

  /** @param dir the folder, created on the first write; {@code null} for no cache */
  AnswerCache(Path dir) {
    this.dir = dir;
  }

  Optional<ChatAnswer> get(String key) {
    if (dir == null) return Optional.empty();
    Path file = file(key);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      JsonNode n = Json.MAPPER.readTree(file.toFile());
      if (n == null || !n.path("content").isTextual()) return Optional.empty();
      return Optional.of(new ChatAnswer(n.path("content").asText(), n.path("promptTokens").asLong(), n.path("completionTokens").asLong()));
    } catch (IOException e) {
      return Optional.empty(); // a damaged entry is asked again and overwritten
    }
  }

  /** @throws UncheckedIOException when the folder cannot be written (a misconfigured cache should be seen, not ignored) */
  void put(String key, String model, ChatAnswer answer) {
    if (dir == null) return;
    Path file = file(key);
    ObjectNode n = Json.MAPPER.createObjectNode()
        .put("model", model).put("promptVersion", PromptBuilder.VERSION).put("content", answer.content())
        .put("promptTokens", answer.promptTokens()).put("completionTokens", answer.completionTokens());
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
      Files.writeString(tmp, n.toString());
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the LLM cache " + dir, e);
    }
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
  }
}
