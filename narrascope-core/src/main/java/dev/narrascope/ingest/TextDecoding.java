package dev.narrascope.ingest;

import java.io.IOException;

/**
 * Public face of the ingest's charset handling for callers that read text themselves (the
 * {@code semeval} commands, uploads to the server): byte-order mark, UTF-8, a declared charset, else ICU4J's detector;
 * binary and empty input is refused. Stateless and thread-safe.
 */
public final class TextDecoding {
  /**
   * @param text    the decoded text
   * @param charset the Java name of the charset used
   */
  public record Decoded(String text, String charset) {}

  private TextDecoding() {}

  /**
   * The charset a label such as an HTTP {@code charset=} parameter names, read as the ingest reads
   * {@code <meta charset>}: like browsers, ISO-8859-1 and ASCII labels mean windows-1252.
   *
   * @return the charset, or {@code null} when Java does not know the label
   */
  public static java.nio.charset.Charset forLabel(String label) {
    return label == null || label.isBlank() ? null : TextDecoder.supported(label.strip());
  }

  /**
   * @throws IOException naming why, when the bytes are empty, binary or in no charset that can be found
   */
  public static Decoded decode(byte[] bytes) throws IOException {
    try {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      return new Decoded(d.text(), d.charset());
    } catch (BadInputException e) {
      throw new IOException(e.getMessage());
    }
  }
}
