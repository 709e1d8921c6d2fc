/**
 * How the outlets of one story tell it and spread it: a side-by-side comparison of articles,
 * narratives, framing of shared actors, quotes and distinctive words
 * ({@link dev.narrascope.compare.OutletComparator}), and the story's propagation: first article,
 * spread over time per outlet and repost chains ({@link dev.narrascope.compare.StoryPropagation}).
 */
package dev.narrascope.compare;
