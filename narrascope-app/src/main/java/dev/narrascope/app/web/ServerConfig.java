package dev.narrascope.app.web;

import java.util.Objects;

/**
 * How {@link WebServer} runs: where it listens, which tokens it accepts and how much one request may carry.
 *
 * @param host         interface to bind; {@code 127.0.0.1} keeps the server local
 * @param port         TCP port, {@code 0} for any free one
 * @param token        bearer token with read and write access (required)
 * @param readToken    bearer token with read-only access, or {@code null}
 * @param maxBodyBytes largest request body accepted (413 above)
 * @param maxDocuments most articles accepted in one POST (413 above)
 */
public record ServerConfig(String host, int port, String token, String readToken, long maxBodyBytes, int maxDocuments) {
  public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;
  public static final int DEFAULT_MAX_DOCUMENTS = 1_000;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (token == null || token.length() < 8) throw new IllegalArgumentException("token must have at least 8 characters");
    if (readToken != null && readToken.equals(token)) throw new IllegalArgumentException("read token must differ from the token");
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be in [0,65535]: " + port);
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be > 0: " + maxBodyBytes);
    if (maxDocuments <= 0) throw new IllegalArgumentException("maxDocuments must be > 0: " + maxDocuments);
  }

  /** Loopback, the given port and tokens, default limits. */
  public static ServerConfig local(int port, String token, String readToken) {
    return new ServerConfig("127.0.0.1", port, token, readToken, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DOCUMENTS);
  }
}
