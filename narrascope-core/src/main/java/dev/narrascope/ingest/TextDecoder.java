package dev.narrascope.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of one text or HTML document, in this order: a byte-order mark; valid UTF-8
 * (checked before any declaration, because crawlers often re-save pages as UTF-8 and keep the old
 * {@code <meta charset>}); the charset declared by {@code <meta>} or the XML declaration; otherwise
 * ICU4J's statistical {@link CharsetDetector}. Rejects binary content. Stateless and thread-safe.
 */
final class TextDecoder {
  /** Only the head of a document is used to spot binary data, declarations and the charset. */
  private static final int HEAD_BYTES = 64 * 1024;
  /** Below this ICU confidence (0–100) a guess is no better than noise. */
  private static final int MIN_DETECTOR_CONFIDENCE = 10;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The decoded text and how its charset was found.
   *
   * @param charset the Java name of the charset used
   * @param how     {@code bom}, {@code utf-8}, {@code declared} or {@code detected}
   */
  record Decoded(String text, String charset, String how) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) throws BadInputException {
    if (bytes.length == 0) throw new BadInputException("empty-file", "empty file");
    Decoded withBom = decodeBom(bytes);
    if (withBom != null) return withBom;
    int head = Math.min(bytes.length, HEAD_BYTES);
    if (looksBinary(bytes, head)) throw new BadInputException("binary", "binary file, not text");
    if (isUtf8(bytes)) return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "utf-8");
    String asciiHead = new String(bytes, 0, Math.min(head, 4096), StandardCharsets.ISO_8859_1);
    Charset declared = declaredCharset(asciiHead);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, declared), declared.name(), "declared");
    }
    CharsetDetector detector = new CharsetDetector();
    // Strip tags so markup does not drown the statistics of the text itself.
    detector.enableInputFilter(asciiHead.indexOf('<') >= 0);
    detector.setText(head == bytes.length ? bytes : Arrays.copyOf(bytes, head));
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < MIN_DETECTOR_CONFIDENCE) break;
      Charset cs = supported(match.getName());
      if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
        return new Decoded(new String(bytes, cs), cs.name(), "detected");
      }
    }
    throw new BadInputException("undecodable", "undecodable text: not UTF-8 and no charset could be detected");
  }

  private static Decoded decodeBom(byte[] b) {
    int n = b.length;
    if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new Decoded(new String(b, 3, n - 3, StandardCharsets.UTF_8), "UTF-8", "bom");
    }
    if (n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
      return new Decoded(new String(b, 4, n - 4, Charset.forName("UTF-32LE")), "UTF-32LE", "bom");
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
      return new Decoded(new String(b, 4, n - 4, Charset.forName("UTF-32BE")), "UTF-32BE", "bom");
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new Decoded(new String(b, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE", "bom");
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new Decoded(new String(b, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE", "bom");
    }
    return null;
  }

  /**
   * Text in any 8-bit or multi-byte charset we accept has no NUL and almost no C0 control bytes;
   * random or compressed data has about one control byte in eight.
   */
  static boolean looksBinary(byte[] b, int length) {
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int c = b[i] & 0xff;
      if (c == 0) return true;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C && c != 0x1B) controls++;
    }
    return controls > length / 50;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static Charset declaredCharset(String asciiHead) {
    Matcher xml = XML_ENCODING.matcher(asciiHead);
    if (xml.find()) return supported(xml.group(1));
    Matcher meta = META_CHARSET.matcher(asciiHead);
    return meta.find() ? supported(meta.group(1)) : null;
  }

  /**
   * The Java charset for a declared or detected name, or {@code null}. Like browsers (WHATWG
   * Encoding), ISO-8859-1 and ASCII labels mean windows-1252, whose extra characters (curly quotes,
   * dashes) pages labelled Latin-1 routinely contain.
   */
  static Charset supported(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
