/** The server store: PostgreSQL with a HikariCP connection pool and tsvector full-text search. */
package dev.narrascope.store.postgres;
