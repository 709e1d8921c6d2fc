package dev.narrascope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable article ids: the same article read twice (from a re-run, another folder, or with different
 * whitespace) gets the same id, so re-running an input adds nothing new.
 */
public final class ArticleIds {
  /** Compiled once: {@code replaceAll} with a regex compiles it on every call, and every input is normalised. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private ArticleIds() {}

  /** Id from the normalised title and clean body text: 16 hex chars of SHA-256. */
  public static String of(String title, String text) {
    String norm = normalise(title) + "\n" + normalise(text);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  static String normalise(String s) {
    if (s == null) return "";
    String lower = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(lower).replaceAll(" ").strip();
  }
}
