/** Storing analysed batches, shared by the command line and the server: reposts and stories over stored and new articles. */
package dev.narrascope.app.analysis;
