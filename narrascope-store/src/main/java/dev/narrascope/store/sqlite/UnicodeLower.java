package dev.narrascope.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.Function;

/**
 * Replaces SQLite's built-in {@code lower()}, which folds ASCII letters only, with Java's Unicode lower
 * case on one connection, so the store's case-insensitive filters ("новини днес" for the outlet
 * "Новини Днес") behave as on PostgreSQL. SQLite lets an application-defined function override a
 * built-in of the same name and arity, as its ICU extension does.
 */
final class UnicodeLower extends Function {
  private UnicodeLower() {}

  static void register(Connection c) throws SQLException {
    Function.create(c, "lower", new UnicodeLower(), 1, Function.FLAG_DETERMINISTIC);
  }

  @Override
  protected void xFunc() throws SQLException {
    String text = value_text(0);
    if (text == null) result();
    else result(text.toLowerCase(Locale.ROOT));
  }
}
