/**
 * Persistence: the {@link dev.narrascope.store.ArticleStore} interface and how to open one from a
 * {@code --db} spec; implementations live in sub-packages (SQLite default, PostgreSQL optional).
 */
package dev.narrascope.store;
