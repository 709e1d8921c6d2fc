/**
 * Reading inputs (text, HTML, JSON Lines, RSS/Atom feeds, folders, zip and tar archives, standard
 * input) into {@link dev.narrascope.RawDocument}s, with charset detection; the front door is
 * {@link dev.narrascope.ingest.Ingestor}, everything else here is package-private.
 */
package dev.narrascope.ingest;
