/**
 * Persistence: the {@link dev.narrascope.store.ArticleStore} interface and how to open one from a
 * {@code --db} spec; implementations live in sub-packages (SQLite default, PostgreSQL optional) and
 * share their queries through {@link dev.narrascope.store.JdbcArticleStore}.
 */
package dev.narrascope.store;
