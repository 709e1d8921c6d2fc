package dev.narrascope.app.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link WebServer} runs: where it listens, which tokens it accepts and how much one request may carry.
 *
 * @param host          interface to bind; {@code 127.0.0.1} keeps the server local
 * @param port          TCP port, {@code 0} for any free one
 * @param token         bearer token with read and write access (required, at least {@value #MIN_TOKEN_LENGTH} characters)
 * @param readToken     bearer token with read-only access (at least {@value #MIN_TOKEN_LENGTH} characters), or {@code null}
 * @param maxBodyBytes  largest request body accepted (413 above)
 * @param maxDocuments  most articles accepted in one POST (413 above)
 * @param maxUploads    most POSTs of articles handled at once; one more is answered 503 at once, without reading its body
 * @param uploadTimeout longest time to receive one request body; a slower upload is cut off (408)
 */
public record ServerConfig(String host, int port, String token, String readToken, long maxBodyBytes, int maxDocuments,
                           int maxUploads, Duration uploadTimeout) {
  public static final int MIN_TOKEN_LENGTH = 8;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;
  public static final int DEFAULT_MAX_DOCUMENTS = 1_000;
  /** Enough for several clients posting batches; few enough that slow uploads cannot tie up the server's threads. */
  public static final int DEFAULT_MAX_UPLOADS = 16;
  /** 16 MiB in a minute is 280 KB/s: any real client on loopback or a LAN does far better. */
  public static final Duration DEFAULT_UPLOAD_TIMEOUT = Duration.ofSeconds(60);

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(uploadTimeout, "uploadTimeout");
    if (token == null || token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("token must have at least " + MIN_TOKEN_LENGTH + " characters");
    }
    if (readToken != null && readToken.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("read token must have at least " + MIN_TOKEN_LENGTH + " characters");
    }
    if (readToken != null && readToken.equals(token)) throw new IllegalArgumentException("read token must differ from the token");
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be in [0,65535]: " + port);
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be > 0: " + maxBodyBytes);
    if (maxDocuments <= 0) throw new IllegalArgumentException("maxDocuments must be > 0: " + maxDocuments);
    if (maxUploads <= 0) throw new IllegalArgumentException("maxUploads must be > 0: " + maxUploads);
    if (uploadTimeout.isNegative() || uploadTimeout.isZero()) {
      throw new IllegalArgumentException("uploadTimeout must be positive: " + uploadTimeout);
    }
  }

  /** Default upload limits ({@link #DEFAULT_MAX_UPLOADS}, {@link #DEFAULT_UPLOAD_TIMEOUT}). */
  public ServerConfig(String host, int port, String token, String readToken, long maxBodyBytes, int maxDocuments) {
    this(host, port, token, readToken, maxBodyBytes, maxDocuments, DEFAULT_MAX_UPLOADS, DEFAULT_UPLOAD_TIMEOUT);
  }

  /** Loopback, the given port and tokens, default limits. */
  public static ServerConfig local(int port, String token, String readToken) {
    return new ServerConfig("127.0.0.1", port, token, readToken, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DOCUMENTS);
  }

  /** A copy with other upload limits. */
  public ServerConfig withUploads(int maxUploads, Duration uploadTimeout) {
    return new ServerConfig(host, port, token, readToken, maxBodyBytes, maxDocuments, maxUploads, uploadTimeout);
  }
}
