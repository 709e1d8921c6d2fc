package dev.narrascope.app.report;

/** Output formats of the analysis report; the lower-case names are the CLI values. */
public enum ReportFormat {
  table, json, jsonl, csv, markdown, html, none
}
