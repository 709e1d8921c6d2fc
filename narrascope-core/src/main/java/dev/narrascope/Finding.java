package dev.narrascope;

/**
 * A problem met while processing one input: recorded, reported and stored, never thrown, so that
 * the rest of the batch goes on.
 *
 * @param stage   the stage that met it ({@code "ingest"}, {@code "clean"}, …)
 * @param code    a short machine-readable code ({@code "empty-file"}, {@code "malformed-json"}, …)
 * @param input   the input it concerns: a path, {@code file.jsonl:12} or an article id
 * @param message a one-line human-readable reason
 */
public record Finding(String stage, String code, String input, String message) {
  @Override
  public String toString() {
    return input + ": " + message + " [" + stage + "/" + code + "]";
  }
}
