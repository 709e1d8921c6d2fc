package dev.narrascope.ingest;

/**
 * A whole input cannot be read (binary, empty, undecodable, too large, corrupt…). Thrown inside the
 * package and turned into one {@link dev.narrascope.Finding} by {@link InputDispatcher}; never leaves it.
 */
final class BadInputException extends Exception {
  private final String code;

  BadInputException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }
}
