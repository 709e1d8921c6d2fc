/** The embedded default store: one SQLite file, WAL mode, FTS5 search. */
package dev.narrascope.store.sqlite;
