package dev.narrascope.ingest;

import java.io.IOException;

/**
 * Public face of the ingest's charset handling for callers that read plain text files themselves
 * (the {@code semeval} commands): byte-order mark, UTF-8, a declared charset, else ICU4J's detector;
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
