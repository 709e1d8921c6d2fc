/** The server store: PostgreSQL with a small connection pool and tsvector full-text search. */
package dev.narrascope.store.postgres;
