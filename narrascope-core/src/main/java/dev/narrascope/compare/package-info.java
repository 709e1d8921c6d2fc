/**
 * Side-by-side comparison of how the outlets of one story tell it: articles, narratives, framing of
 * shared actors, quotes and distinctive words ({@link dev.narrascope.compare.OutletComparator}).
 */
package dev.narrascope.compare;
