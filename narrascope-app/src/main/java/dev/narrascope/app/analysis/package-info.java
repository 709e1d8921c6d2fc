/** Storing analysed batches, shared by the command line, the server and the watcher: one batch, one transaction. */
package dev.narrascope.app.analysis;
