/**
 * The Narrascope API: the immutable {@link dev.narrascope.Article} record, its analysis results,
 * the stage interfaces and the {@link dev.narrascope.Pipeline} that chains them.
 */
package dev.narrascope;
