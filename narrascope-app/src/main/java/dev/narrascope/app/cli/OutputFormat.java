package dev.narrascope.app.cli;

/** Output formats of the query commands (stories, story, timeline, alerts, search); lower-case names are the CLI values. */
public enum OutputFormat {
  table, json, csv
}
