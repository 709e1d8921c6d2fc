/** Reading inputs (text, HTML, JSON Lines, feeds, folders, archives) into {@link dev.narrascope.RawDocument}s. */
package dev.narrascope.ingest;
