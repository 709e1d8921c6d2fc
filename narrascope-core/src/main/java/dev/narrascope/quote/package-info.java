/** Direct and reported quotes with their speakers ({@link dev.narrascope.quote.QuoteStage}). */
package dev.narrascope.quote;
