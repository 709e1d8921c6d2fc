package dev.narrascope.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.Function;

/**
 * {@code unicode_lower(text)} on one connection: Java's Unicode lower case, for the store's
 * case-insensitive filters on values that are not ASCII ("новини днес" for the outlet "Новини Днес"),
 * where SQLite's built-in {@code lower()} folds ASCII letters only. PostgreSQL has a function of the
 * same name (migration V5), so the filter SQL is one ({@code Where.equalsIgnoringCase}). A separate name,
 * not an override of {@code lower()}: a call into Java per row is 7–20× slower than the built-in, which
 * stays for ASCII values and the taxonomy's labels.
 */
final class UnicodeLower extends Function {
  private UnicodeLower() {}

  static void register(Connection c) throws SQLException {
    Function.create(c, "unicode_lower", new UnicodeLower(), 1, Function.FLAG_DETERMINISTIC);
  }

  @Override
  protected void xFunc() throws SQLException {
    String text = value_text(0);
    if (text == null) result();
    else result(text.toLowerCase(Locale.ROOT));
  }
}
