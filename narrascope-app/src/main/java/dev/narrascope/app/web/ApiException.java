package dev.narrascope.app.web;

/**
 * An error answer of the API: rendered as {@code {"error": code, "message": …}} with its status.
 * Handlers throw it; one exception mapper in {@link WebServer} renders it.
 */
final class ApiException extends RuntimeException {
  final int status;
  final String code;

  ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "bad-request", message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not-found", message);
  }

  static ApiException tooLarge(String message) {
    return new ApiException(413, "payload-too-large", message);
  }

  static ApiException unsupportedType(String message) {
    return new ApiException(415, "unsupported-media-type", message);
  }

  /** No stack trace: these are answers to bad requests, not bugs, and the server may get many. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
