package dev.narrascope.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call a route: anyone, a reader (either token) or a writer (the full token only).
 * Tokens come as {@code Authorization: Bearer T} and are compared in constant time.
 */
enum Access {
  PUBLIC, READ, WRITE;

  /** @throws ApiException 401 without a valid token, 403 when a read-only token tries to write */
  void check(Context ctx, ServerConfig config) {
    if (this == PUBLIC) return;
    String header = ctx.header("Authorization");
    String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    if (given == null || given.isEmpty()) {
      throw new ApiException(401, "unauthorized", "missing bearer token (Authorization: Bearer …)");
    }
    if (same(given, config.token())) return;
    if (config.readToken() != null && same(given, config.readToken())) {
      if (this == WRITE) throw new ApiException(403, "forbidden", "this token is read-only");
      return;
    }
    throw new ApiException(401, "unauthorized", "invalid token");
  }

  /** Whether the request's token passes this check (for answers that depend on it, not to guard a route). */
  boolean allows(Context ctx, ServerConfig config) {
    try {
      check(ctx, config);
      return true;
    } catch (ApiException e) {
      return false;
    }
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
