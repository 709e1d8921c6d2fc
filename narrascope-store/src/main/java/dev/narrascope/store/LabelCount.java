package dev.narrascope.store;

/**
 * How many articles carry one facet label (a narrative, sub-narrative or actor).
 *
 * @param label the label, e.g. {@code "URW: Discrediting Ukraine"} or {@code "NATO"}
 * @param count number of articles
 */
public record LabelCount(String label, long count) {}
