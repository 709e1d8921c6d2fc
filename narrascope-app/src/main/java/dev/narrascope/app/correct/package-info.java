/**
 * Analysts' corrections on top of the store's audit trail: checking a correction against the
 * taxonomy and the article, marking corrected items for display, story merges and splits, and the
 * SemEval export of corrected labels. Shared by the HTTP API and the CLI.
 */
package dev.narrascope.app.correct;
