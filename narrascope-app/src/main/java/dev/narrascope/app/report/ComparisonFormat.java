package dev.narrascope.app.report;

/** Output formats of {@code narrascope compare}; the lower-case names are the CLI values. */
public enum ComparisonFormat {
  table, json, csv
}
