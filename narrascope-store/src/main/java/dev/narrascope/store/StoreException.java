package dev.narrascope.store;

/** Any I/O or database failure of a store, wrapped once with its cause kept. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
