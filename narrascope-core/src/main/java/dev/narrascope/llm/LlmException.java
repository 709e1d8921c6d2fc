package dev.narrascope.llm;

/** The endpoint gave no usable answer for one article (after the retries); the article falls back to the bundled models. */
final class LlmException extends Exception {
  LlmException(String message) {
    super(message);
  }

  LlmException(String message, Throwable cause) {
    super(message, cause);
  }
}
